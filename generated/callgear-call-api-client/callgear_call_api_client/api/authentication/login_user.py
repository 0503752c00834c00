"""`login.user`: Authentication: login"""

from typing import Any

import httpx

from ...client import Client
from ...models.login_result import LoginResult
from ...models.login_user_params import LoginUserParams
from ...types import UNSET, Response, Unset, build_response

METHOD = "login.user"


def _params(
    *,
    login: str,
    password: str,
) -> dict[str, Any]:
    return LoginUserParams(
        login=login,
        password=password,
    ).to_dict()


def _parse(result: Any) -> LoginResult:
    return LoginResult.from_dict(result)


def sync_detailed(
    *,
    client: Client,
    login: str,
    password: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[LoginResult]:
    """Authentication: login

    `login.user`. Authentication by login and password. The reply contains a key to access the Call API, valid for 1
    hour (`expire_at`, a Unix timestamp); once it expires call `login.user` again. A permanent key from
    the client area (Access by key) can be used instead of logging in.

    Args:
        login (str): User login
        password (str): User password
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        httpx.TimeoutException: If the request takes longer than the client's timeout.
        errors.ClientError: If the client cannot authenticate (no credentials, or the login fails).

    Returns:
        Response[LoginResult]: the reply; `parsed` holds the result, or `error` the documented error.
    """
    response = client.call(
        METHOD,
        _params(
            login=login,
            password=password,
        ),
        authenticated=False,
        timeout=timeout,
    )
    return build_response(response, _parse)


def sync(
    *,
    client: Client,
    login: str,
    password: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> LoginResult:
    """Authentication: login

    `login.user`. Authentication by login and password. The reply contains a key to access the Call API, valid for 1
    hour (`expire_at`, a Unix timestamp); once it expires call `login.user` again. A permanent key from
    the client area (Access by key) can be used instead of logging in.

    Args:
        login (str): User login
        password (str): User password
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.AuthError: Login or password is wrong
        errors.InvalidRequestError: Invalid Request The JSON sent is not a valid Request object
        errors.LimitExceededError: Limit per {limit_type} has been exceeded. Value of current limit per {limit_type} is {limit_max_value}
        errors.ComponentDisabledError: Component {component_name} has been disabled
        errors.IpNotWhitelistedError: Your IP {ip} is not whitelisted
        errors.AccountInactiveError: Your account has been disabled, contact the support service
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
        LoginResult
    """
    return sync_detailed(
        client=client,
        login=login,
        password=password,
        timeout=timeout,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: Client,
    login: str,
    password: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[LoginResult]:
    """Authentication: login

    `login.user`. Authentication by login and password. The reply contains a key to access the Call API, valid for 1
    hour (`expire_at`, a Unix timestamp); once it expires call `login.user` again. A permanent key from
    the client area (Access by key) can be used instead of logging in.

    Args:
        login (str): User login
        password (str): User password
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        httpx.TimeoutException: If the request takes longer than the client's timeout.
        errors.ClientError: If the client cannot authenticate (no credentials, or the login fails).

    Returns:
        Response[LoginResult]: the reply; `parsed` holds the result, or `error` the documented error.
    """
    response = await client.call_async(
        METHOD,
        _params(
            login=login,
            password=password,
        ),
        authenticated=False,
        timeout=timeout,
    )
    return build_response(response, _parse)


async def asyncio(
    *,
    client: Client,
    login: str,
    password: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> LoginResult:
    """Authentication: login

    `login.user`. Authentication by login and password. The reply contains a key to access the Call API, valid for 1
    hour (`expire_at`, a Unix timestamp); once it expires call `login.user` again. A permanent key from
    the client area (Access by key) can be used instead of logging in.

    Args:
        login (str): User login
        password (str): User password
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.AuthError: Login or password is wrong
        errors.InvalidRequestError: Invalid Request The JSON sent is not a valid Request object
        errors.LimitExceededError: Limit per {limit_type} has been exceeded. Value of current limit per {limit_type} is {limit_max_value}
        errors.ComponentDisabledError: Component {component_name} has been disabled
        errors.IpNotWhitelistedError: Your IP {ip} is not whitelisted
        errors.AccountInactiveError: Your account has been disabled, contact the support service
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
        LoginResult
    """
    return (
        await asyncio_detailed(
            client=client,
            login=login,
            password=password,
            timeout=timeout,
        )
    ).unwrap()
