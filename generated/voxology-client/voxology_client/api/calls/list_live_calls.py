from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_live_calls_sort_by import ListLiveCallsSortBy
from ...models.list_live_calls_sort_order import ListLiveCallsSortOrder
from ...models.live_call_list import LiveCallList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sort_by: ListLiveCallsSortBy | Unset = UNSET,
    sort_order: ListLiveCallsSortOrder | Unset = UNSET,
    filter_on_nos: str | Unset = UNSET,
    filter_on_call_id_nos: str | Unset = UNSET,
    filter_on_apis: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    min_connected_time: float | Unset = UNSET,
    max_connected_time: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params["filter_on_nos"] = filter_on_nos

    params["filter_on_call_id_nos"] = filter_on_call_id_nos

    params["filter_on_apis"] = filter_on_apis

    params["max_results"] = max_results

    params["min_connected_time"] = min_connected_time

    params["max_connected_time"] = max_connected_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/LiveCalls",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | LiveCallList | None:
    if response.status_code == 200:
        response_200 = LiveCallList.from_dict(response.json())

        return response_200

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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | LiveCallList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LiveCallList:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(LiveCallList, parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    sort_by: ListLiveCallsSortBy | Unset = UNSET,
    sort_order: ListLiveCallsSortOrder | Unset = UNSET,
    filter_on_nos: str | Unset = UNSET,
    filter_on_call_id_nos: str | Unset = UNSET,
    filter_on_apis: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    min_connected_time: float | Unset = UNSET,
    max_connected_time: float | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | LiveCallList]:
    """List Live Calls

     Returns the live calls.

    Args:
        sort_by (ListLiveCallsSortBy | Unset):
        sort_order (ListLiveCallsSortOrder | Unset):
        filter_on_nos (str | Unset):
        filter_on_call_id_nos (str | Unset):
        filter_on_apis (str | Unset):
        max_results (int | Unset):
        min_connected_time (float | Unset):
        max_connected_time (float | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | LiveCallList]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        sort_order=sort_order,
        filter_on_nos=filter_on_nos,
        filter_on_call_id_nos=filter_on_call_id_nos,
        filter_on_apis=filter_on_apis,
        max_results=max_results,
        min_connected_time=min_connected_time,
        max_connected_time=max_connected_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    sort_by: ListLiveCallsSortBy | Unset = UNSET,
    sort_order: ListLiveCallsSortOrder | Unset = UNSET,
    filter_on_nos: str | Unset = UNSET,
    filter_on_call_id_nos: str | Unset = UNSET,
    filter_on_apis: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    min_connected_time: float | Unset = UNSET,
    max_connected_time: float | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> LiveCallList:
    """List Live Calls

     Returns the live calls.

    Args:
        sort_by (ListLiveCallsSortBy | Unset):
        sort_order (ListLiveCallsSortOrder | Unset):
        filter_on_nos (str | Unset):
        filter_on_call_id_nos (str | Unset):
        filter_on_apis (str | Unset):
        max_results (int | Unset):
        min_connected_time (float | Unset):
        max_connected_time (float | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        LiveCallList
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        sort_order=sort_order,
        filter_on_nos=filter_on_nos,
        filter_on_call_id_nos=filter_on_call_id_nos,
        filter_on_apis=filter_on_apis,
        max_results=max_results,
        min_connected_time=min_connected_time,
        max_connected_time=max_connected_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sort_by: ListLiveCallsSortBy | Unset = UNSET,
    sort_order: ListLiveCallsSortOrder | Unset = UNSET,
    filter_on_nos: str | Unset = UNSET,
    filter_on_call_id_nos: str | Unset = UNSET,
    filter_on_apis: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    min_connected_time: float | Unset = UNSET,
    max_connected_time: float | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | LiveCallList]:
    """List Live Calls

     Returns the live calls.

    Args:
        sort_by (ListLiveCallsSortBy | Unset):
        sort_order (ListLiveCallsSortOrder | Unset):
        filter_on_nos (str | Unset):
        filter_on_call_id_nos (str | Unset):
        filter_on_apis (str | Unset):
        max_results (int | Unset):
        min_connected_time (float | Unset):
        max_connected_time (float | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | LiveCallList]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        sort_order=sort_order,
        filter_on_nos=filter_on_nos,
        filter_on_call_id_nos=filter_on_call_id_nos,
        filter_on_apis=filter_on_apis,
        max_results=max_results,
        min_connected_time=min_connected_time,
        max_connected_time=max_connected_time,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    sort_by: ListLiveCallsSortBy | Unset = UNSET,
    sort_order: ListLiveCallsSortOrder | Unset = UNSET,
    filter_on_nos: str | Unset = UNSET,
    filter_on_call_id_nos: str | Unset = UNSET,
    filter_on_apis: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    min_connected_time: float | Unset = UNSET,
    max_connected_time: float | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> LiveCallList:
    """List Live Calls

     Returns the live calls.

    Args:
        sort_by (ListLiveCallsSortBy | Unset):
        sort_order (ListLiveCallsSortOrder | Unset):
        filter_on_nos (str | Unset):
        filter_on_call_id_nos (str | Unset):
        filter_on_apis (str | Unset):
        max_results (int | Unset):
        min_connected_time (float | Unset):
        max_connected_time (float | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        LiveCallList
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        sort_order=sort_order,
        filter_on_nos=filter_on_nos,
        filter_on_call_id_nos=filter_on_call_id_nos,
        filter_on_apis=filter_on_apis,
        max_results=max_results,
        min_connected_time=min_connected_time,
        max_connected_time=max_connected_time,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
