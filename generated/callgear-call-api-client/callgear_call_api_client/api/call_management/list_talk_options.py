"""`list.talk_options`: List talk options"""

from typing import Any

import httpx

from ...client import Client
from ...models.list_talk_options_params import ListTalkOptionsParams
from ...models.talk_options_result import TalkOptionsResult
from ...types import UNSET, Response, Unset, build_response

METHOD = "list.talk_options"


def _params() -> dict[str, Any]:
    return ListTalkOptionsParams().to_dict()


def _parse(result: Any) -> TalkOptionsResult:
    return TalkOptionsResult.from_dict(result)


def sync_detailed(
    *,
    client: Client,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[TalkOptionsResult]:
    """List talk options

    `list.talk_options`. The talk options set in the client area ("Virtual PBX" -> "Talk options"): the button that calls
    each, its mnemonic and name, and the object (a tag, a scenario, ...) it works on.

    Args:
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        httpx.TimeoutException: If the request takes longer than the client's timeout.
        errors.ClientError: If the client cannot authenticate (no credentials, or the login fails).

    Returns:
        Response[TalkOptionsResult]: the reply; `parsed` holds the result, or `error` the documented error.
    """
    response = client.call(
        METHOD,
        _params(),
        authenticated=True,
        timeout=timeout,
    )
    return build_response(response, _parse)


def sync(
    *,
    client: Client,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> TalkOptionsResult:
    """List talk options

    `list.talk_options`. The talk options set in the client area ("Virtual PBX" -> "Talk options"): the button that calls
    each, its mnemonic and name, and the object (a tag, a scenario, ...) it works on.

    Args:
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
        TalkOptionsResult
    """
    return sync_detailed(
        client=client,
        timeout=timeout,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: Client,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[TalkOptionsResult]:
    """List talk options

    `list.talk_options`. The talk options set in the client area ("Virtual PBX" -> "Talk options"): the button that calls
    each, its mnemonic and name, and the object (a tag, a scenario, ...) it works on.

    Args:
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        httpx.TimeoutException: If the request takes longer than the client's timeout.
        errors.ClientError: If the client cannot authenticate (no credentials, or the login fails).

    Returns:
        Response[TalkOptionsResult]: the reply; `parsed` holds the result, or `error` the documented error.
    """
    response = await client.call_async(
        METHOD,
        _params(),
        authenticated=True,
        timeout=timeout,
    )
    return build_response(response, _parse)


async def asyncio(
    *,
    client: Client,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> TalkOptionsResult:
    """List talk options

    `list.talk_options`. The talk options set in the client area ("Virtual PBX" -> "Talk options"): the button that calls
    each, its mnemonic and name, and the object (a tag, a scenario, ...) it works on.

    Args:
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
        TalkOptionsResult
    """
    return (
        await asyncio_detailed(
            client=client,
            timeout=timeout,
        )
    ).unwrap()
