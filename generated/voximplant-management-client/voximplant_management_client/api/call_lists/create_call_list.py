from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_call_list_multipart_request import CreateCallListMultipartRequest
from ...models.create_call_list_request import CreateCallListRequest
from ...models.create_call_list_response import CreateCallListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateCallListMultipartRequest | CreateCallListRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/CreateCallList/",
    }

    if isinstance(body, CreateCallListMultipartRequest):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    if isinstance(body, CreateCallListRequest):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateCallListResponse | ErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CreateCallListResponse | ErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CreateCallListResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateCallListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateCallListResponse:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(CreateCallListResponse, parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCallListMultipartRequest | CreateCallListRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[CreateCallListResponse | ErrorResponse]:
    """Adds a new CSV file for call list processing and starts the specified rule immediately

     Adds a new CSV file for call list processing and starts the specified rule immediately. To send a
    file, use the request body. To set the call time constraints, use the following options in a CSV
    file: __start_execution_time – when the call list processing starts every day, UTC+0 24-h format:
    HH:mm:ss__end_execution_time – when the call list processing stops every day, UTC+0 24-h format:
    HH:mm:ss__start_at – when the call list processing starts, UNIX timestamp. If not specified, the
    processing starts immediately after a method call__task_uuid – call list UUID. A string up to 40
    characters, can contain latin letters, digits, hyphens (-) and colons (:). Unique within the call
    list This method accepts CSV files with custom delimiters, such a commas (,), semicolons (;) and
    other. To specify a delimiter, pass it to the delimiter parameter. IMPORTANT: the account’s balance
    should be equal or greater than 1 USD. If the balance is lower than 1 USD, the call list processing
    does not start, or it stops immediately if it is active.

    Args:
        body (CreateCallListMultipartRequest): CreateCallListRequest sent as multipart/form-data:
            file_content is a part holding the CSV.
        body (CreateCallListRequest):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[CreateCallListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCallListMultipartRequest | CreateCallListRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> CreateCallListResponse:
    """Adds a new CSV file for call list processing and starts the specified rule immediately

     Adds a new CSV file for call list processing and starts the specified rule immediately. To send a
    file, use the request body. To set the call time constraints, use the following options in a CSV
    file: __start_execution_time – when the call list processing starts every day, UTC+0 24-h format:
    HH:mm:ss__end_execution_time – when the call list processing stops every day, UTC+0 24-h format:
    HH:mm:ss__start_at – when the call list processing starts, UNIX timestamp. If not specified, the
    processing starts immediately after a method call__task_uuid – call list UUID. A string up to 40
    characters, can contain latin letters, digits, hyphens (-) and colons (:). Unique within the call
    list This method accepts CSV files with custom delimiters, such a commas (,), semicolons (;) and
    other. To specify a delimiter, pass it to the delimiter parameter. IMPORTANT: the account’s balance
    should be equal or greater than 1 USD. If the balance is lower than 1 USD, the call list processing
    does not start, or it stops immediately if it is active.

    Args:
        body (CreateCallListMultipartRequest): CreateCallListRequest sent as multipart/form-data:
            file_content is a part holding the CSV.
        body (CreateCallListRequest):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        CreateCallListResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCallListMultipartRequest | CreateCallListRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[CreateCallListResponse | ErrorResponse]:
    """Adds a new CSV file for call list processing and starts the specified rule immediately

     Adds a new CSV file for call list processing and starts the specified rule immediately. To send a
    file, use the request body. To set the call time constraints, use the following options in a CSV
    file: __start_execution_time – when the call list processing starts every day, UTC+0 24-h format:
    HH:mm:ss__end_execution_time – when the call list processing stops every day, UTC+0 24-h format:
    HH:mm:ss__start_at – when the call list processing starts, UNIX timestamp. If not specified, the
    processing starts immediately after a method call__task_uuid – call list UUID. A string up to 40
    characters, can contain latin letters, digits, hyphens (-) and colons (:). Unique within the call
    list This method accepts CSV files with custom delimiters, such a commas (,), semicolons (;) and
    other. To specify a delimiter, pass it to the delimiter parameter. IMPORTANT: the account’s balance
    should be equal or greater than 1 USD. If the balance is lower than 1 USD, the call list processing
    does not start, or it stops immediately if it is active.

    Args:
        body (CreateCallListMultipartRequest): CreateCallListRequest sent as multipart/form-data:
            file_content is a part holding the CSV.
        body (CreateCallListRequest):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[CreateCallListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCallListMultipartRequest | CreateCallListRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> CreateCallListResponse:
    """Adds a new CSV file for call list processing and starts the specified rule immediately

     Adds a new CSV file for call list processing and starts the specified rule immediately. To send a
    file, use the request body. To set the call time constraints, use the following options in a CSV
    file: __start_execution_time – when the call list processing starts every day, UTC+0 24-h format:
    HH:mm:ss__end_execution_time – when the call list processing stops every day, UTC+0 24-h format:
    HH:mm:ss__start_at – when the call list processing starts, UNIX timestamp. If not specified, the
    processing starts immediately after a method call__task_uuid – call list UUID. A string up to 40
    characters, can contain latin letters, digits, hyphens (-) and colons (:). Unique within the call
    list This method accepts CSV files with custom delimiters, such a commas (,), semicolons (;) and
    other. To specify a delimiter, pass it to the delimiter parameter. IMPORTANT: the account’s balance
    should be equal or greater than 1 USD. If the balance is lower than 1 USD, the call list processing
    does not start, or it stops immediately if it is active.

    Args:
        body (CreateCallListMultipartRequest): CreateCallListRequest sent as multipart/form-data:
            file_content is a part holding the CSV.
        body (CreateCallListRequest):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        CreateCallListResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
