from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat import Chat
from ...models.error import Error
from ...models.sms_request import SmsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Chat | Error | None:
    if response.status_code == 200:
        response_200 = Chat.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Chat | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsRequest,
) -> Response[Chat | Error]:
    """Send an outbound SMS

     Creates an outbound SMS chat session and sends `message` from `outbound_number` to
    `end_user_number`. Returns the chat object with status 200 (not 201). Every documented error is a
    400 with a named example; `x-request` holds the request the documentation pairs with it.

    Args:
        body (SmsRequest): Outbound SMS request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Chat | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SmsRequest,
) -> Chat | Error | None:
    """Send an outbound SMS

     Creates an outbound SMS chat session and sends `message` from `outbound_number` to
    `end_user_number`. Returns the chat object with status 200 (not 201). Every documented error is a
    400 with a named example; `x-request` holds the request the documentation pairs with it.

    Args:
        body (SmsRequest): Outbound SMS request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Chat | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsRequest,
) -> Response[Chat | Error]:
    """Send an outbound SMS

     Creates an outbound SMS chat session and sends `message` from `outbound_number` to
    `end_user_number`. Returns the chat object with status 200 (not 201). Every documented error is a
    400 with a named example; `x-request` holds the request the documentation pairs with it.

    Args:
        body (SmsRequest): Outbound SMS request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Chat | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsRequest,
) -> Chat | Error | None:
    """Send an outbound SMS

     Creates an outbound SMS chat session and sends `message` from `outbound_number` to
    `end_user_number`. Returns the chat object with status 200 (not 201). Every documented error is a
    400 with a named example; `x-request` holds the request the documentation pairs with it.

    Args:
        body (SmsRequest): Outbound SMS request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Chat | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
