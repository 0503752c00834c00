from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call import Call
from ...models.error import Error
from ...models.incoming_call_request import IncomingCallRequest
from ...models.outbound_call_request import OutboundCallRequest
from ...models.scheduled_call_request import ScheduledCallRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: IncomingCallRequest | OutboundCallRequest | ScheduledCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/calls",
    }

    if isinstance(body, OutboundCallRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, IncomingCallRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Call | Error | None:
    if response.status_code == 201:
        response_201 = Call.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Call | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Call:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    # A documented success without content parses to None, as an undocumented status does: only that one is unexpected.
    if parsed is None and response.status_code not in (202,):
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(Any | Call, parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IncomingCallRequest | OutboundCallRequest | ScheduledCallRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Any | Call | Error]:
    """Create a call (outbound, incoming or scheduled)

     Creates a call. One endpoint, four documented forms selected by `call_type`:
    1. Outbound Call - end_user_number and 2. Outbound Call - ticket_id: "Voice Outbound (API)"
    ("OutboundCall" deprecated); requires agent_email and ticket_id or end_user_number.
    3. Incoming Call: "Voice Inbound (API)" ("IncomingCall" deprecated); requires menu_id and
    end_user_number.
    4. Scheduled Call: "Voice Scheduled (API)" ("ScheduledCall" deprecated); requires end_user_number,
    scheduled_at and menu_id unless call_id is given.

    Most common responses (documentation table): 201 the request has been successful and will create a
    call; 202 successful, but manual intervention is required inside of the widget to complete the
    action; 400 invalid call type / agent is not available / missing parameter; 404 resource not found
    (check your subdomain).

    Example keys are prefixed by form (outbound_, outbound_ticket_form_, incoming_, scheduled_); a 201
    response example has the same key as its request example, and the request of each 400 example is
    kept in its `x-request` extension.

    Args:
        body (IncomingCallRequest | OutboundCallRequest | ScheduledCallRequest):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Any | Call | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: IncomingCallRequest | OutboundCallRequest | ScheduledCallRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Any | Call:
    """Create a call (outbound, incoming or scheduled)

     Creates a call. One endpoint, four documented forms selected by `call_type`:
    1. Outbound Call - end_user_number and 2. Outbound Call - ticket_id: "Voice Outbound (API)"
    ("OutboundCall" deprecated); requires agent_email and ticket_id or end_user_number.
    3. Incoming Call: "Voice Inbound (API)" ("IncomingCall" deprecated); requires menu_id and
    end_user_number.
    4. Scheduled Call: "Voice Scheduled (API)" ("ScheduledCall" deprecated); requires end_user_number,
    scheduled_at and menu_id unless call_id is given.

    Most common responses (documentation table): 201 the request has been successful and will create a
    call; 202 successful, but manual intervention is required inside of the widget to complete the
    action; 400 invalid call type / agent is not available / missing parameter; 404 resource not found
    (check your subdomain).

    Example keys are prefixed by form (outbound_, outbound_ticket_form_, incoming_, scheduled_); a 201
    response example has the same key as its request example, and the request of each 400 example is
    kept in its `x-request` extension.

    Args:
        body (IncomingCallRequest | OutboundCallRequest | ScheduledCallRequest):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Any | Call
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IncomingCallRequest | OutboundCallRequest | ScheduledCallRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Any | Call | Error]:
    """Create a call (outbound, incoming or scheduled)

     Creates a call. One endpoint, four documented forms selected by `call_type`:
    1. Outbound Call - end_user_number and 2. Outbound Call - ticket_id: "Voice Outbound (API)"
    ("OutboundCall" deprecated); requires agent_email and ticket_id or end_user_number.
    3. Incoming Call: "Voice Inbound (API)" ("IncomingCall" deprecated); requires menu_id and
    end_user_number.
    4. Scheduled Call: "Voice Scheduled (API)" ("ScheduledCall" deprecated); requires end_user_number,
    scheduled_at and menu_id unless call_id is given.

    Most common responses (documentation table): 201 the request has been successful and will create a
    call; 202 successful, but manual intervention is required inside of the widget to complete the
    action; 400 invalid call type / agent is not available / missing parameter; 404 resource not found
    (check your subdomain).

    Example keys are prefixed by form (outbound_, outbound_ticket_form_, incoming_, scheduled_); a 201
    response example has the same key as its request example, and the request of each 400 example is
    kept in its `x-request` extension.

    Args:
        body (IncomingCallRequest | OutboundCallRequest | ScheduledCallRequest):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Any | Call | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IncomingCallRequest | OutboundCallRequest | ScheduledCallRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Any | Call:
    """Create a call (outbound, incoming or scheduled)

     Creates a call. One endpoint, four documented forms selected by `call_type`:
    1. Outbound Call - end_user_number and 2. Outbound Call - ticket_id: "Voice Outbound (API)"
    ("OutboundCall" deprecated); requires agent_email and ticket_id or end_user_number.
    3. Incoming Call: "Voice Inbound (API)" ("IncomingCall" deprecated); requires menu_id and
    end_user_number.
    4. Scheduled Call: "Voice Scheduled (API)" ("ScheduledCall" deprecated); requires end_user_number,
    scheduled_at and menu_id unless call_id is given.

    Most common responses (documentation table): 201 the request has been successful and will create a
    call; 202 successful, but manual intervention is required inside of the widget to complete the
    action; 400 invalid call type / agent is not available / missing parameter; 404 resource not found
    (check your subdomain).

    Example keys are prefixed by form (outbound_, outbound_ticket_form_, incoming_, scheduled_); a 201
    response example has the same key as its request example, and the request of each 400 example is
    kept in its `x-request` extension.

    Args:
        body (IncomingCallRequest | OutboundCallRequest | ScheduledCallRequest):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Any | Call
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
