"""`release.call`: Release a call"""

from typing import Any

import httpx

from ...client import Client
from ...models.release_call_params import ReleaseCallParams
from ...models.success_result import SuccessResult
from ...types import UNSET, Response, Unset, build_response

METHOD = "release.call"


def _params(
    *,
    call_session_id: int,
) -> dict[str, Any]:
    return ReleaseCallParams(
        call_session_id=call_session_id,
    ).to_dict()


def _parse(result: Any) -> SuccessResult:
    return SuccessResult.from_dict(result)


def sync_detailed(
    *,
    client: Client,
    call_session_id: int,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[SuccessResult]:
    """Release a call

    `release.call`. Ends the call session: every leg is disconnected and the call leaves list.calls.

    Args:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
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
        ),
        authenticated=True,
        timeout=timeout,
    )
    return build_response(response, _parse)


def sync(
    *,
    client: Client,
    call_session_id: int,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> SuccessResult:
    """Release a call

    `release.call`. Ends the call session: every leg is disconnected and the call leaves list.calls.

    Args:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
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
        timeout=timeout,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: Client,
    call_session_id: int,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[SuccessResult]:
    """Release a call

    `release.call`. Ends the call session: every leg is disconnected and the call leaves list.calls.

    Args:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
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
        ),
        authenticated=True,
        timeout=timeout,
    )
    return build_response(response, _parse)


async def asyncio(
    *,
    client: Client,
    call_session_id: int,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> SuccessResult:
    """Release a call

    `release.call`. Ends the call session: every leg is disconnected and the call leaves list.calls.

    Args:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
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
            timeout=timeout,
        )
    ).unwrap()
