from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_history_report_request import DownloadHistoryReportRequest
from ...types import File, Response


def _get_kwargs(
    *,
    body: DownloadHistoryReportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/DownloadHistoryReport/",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DownloadHistoryReportRequest,
) -> Response[File]:
    """Downloads a history report

     Downloads the file of a history report made by GetCallHistoryAsync, GetBriefCallHistory,
    GetTransactionHistoryAsync or GetAuditLogAsync: a CSV file with `;` between the fields.

    Args:
        body (DownloadHistoryReportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DownloadHistoryReportRequest,
) -> File | None:
    """Downloads a history report

     Downloads the file of a history report made by GetCallHistoryAsync, GetBriefCallHistory,
    GetTransactionHistoryAsync or GetAuditLogAsync: a CSV file with `;` between the fields.

    Args:
        body (DownloadHistoryReportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DownloadHistoryReportRequest,
) -> Response[File]:
    """Downloads a history report

     Downloads the file of a history report made by GetCallHistoryAsync, GetBriefCallHistory,
    GetTransactionHistoryAsync or GetAuditLogAsync: a CSV file with `;` between the fields.

    Args:
        body (DownloadHistoryReportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DownloadHistoryReportRequest,
) -> File | None:
    """Downloads a history report

     Downloads the file of a history report made by GetCallHistoryAsync, GetBriefCallHistory,
    GetTransactionHistoryAsync or GetAuditLogAsync: a CSV file with `;` between the fields.

    Args:
        body (DownloadHistoryReportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
