from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.party_far_end_rule import PartyFarEndRule
from ...types import UNSET, Response, Unset


def _get_kwargs(
    api: str,
    tenant: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/farend/{api}/{tenant}".format(
            api=quote(str(api), safe=""),
            tenant=quote(str(tenant), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[PartyFarEndRule] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PartyFarEndRule.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[PartyFarEndRule]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[PartyFarEndRule]:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(list[PartyFarEndRule], parsed)


def sync_detailed(
    api: str,
    tenant: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | list[PartyFarEndRule]]:
    """List a tenant's far-end rules

    Args:
        api (str):
        tenant (str):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | list[PartyFarEndRule]]
    """

    kwargs = _get_kwargs(
        api=api,
        tenant=tenant,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    api: str,
    tenant: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> list[PartyFarEndRule]:
    """List a tenant's far-end rules

    Args:
        api (str):
        tenant (str):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        list[PartyFarEndRule]
    """

    kwargs = _get_kwargs(
        api=api,
        tenant=tenant,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    api: str,
    tenant: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | list[PartyFarEndRule]]:
    """List a tenant's far-end rules

    Args:
        api (str):
        tenant (str):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | list[PartyFarEndRule]]
    """

    kwargs = _get_kwargs(
        api=api,
        tenant=tenant,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    api: str,
    tenant: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> list[PartyFarEndRule]:
    """List a tenant's far-end rules

    Args:
        api (str):
        tenant (str):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        list[PartyFarEndRule]
    """

    kwargs = _get_kwargs(
        api=api,
        tenant=tenant,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
