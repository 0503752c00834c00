"""`call.talk_option`: Call a talk option"""

from typing import Any

import httpx

from ...client import Client
from ...models.call_talk_option_params import CallTalkOptionParams
from ...models.success_result import SuccessResult
from ...types import UNSET, Response, Unset, build_response

METHOD = "call.talk_option"


def _params(
    *,
    call_session_id: int,
    button: str,
) -> dict[str, Any]:
    return CallTalkOptionParams(
        call_session_id=call_session_id,
        button=button,
    ).to_dict()


def _parse(result: Any) -> SuccessResult:
    return SuccessResult.from_dict(result)


def sync_detailed(
    *,
    client: Client,
    call_session_id: int,
    button: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[SuccessResult]:
    """Call a talk option

    `call.talk_option`. Calls the talk option set on `button` in the client area (list.talk_options) on an active call.
    Calling some options again switches them off, for example the voice recorder (record_talk) and the
    call coach (call_coach).

    Args:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
        button (str): The button that calls the talk option (buttons and actions are set in the client area).
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        httpx.TimeoutException: If the request takes longer than the client's timeout.
        errors.ClientError: If the client cannot authenticate (no credentials, or the login fails).

    Returns:
        Response[SuccessResult]: the reply; `parsed` holds the result, or `error` the documented error.
    """
    response = client.call(
        METHOD,
        _params(
            call_session_id=call_session_id,
            button=button,
        ),
        authenticated=True,
        timeout=timeout,
    )
    return build_response(response, _parse)


def sync(
    *,
    client: Client,
    call_session_id: int,
    button: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> SuccessResult:
    """Call a talk option

    `call.talk_option`. Calls the talk option set on `button` in the client area (list.talk_options) on an active call.
    Calling some options again switches them off, for example the voice recorder (record_talk) and the
    call coach (call_coach).

    Args:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
        button (str): The button that calls the talk option (buttons and actions are set in the client area).
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.InvalidStateError: This method can not be called in this state
        errors.TalkOptionNotFoundError: Talk option not found
        errors.InvalidRequestError: Invalid Request The JSON sent is not a valid Request object
        errors.AccessTokenExpiredError: Access token has been expired
        errors.AccessTokenBlockedError: Access token has been blocked
        errors.AccessTokenInvalidError: Access token is invalid
        errors.LimitExceededError: Limit per {limit_type} has been exceeded. Value of current limit per {limit_type} is {limit_max_value}
        errors.ComponentDisabledError: Component {component_name} has been disabled
        errors.IpNotWhitelistedError: Your IP {ip} is not whitelisted
        errors.AuthError: Login or password is wrong
        errors.AccountInactiveError: Your account has been disabled, contact the support service
        errors.CallSessionNotFoundError: Call session not found
        errors.InternalError: Internal error, contact the support service
        errors.DataTypeError: Data supplied is of wrong type
        errors.MethodNotFoundError: The method does not exist / is not available
        errors.ForbiddenError: Permission denied
        errors.ParseError: Invalid JSON was received by the server.
        errors.BatchOpreationsNotSupportedError: Batch operations not supported
        errors.NotificationsNotSupportedError: Notifications not supported
        errors.RequiredParameterMissedError: The required parameter has been missed
        errors.InvalidParameterValueError: Invalid parameter value
        errors.RpcError: Any other JSON-RPC error.
        errors.UnexpectedReply: If the server answers with something that is not a JSON-RPC reply.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        SuccessResult
    """
    return sync_detailed(
        client=client,
        call_session_id=call_session_id,
        button=button,
        timeout=timeout,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: Client,
    call_session_id: int,
    button: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[SuccessResult]:
    """Call a talk option

    `call.talk_option`. Calls the talk option set on `button` in the client area (list.talk_options) on an active call.
    Calling some options again switches them off, for example the voice recorder (record_talk) and the
    call coach (call_coach).

    Args:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
        button (str): The button that calls the talk option (buttons and actions are set in the client area).
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        httpx.TimeoutException: If the request takes longer than the client's timeout.
        errors.ClientError: If the client cannot authenticate (no credentials, or the login fails).

    Returns:
        Response[SuccessResult]: the reply; `parsed` holds the result, or `error` the documented error.
    """
    response = await client.call_async(
        METHOD,
        _params(
            call_session_id=call_session_id,
            button=button,
        ),
        authenticated=True,
        timeout=timeout,
    )
    return build_response(response, _parse)


async def asyncio(
    *,
    client: Client,
    call_session_id: int,
    button: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> SuccessResult:
    """Call a talk option

    `call.talk_option`. Calls the talk option set on `button` in the client area (list.talk_options) on an active call.
    Calling some options again switches them off, for example the voice recorder (record_talk) and the
    call coach (call_coach).

    Args:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
        button (str): The button that calls the talk option (buttons and actions are set in the client area).
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.InvalidStateError: This method can not be called in this state
        errors.TalkOptionNotFoundError: Talk option not found
        errors.InvalidRequestError: Invalid Request The JSON sent is not a valid Request object
        errors.AccessTokenExpiredError: Access token has been expired
        errors.AccessTokenBlockedError: Access token has been blocked
        errors.AccessTokenInvalidError: Access token is invalid
        errors.LimitExceededError: Limit per {limit_type} has been exceeded. Value of current limit per {limit_type} is {limit_max_value}
        errors.ComponentDisabledError: Component {component_name} has been disabled
        errors.IpNotWhitelistedError: Your IP {ip} is not whitelisted
        errors.AuthError: Login or password is wrong
        errors.AccountInactiveError: Your account has been disabled, contact the support service
        errors.CallSessionNotFoundError: Call session not found
        errors.InternalError: Internal error, contact the support service
        errors.DataTypeError: Data supplied is of wrong type
        errors.MethodNotFoundError: The method does not exist / is not available
        errors.ForbiddenError: Permission denied
        errors.ParseError: Invalid JSON was received by the server.
        errors.BatchOpreationsNotSupportedError: Batch operations not supported
        errors.NotificationsNotSupportedError: Notifications not supported
        errors.RequiredParameterMissedError: The required parameter has been missed
        errors.InvalidParameterValueError: Invalid parameter value
        errors.RpcError: Any other JSON-RPC error.
        errors.UnexpectedReply: If the server answers with something that is not a JSON-RPC reply.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        SuccessResult
    """
    return (
        await asyncio_detailed(
            client=client,
            call_session_id=call_session_id,
            button=button,
            timeout=timeout,
        )
    ).unwrap()
