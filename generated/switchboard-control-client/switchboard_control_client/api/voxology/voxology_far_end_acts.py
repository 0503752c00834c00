from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document import Document
from ...models.error import Error
from ...models.voxology_far_end_acts_body import VoxologyFarEndActsBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    api_key: str,
    call_id: str,
    *,
    body: VoxologyFarEndActsBody,
    subaccount_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["subaccount_id"] = subaccount_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/voxology/apps/{api_key}/calls/{call_id}/far-end".format(
            api_key=quote(str(api_key), safe=""),
            call_id=quote(str(call_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Document | Error | None:
    if response.status_code == 200:
        response_200 = Document.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Document | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Document:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(Document, parsed)


def sync_detailed(
    api_key: str,
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VoxologyFarEndActsBody,
    subaccount_id: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Document | Error]:
    """The far end acts now

     Answer a ringing call (`live-in-progress`), hang up (`completed`) or refuse a ringing call (`busy`,
    `no-answer`, `failed`).

    Args:
        api_key (str):
        call_id (str):
        subaccount_id (str | Unset):
        body (VoxologyFarEndActsBody):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Document | Error]
    """

    kwargs = _get_kwargs(
        api_key=api_key,
        call_id=call_id,
        body=body,
        subaccount_id=subaccount_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    api_key: str,
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VoxologyFarEndActsBody,
    subaccount_id: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Document:
    """The far end acts now

     Answer a ringing call (`live-in-progress`), hang up (`completed`) or refuse a ringing call (`busy`,
    `no-answer`, `failed`).

    Args:
        api_key (str):
        call_id (str):
        subaccount_id (str | Unset):
        body (VoxologyFarEndActsBody):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Document
    """

    kwargs = _get_kwargs(
        api_key=api_key,
        call_id=call_id,
        body=body,
        subaccount_id=subaccount_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    api_key: str,
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VoxologyFarEndActsBody,
    subaccount_id: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Document | Error]:
    """The far end acts now

     Answer a ringing call (`live-in-progress`), hang up (`completed`) or refuse a ringing call (`busy`,
    `no-answer`, `failed`).

    Args:
        api_key (str):
        call_id (str):
        subaccount_id (str | Unset):
        body (VoxologyFarEndActsBody):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Document | Error]
    """

    kwargs = _get_kwargs(
        api_key=api_key,
        call_id=call_id,
        body=body,
        subaccount_id=subaccount_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    api_key: str,
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VoxologyFarEndActsBody,
    subaccount_id: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Document:
    """The far end acts now

     Answer a ringing call (`live-in-progress`), hang up (`completed`) or refuse a ringing call (`busy`,
    `no-answer`, `failed`).

    Args:
        api_key (str):
        call_id (str):
        subaccount_id (str | Unset):
        body (VoxologyFarEndActsBody):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Document
    """

    kwargs = _get_kwargs(
        api_key=api_key,
        call_id=call_id,
        body=body,
        subaccount_id=subaccount_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
