from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bool_response_type import BoolResponseType
from ...models.error_type import ErrorType
from ...models.messaging_incoming_event_type import MessagingIncomingEventType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    channel_uuid: UUID,
    *,
    body: MessagingIncomingEventType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{channel_uuid}".format(
            channel_uuid=quote(str(channel_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BoolResponseType | ErrorType | None:
    if response.status_code == 200:
        response_200 = BoolResponseType.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorType.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorType.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorType.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorType.from_dict(response.json())

        return response_403

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
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BoolResponseType | ErrorType]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BoolResponseType:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(BoolResponseType, parsed)


def sync_detailed(
    channel_uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: MessagingIncomingEventType,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[BoolResponseType | ErrorType]:
    """Send a custom channel event

     Delivers a client's message from the external channel to Kit (`event_type` must be `send_message`).
    Authorized by the JWT from botService/login in `Authorization: Bearer`. Posted to the root of the
    messaging host, at the channel's UUID. Kit answers agent and bot messages by posting
    MessagingOutgoing* events to the channel's callback URL.

    Args:
        channel_uuid (UUID):
        body (MessagingIncomingEventType): An event from the external channel to Kit.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[BoolResponseType | ErrorType]
    """

    kwargs = _get_kwargs(
        channel_uuid=channel_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    channel_uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: MessagingIncomingEventType,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> BoolResponseType:
    """Send a custom channel event

     Delivers a client's message from the external channel to Kit (`event_type` must be `send_message`).
    Authorized by the JWT from botService/login in `Authorization: Bearer`. Posted to the root of the
    messaging host, at the channel's UUID. Kit answers agent and bot messages by posting
    MessagingOutgoing* events to the channel's callback URL.

    Args:
        channel_uuid (UUID):
        body (MessagingIncomingEventType): An event from the external channel to Kit.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        BoolResponseType
    """

    kwargs = _get_kwargs(
        channel_uuid=channel_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    channel_uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: MessagingIncomingEventType,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[BoolResponseType | ErrorType]:
    """Send a custom channel event

     Delivers a client's message from the external channel to Kit (`event_type` must be `send_message`).
    Authorized by the JWT from botService/login in `Authorization: Bearer`. Posted to the root of the
    messaging host, at the channel's UUID. Kit answers agent and bot messages by posting
    MessagingOutgoing* events to the channel's callback URL.

    Args:
        channel_uuid (UUID):
        body (MessagingIncomingEventType): An event from the external channel to Kit.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[BoolResponseType | ErrorType]
    """

    kwargs = _get_kwargs(
        channel_uuid=channel_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    channel_uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: MessagingIncomingEventType,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> BoolResponseType:
    """Send a custom channel event

     Delivers a client's message from the external channel to Kit (`event_type` must be `send_message`).
    Authorized by the JWT from botService/login in `Authorization: Bearer`. Posted to the root of the
    messaging host, at the channel's UUID. Kit answers agent and bot messages by posting
    MessagingOutgoing* events to the channel's callback URL.

    Args:
        channel_uuid (UUID):
        body (MessagingIncomingEventType): An event from the external channel to Kit.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        BoolResponseType
    """

    kwargs = _get_kwargs(
        channel_uuid=channel_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
