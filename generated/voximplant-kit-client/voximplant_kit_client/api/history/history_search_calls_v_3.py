from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calls_history_response_type import CallsHistoryResponseType
from ...models.error_type import ErrorType
from ...models.history_search_calls_v3_call_direction import HistorySearchCallsV3CallDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    datetime_start: str | Unset = UNSET,
    datetime_end: str | Unset = UNSET,
    call_direction: HistorySearchCallsV3CallDirection | Unset = UNSET,
    scenario_ids: str | Unset = UNSET,
    campaign_ids: str | Unset = UNSET,
    phone: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["datetime_start"] = datetime_start

    params["datetime_end"] = datetime_end

    json_call_direction: str | Unset = UNSET
    if not isinstance(call_direction, Unset):
        json_call_direction = call_direction.value

    params["call_direction"] = json_call_direction

    params["scenario_ids"] = scenario_ids

    params["campaign_ids"] = campaign_ids

    params["phone"] = phone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/history/searchCalls",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallsHistoryResponseType | ErrorType | None:
    if response.status_code == 200:
        response_200 = CallsHistoryResponseType.from_dict(response.json())

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
) -> Response[CallsHistoryResponseType | ErrorType]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CallsHistoryResponseType:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(CallsHistoryResponseType, parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    datetime_start: str | Unset = UNSET,
    datetime_end: str | Unset = UNSET,
    call_direction: HistorySearchCallsV3CallDirection | Unset = UNSET,
    scenario_ids: str | Unset = UNSET,
    campaign_ids: str | Unset = UNSET,
    phone: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[CallsHistoryResponseType | ErrorType]:
    """Search the call history

     Call history, newest first, with completion codes. Without filters: the latest 20 calls.

    Args:
        id (int | Unset):
        datetime_start (str | Unset):
        datetime_end (str | Unset):
        call_direction (HistorySearchCallsV3CallDirection | Unset):
        scenario_ids (str | Unset): Scenario IDs. JSON text of an array of integers, e.g. `[1,2]`.
        campaign_ids (str | Unset): Campaign IDs. JSON text of an array of integers, e.g. `[1,2]`.
        phone (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[CallsHistoryResponseType | ErrorType]
    """

    kwargs = _get_kwargs(
        id=id,
        datetime_start=datetime_start,
        datetime_end=datetime_end,
        call_direction=call_direction,
        scenario_ids=scenario_ids,
        campaign_ids=campaign_ids,
        phone=phone,
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
    datetime_start: str | Unset = UNSET,
    datetime_end: str | Unset = UNSET,
    call_direction: HistorySearchCallsV3CallDirection | Unset = UNSET,
    scenario_ids: str | Unset = UNSET,
    campaign_ids: str | Unset = UNSET,
    phone: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> CallsHistoryResponseType:
    """Search the call history

     Call history, newest first, with completion codes. Without filters: the latest 20 calls.

    Args:
        id (int | Unset):
        datetime_start (str | Unset):
        datetime_end (str | Unset):
        call_direction (HistorySearchCallsV3CallDirection | Unset):
        scenario_ids (str | Unset): Scenario IDs. JSON text of an array of integers, e.g. `[1,2]`.
        campaign_ids (str | Unset): Campaign IDs. JSON text of an array of integers, e.g. `[1,2]`.
        phone (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        CallsHistoryResponseType
    """

    kwargs = _get_kwargs(
        id=id,
        datetime_start=datetime_start,
        datetime_end=datetime_end,
        call_direction=call_direction,
        scenario_ids=scenario_ids,
        campaign_ids=campaign_ids,
        phone=phone,
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
    datetime_start: str | Unset = UNSET,
    datetime_end: str | Unset = UNSET,
    call_direction: HistorySearchCallsV3CallDirection | Unset = UNSET,
    scenario_ids: str | Unset = UNSET,
    campaign_ids: str | Unset = UNSET,
    phone: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[CallsHistoryResponseType | ErrorType]:
    """Search the call history

     Call history, newest first, with completion codes. Without filters: the latest 20 calls.

    Args:
        id (int | Unset):
        datetime_start (str | Unset):
        datetime_end (str | Unset):
        call_direction (HistorySearchCallsV3CallDirection | Unset):
        scenario_ids (str | Unset): Scenario IDs. JSON text of an array of integers, e.g. `[1,2]`.
        campaign_ids (str | Unset): Campaign IDs. JSON text of an array of integers, e.g. `[1,2]`.
        phone (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[CallsHistoryResponseType | ErrorType]
    """

    kwargs = _get_kwargs(
        id=id,
        datetime_start=datetime_start,
        datetime_end=datetime_end,
        call_direction=call_direction,
        scenario_ids=scenario_ids,
        campaign_ids=campaign_ids,
        phone=phone,
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
    datetime_start: str | Unset = UNSET,
    datetime_end: str | Unset = UNSET,
    call_direction: HistorySearchCallsV3CallDirection | Unset = UNSET,
    scenario_ids: str | Unset = UNSET,
    campaign_ids: str | Unset = UNSET,
    phone: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> CallsHistoryResponseType:
    """Search the call history

     Call history, newest first, with completion codes. Without filters: the latest 20 calls.

    Args:
        id (int | Unset):
        datetime_start (str | Unset):
        datetime_end (str | Unset):
        call_direction (HistorySearchCallsV3CallDirection | Unset):
        scenario_ids (str | Unset): Scenario IDs. JSON text of an array of integers, e.g. `[1,2]`.
        campaign_ids (str | Unset): Campaign IDs. JSON text of an array of integers, e.g. `[1,2]`.
        phone (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        CallsHistoryResponseType
    """

    kwargs = _get_kwargs(
        id=id,
        datetime_start=datetime_start,
        datetime_end=datetime_end,
        call_direction=call_direction,
        scenario_ids=scenario_ids,
        campaign_ids=campaign_ids,
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
