from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calls_search_calls_call_direction import CallsSearchCallsCallDirection
from ...models.error_type import ErrorType
from ...models.search_calls_response_type import SearchCallsResponseType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    call_direction: CallsSearchCallsCallDirection | Unset = UNSET,
    scenario_id: int | Unset = UNSET,
    phone: int | Unset = UNSET,
    datetime_start: str | Unset = UNSET,
    datetime_end: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    json_call_direction: str | Unset = UNSET
    if not isinstance(call_direction, Unset):
        json_call_direction = call_direction.value

    params["call_direction"] = json_call_direction

    params["scenario_id"] = scenario_id

    params["phone"] = phone

    params["datetime_start"] = datetime_start

    params["datetime_end"] = datetime_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/calls/searchCalls",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorType | SearchCallsResponseType | None:
    if response.status_code == 200:
        response_200 = SearchCallsResponseType.from_dict(response.json())

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
) -> Response[ErrorType | SearchCallsResponseType]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SearchCallsResponseType:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(SearchCallsResponseType, parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    call_direction: CallsSearchCallsCallDirection | Unset = UNSET,
    scenario_id: int | Unset = UNSET,
    phone: int | Unset = UNSET,
    datetime_start: str | Unset = UNSET,
    datetime_end: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[ErrorType | SearchCallsResponseType]:
    """Search calls

     Calls of the account, newest first. Without filters: the latest 20 calls.

    Args:
        id (int | Unset):
        call_direction (CallsSearchCallsCallDirection | Unset):
        scenario_id (int | Unset):
        phone (int | Unset):
        datetime_start (str | Unset):
        datetime_end (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[ErrorType | SearchCallsResponseType]
    """

    kwargs = _get_kwargs(
        id=id,
        call_direction=call_direction,
        scenario_id=scenario_id,
        phone=phone,
        datetime_start=datetime_start,
        datetime_end=datetime_end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    call_direction: CallsSearchCallsCallDirection | Unset = UNSET,
    scenario_id: int | Unset = UNSET,
    phone: int | Unset = UNSET,
    datetime_start: str | Unset = UNSET,
    datetime_end: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> SearchCallsResponseType:
    """Search calls

     Calls of the account, newest first. Without filters: the latest 20 calls.

    Args:
        id (int | Unset):
        call_direction (CallsSearchCallsCallDirection | Unset):
        scenario_id (int | Unset):
        phone (int | Unset):
        datetime_start (str | Unset):
        datetime_end (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        SearchCallsResponseType
    """

    kwargs = _get_kwargs(
        id=id,
        call_direction=call_direction,
        scenario_id=scenario_id,
        phone=phone,
        datetime_start=datetime_start,
        datetime_end=datetime_end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    call_direction: CallsSearchCallsCallDirection | Unset = UNSET,
    scenario_id: int | Unset = UNSET,
    phone: int | Unset = UNSET,
    datetime_start: str | Unset = UNSET,
    datetime_end: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[ErrorType | SearchCallsResponseType]:
    """Search calls

     Calls of the account, newest first. Without filters: the latest 20 calls.

    Args:
        id (int | Unset):
        call_direction (CallsSearchCallsCallDirection | Unset):
        scenario_id (int | Unset):
        phone (int | Unset):
        datetime_start (str | Unset):
        datetime_end (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[ErrorType | SearchCallsResponseType]
    """

    kwargs = _get_kwargs(
        id=id,
        call_direction=call_direction,
        scenario_id=scenario_id,
        phone=phone,
        datetime_start=datetime_start,
        datetime_end=datetime_end,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    call_direction: CallsSearchCallsCallDirection | Unset = UNSET,
    scenario_id: int | Unset = UNSET,
    phone: int | Unset = UNSET,
    datetime_start: str | Unset = UNSET,
    datetime_end: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> SearchCallsResponseType:
    """Search calls

     Calls of the account, newest first. Without filters: the latest 20 calls.

    Args:
        id (int | Unset):
        call_direction (CallsSearchCallsCallDirection | Unset):
        scenario_id (int | Unset):
        phone (int | Unset):
        datetime_start (str | Unset):
        datetime_end (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        SearchCallsResponseType
    """

    kwargs = _get_kwargs(
        id=id,
        call_direction=call_direction,
        scenario_id=scenario_id,
        phone=phone,
        datetime_start=datetime_start,
        datetime_end=datetime_end,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
