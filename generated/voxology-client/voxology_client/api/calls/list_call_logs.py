from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_log_list import CallLogList
from ...models.error import Error
from ...models.list_call_logs_direction import ListCallLogsDirection
from ...models.list_call_logs_service import ListCallLogsService
from ...models.list_call_logs_type import ListCallLogsType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    begin_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    direction: ListCallLogsDirection | Unset = UNSET,
    connect_time: int | Unset = UNSET,
    type_: ListCallLogsType | Unset = UNSET,
    service: ListCallLogsService | Unset = UNSET,
    caller_no: str | Unset = UNSET,
    api_no: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["begin_date"] = begin_date

    params["end_date"] = end_date

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params["connect_time"] = connect_time

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_service: str | Unset = UNSET
    if not isinstance(service, Unset):
        json_service = service.value

    params["service"] = json_service

    params["caller_no"] = caller_no

    params["api_no"] = api_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/History/Logs/Calls",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CallLogList | Error | None:
    if response.status_code == 200:
        response_200 = CallLogList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CallLogList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CallLogList:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(CallLogList, parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    begin_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    direction: ListCallLogsDirection | Unset = UNSET,
    connect_time: int | Unset = UNSET,
    type_: ListCallLogsType | Unset = UNSET,
    service: ListCallLogsService | Unset = UNSET,
    caller_no: str | Unset = UNSET,
    api_no: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[CallLogList | Error]:
    """List Call Logs

     Returns up to 1,000 call logs filtered by date, direction and connect time; is_truncated tells when
    there are more.

    Args:
        begin_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        end_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        direction (ListCallLogsDirection | Unset):
        connect_time (int | Unset):
        type_ (ListCallLogsType | Unset):
        service (ListCallLogsService | Unset):
        caller_no (str | Unset):
        api_no (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[CallLogList | Error]
    """

    kwargs = _get_kwargs(
        begin_date=begin_date,
        end_date=end_date,
        direction=direction,
        connect_time=connect_time,
        type_=type_,
        service=service,
        caller_no=caller_no,
        api_no=api_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    begin_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    direction: ListCallLogsDirection | Unset = UNSET,
    connect_time: int | Unset = UNSET,
    type_: ListCallLogsType | Unset = UNSET,
    service: ListCallLogsService | Unset = UNSET,
    caller_no: str | Unset = UNSET,
    api_no: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> CallLogList:
    """List Call Logs

     Returns up to 1,000 call logs filtered by date, direction and connect time; is_truncated tells when
    there are more.

    Args:
        begin_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        end_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        direction (ListCallLogsDirection | Unset):
        connect_time (int | Unset):
        type_ (ListCallLogsType | Unset):
        service (ListCallLogsService | Unset):
        caller_no (str | Unset):
        api_no (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        CallLogList
    """

    kwargs = _get_kwargs(
        begin_date=begin_date,
        end_date=end_date,
        direction=direction,
        connect_time=connect_time,
        type_=type_,
        service=service,
        caller_no=caller_no,
        api_no=api_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    begin_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    direction: ListCallLogsDirection | Unset = UNSET,
    connect_time: int | Unset = UNSET,
    type_: ListCallLogsType | Unset = UNSET,
    service: ListCallLogsService | Unset = UNSET,
    caller_no: str | Unset = UNSET,
    api_no: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[CallLogList | Error]:
    """List Call Logs

     Returns up to 1,000 call logs filtered by date, direction and connect time; is_truncated tells when
    there are more.

    Args:
        begin_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        end_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        direction (ListCallLogsDirection | Unset):
        connect_time (int | Unset):
        type_ (ListCallLogsType | Unset):
        service (ListCallLogsService | Unset):
        caller_no (str | Unset):
        api_no (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[CallLogList | Error]
    """

    kwargs = _get_kwargs(
        begin_date=begin_date,
        end_date=end_date,
        direction=direction,
        connect_time=connect_time,
        type_=type_,
        service=service,
        caller_no=caller_no,
        api_no=api_no,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    begin_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    direction: ListCallLogsDirection | Unset = UNSET,
    connect_time: int | Unset = UNSET,
    type_: ListCallLogsType | Unset = UNSET,
    service: ListCallLogsService | Unset = UNSET,
    caller_no: str | Unset = UNSET,
    api_no: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> CallLogList:
    """List Call Logs

     Returns up to 1,000 call logs filtered by date, direction and connect time; is_truncated tells when
    there are more.

    Args:
        begin_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        end_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        direction (ListCallLogsDirection | Unset):
        connect_time (int | Unset):
        type_ (ListCallLogsType | Unset):
        service (ListCallLogsService | Unset):
        caller_no (str | Unset):
        api_no (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        CallLogList
    """

    kwargs = _get_kwargs(
        begin_date=begin_date,
        end_date=end_date,
        direction=direction,
        connect_time=connect_time,
        type_=type_,
        service=service,
        caller_no=caller_no,
        api_no=api_no,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
