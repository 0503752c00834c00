from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_type import ErrorType
from ...models.get_list_timezones_response_type import GetListTimezonesResponseType
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/helper/getListTimezones",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorType | GetListTimezonesResponseType | None:
    if response.status_code == 200:
        response_200 = GetListTimezonesResponseType.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorType.from_dict(response.json())

        return response_400

    if response.status_code == 402:
        response_402 = ErrorType.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = ErrorType.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorType.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorType.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorType.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorType | GetListTimezonesResponseType]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorType | GetListTimezonesResponseType]:
    """List time zones

     Every time zone Kit knows, with its current UTC offset. Public, like the time zones themselves; no
    credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorType | GetListTimezonesResponseType]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorType | GetListTimezonesResponseType | None:
    """List time zones

     Every time zone Kit knows, with its current UTC offset. Public, like the time zones themselves; no
    credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorType | GetListTimezonesResponseType
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorType | GetListTimezonesResponseType]:
    """List time zones

     Every time zone Kit knows, with its current UTC offset. Public, like the time zones themselves; no
    credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorType | GetListTimezonesResponseType]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorType | GetListTimezonesResponseType | None:
    """List time zones

     Every time zone Kit knows, with its current UTC offset. Public, like the time zones themselves; no
    credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorType | GetListTimezonesResponseType
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
