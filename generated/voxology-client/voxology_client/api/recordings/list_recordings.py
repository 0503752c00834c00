from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_recordings_direction import ListRecordingsDirection
from ...models.recording_list import RecordingList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    begin_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    group: str | Unset = UNSET,
    app_id: str | Unset = UNSET,
    subaccount_id: int | Unset = UNSET,
    call_no: str | Unset = UNSET,
    call_id: str | Unset = UNSET,
    direction: ListRecordingsDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["begin_date"] = begin_date

    params["end_date"] = end_date

    params["group"] = group

    params["app_id"] = app_id

    params["subaccount_id"] = subaccount_id

    params["call_no"] = call_no

    params["call_id"] = call_id

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/History/Recordings",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RecordingList | None:
    if response.status_code == 200:
        response_200 = RecordingList.from_dict(response.json())

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
) -> Response[Error | RecordingList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RecordingList:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(RecordingList, parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    begin_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    group: str | Unset = UNSET,
    app_id: str | Unset = UNSET,
    subaccount_id: int | Unset = UNSET,
    call_no: str | Unset = UNSET,
    call_id: str | Unset = UNSET,
    direction: ListRecordingsDirection | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | RecordingList]:
    """List Recordings

     Returns up to 1,000 recordings; narrow the dates when is_truncated.

    Args:
        begin_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        end_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        group (str | Unset):
        app_id (str | Unset):
        subaccount_id (int | Unset):
        call_no (str | Unset):
        call_id (str | Unset):
        direction (ListRecordingsDirection | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | RecordingList]
    """

    kwargs = _get_kwargs(
        begin_date=begin_date,
        end_date=end_date,
        group=group,
        app_id=app_id,
        subaccount_id=subaccount_id,
        call_no=call_no,
        call_id=call_id,
        direction=direction,
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
    group: str | Unset = UNSET,
    app_id: str | Unset = UNSET,
    subaccount_id: int | Unset = UNSET,
    call_no: str | Unset = UNSET,
    call_id: str | Unset = UNSET,
    direction: ListRecordingsDirection | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> RecordingList:
    """List Recordings

     Returns up to 1,000 recordings; narrow the dates when is_truncated.

    Args:
        begin_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        end_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        group (str | Unset):
        app_id (str | Unset):
        subaccount_id (int | Unset):
        call_no (str | Unset):
        call_id (str | Unset):
        direction (ListRecordingsDirection | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        RecordingList
    """

    kwargs = _get_kwargs(
        begin_date=begin_date,
        end_date=end_date,
        group=group,
        app_id=app_id,
        subaccount_id=subaccount_id,
        call_no=call_no,
        call_id=call_id,
        direction=direction,
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
    group: str | Unset = UNSET,
    app_id: str | Unset = UNSET,
    subaccount_id: int | Unset = UNSET,
    call_no: str | Unset = UNSET,
    call_id: str | Unset = UNSET,
    direction: ListRecordingsDirection | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | RecordingList]:
    """List Recordings

     Returns up to 1,000 recordings; narrow the dates when is_truncated.

    Args:
        begin_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        end_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        group (str | Unset):
        app_id (str | Unset):
        subaccount_id (int | Unset):
        call_no (str | Unset):
        call_id (str | Unset):
        direction (ListRecordingsDirection | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | RecordingList]
    """

    kwargs = _get_kwargs(
        begin_date=begin_date,
        end_date=end_date,
        group=group,
        app_id=app_id,
        subaccount_id=subaccount_id,
        call_no=call_no,
        call_id=call_id,
        direction=direction,
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
    group: str | Unset = UNSET,
    app_id: str | Unset = UNSET,
    subaccount_id: int | Unset = UNSET,
    call_no: str | Unset = UNSET,
    call_id: str | Unset = UNSET,
    direction: ListRecordingsDirection | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> RecordingList:
    """List Recordings

     Returns up to 1,000 recordings; narrow the dates when is_truncated.

    Args:
        begin_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        end_date (str | Unset): An ISO 8601 calendar date (2016-03-10) or date-time
            (2016-09-19T18:00:00.000Z); seconds, their fraction and the UTC offset are optional, and a
            date-time without an offset is UTC. Example: 2016-09-19T18:00:00.000Z.
        group (str | Unset):
        app_id (str | Unset):
        subaccount_id (int | Unset):
        call_no (str | Unset):
        call_id (str | Unset):
        direction (ListRecordingsDirection | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        RecordingList
    """

    kwargs = _get_kwargs(
        begin_date=begin_date,
        end_date=end_date,
        group=group,
        app_id=app_id,
        subaccount_id=subaccount_id,
        call_no=call_no,
        call_id=call_id,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
