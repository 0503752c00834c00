from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_user_job_link import BulkUserJobLink
from ...models.bulk_user_upload_request import BulkUserUploadRequest
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BulkUserUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk/users/upload",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkUserJobLink | Error | None:
    if response.status_code == 200:
        response_200 = BulkUserJobLink.from_dict(response.json())

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
) -> Response[BulkUserJobLink | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BulkUserJobLink:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(BulkUserJobLink, parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkUserUploadRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[BulkUserJobLink | Error]:
    """Upload a bulk user JSON file (create a job)

     Uploads a JSON file (multipart/form-data, part `file`). A job is created and the worker validates
    the file scheme asynchronously; check it with GET /bulk/users/jobs/{job_id}. Returns 200 (not 201).

    Args:
        body (BulkUserUploadRequest): multipart/form-data body of POST /bulk/users/upload.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[BulkUserJobLink | Error]
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
    body: BulkUserUploadRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> BulkUserJobLink:
    """Upload a bulk user JSON file (create a job)

     Uploads a JSON file (multipart/form-data, part `file`). A job is created and the worker validates
    the file scheme asynchronously; check it with GET /bulk/users/jobs/{job_id}. Returns 200 (not 201).

    Args:
        body (BulkUserUploadRequest): multipart/form-data body of POST /bulk/users/upload.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        BulkUserJobLink
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
    body: BulkUserUploadRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[BulkUserJobLink | Error]:
    """Upload a bulk user JSON file (create a job)

     Uploads a JSON file (multipart/form-data, part `file`). A job is created and the worker validates
    the file scheme asynchronously; check it with GET /bulk/users/jobs/{job_id}. Returns 200 (not 201).

    Args:
        body (BulkUserUploadRequest): multipart/form-data body of POST /bulk/users/upload.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[BulkUserJobLink | Error]
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
    body: BulkUserUploadRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> BulkUserJobLink:
    """Upload a bulk user JSON file (create a job)

     Uploads a JSON file (multipart/form-data, part `file`). A job is created and the worker validates
    the file scheme asynchronously; check it with GET /bulk/users/jobs/{job_id}. Returns 200 (not 201).

    Args:
        body (BulkUserUploadRequest): multipart/form-data body of POST /bulk/users/upload.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        BulkUserJobLink
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
