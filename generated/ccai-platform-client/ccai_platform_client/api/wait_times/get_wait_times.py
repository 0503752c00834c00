from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_wait_times_channel_type import GetWaitTimesChannelType
from ...models.get_wait_times_menu_type import GetWaitTimesMenuType
from ...models.wait_time import WaitTime
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    lang: str,
    menu_id: int | Unset = UNSET,
    menu_type: GetWaitTimesMenuType | Unset = UNSET,
    channel_type: GetWaitTimesChannelType | Unset = UNSET,
    waitfrom: int | Unset = UNSET,
    waitto: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["lang"] = lang

    params["menu_id"] = menu_id

    json_menu_type: str | Unset = UNSET
    if not isinstance(menu_type, Unset):
        json_menu_type = menu_type.value

    params["menu_type"] = json_menu_type

    json_channel_type: str | Unset = UNSET
    if not isinstance(channel_type, Unset):
        json_channel_type = channel_type.value

    params["channel_type"] = json_channel_type

    params["wait[from]"] = waitfrom

    params["wait[to]"] = waitto

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/wait_times",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[WaitTime] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WaitTime.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[WaitTime]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[WaitTime]:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(list[WaitTime], parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    lang: str,
    menu_id: int | Unset = UNSET,
    menu_type: GetWaitTimesMenuType | Unset = UNSET,
    channel_type: GetWaitTimesChannelType | Unset = UNSET,
    waitfrom: int | Unset = UNSET,
    waitto: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | list[WaitTime]]:
    """Get current wait times per menu

     Returns the current wait time of each menu (queue) for a language, optionally filtered by menu
    subtree, menu type, channel and wait range. The six documented examples are named 200 examples; each
    carries its query in `x-query`.

    Args:
        lang (str):
        menu_id (int | Unset):
        menu_type (GetWaitTimesMenuType | Unset):
        channel_type (GetWaitTimesChannelType | Unset):
        waitfrom (int | Unset):
        waitto (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | list[WaitTime]]
    """

    kwargs = _get_kwargs(
        lang=lang,
        menu_id=menu_id,
        menu_type=menu_type,
        channel_type=channel_type,
        waitfrom=waitfrom,
        waitto=waitto,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    lang: str,
    menu_id: int | Unset = UNSET,
    menu_type: GetWaitTimesMenuType | Unset = UNSET,
    channel_type: GetWaitTimesChannelType | Unset = UNSET,
    waitfrom: int | Unset = UNSET,
    waitto: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> list[WaitTime]:
    """Get current wait times per menu

     Returns the current wait time of each menu (queue) for a language, optionally filtered by menu
    subtree, menu type, channel and wait range. The six documented examples are named 200 examples; each
    carries its query in `x-query`.

    Args:
        lang (str):
        menu_id (int | Unset):
        menu_type (GetWaitTimesMenuType | Unset):
        channel_type (GetWaitTimesChannelType | Unset):
        waitfrom (int | Unset):
        waitto (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        list[WaitTime]
    """

    kwargs = _get_kwargs(
        lang=lang,
        menu_id=menu_id,
        menu_type=menu_type,
        channel_type=channel_type,
        waitfrom=waitfrom,
        waitto=waitto,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lang: str,
    menu_id: int | Unset = UNSET,
    menu_type: GetWaitTimesMenuType | Unset = UNSET,
    channel_type: GetWaitTimesChannelType | Unset = UNSET,
    waitfrom: int | Unset = UNSET,
    waitto: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | list[WaitTime]]:
    """Get current wait times per menu

     Returns the current wait time of each menu (queue) for a language, optionally filtered by menu
    subtree, menu type, channel and wait range. The six documented examples are named 200 examples; each
    carries its query in `x-query`.

    Args:
        lang (str):
        menu_id (int | Unset):
        menu_type (GetWaitTimesMenuType | Unset):
        channel_type (GetWaitTimesChannelType | Unset):
        waitfrom (int | Unset):
        waitto (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | list[WaitTime]]
    """

    kwargs = _get_kwargs(
        lang=lang,
        menu_id=menu_id,
        menu_type=menu_type,
        channel_type=channel_type,
        waitfrom=waitfrom,
        waitto=waitto,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    lang: str,
    menu_id: int | Unset = UNSET,
    menu_type: GetWaitTimesMenuType | Unset = UNSET,
    channel_type: GetWaitTimesChannelType | Unset = UNSET,
    waitfrom: int | Unset = UNSET,
    waitto: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> list[WaitTime]:
    """Get current wait times per menu

     Returns the current wait time of each menu (queue) for a language, optionally filtered by menu
    subtree, menu type, channel and wait range. The six documented examples are named 200 examples; each
    carries its query in `x-query`.

    Args:
        lang (str):
        menu_id (int | Unset):
        menu_type (GetWaitTimesMenuType | Unset):
        channel_type (GetWaitTimesChannelType | Unset):
        waitfrom (int | Unset):
        waitto (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        list[WaitTime]
    """

    kwargs = _get_kwargs(
        lang=lang,
        menu_id=menu_id,
        menu_type=menu_type,
        channel_type=channel_type,
        waitfrom=waitfrom,
        waitto=waitto,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
