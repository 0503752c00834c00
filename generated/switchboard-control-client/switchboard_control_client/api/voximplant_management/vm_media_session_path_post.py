from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.vm_media_session import VmMediaSession
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    session_id: int,
    rest: str,
    *,
    body: File | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/voximplant-management/media-sessions/{session_id}/{rest}".format(
            session_id=quote(str(session_id), safe=""),
            rest=quote(str(rest), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = body.payload
    headers["Content-Type"] = "text/plain"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | VmMediaSession | None:
    if response.status_code == 200:
        response_200 = VmMediaSession.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | VmMediaSession]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: int,
    rest: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
) -> Response[Error | VmMediaSession]:
    """Reach a path below a call session's media URL (POST)

    Args:
        session_id (int):
        rest (str):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VmMediaSession]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        rest=rest,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: int,
    rest: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
) -> Error | VmMediaSession | None:
    """Reach a path below a call session's media URL (POST)

    Args:
        session_id (int):
        rest (str):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VmMediaSession
    """

    return sync_detailed(
        session_id=session_id,
        rest=rest,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: int,
    rest: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
) -> Response[Error | VmMediaSession]:
    """Reach a path below a call session's media URL (POST)

    Args:
        session_id (int):
        rest (str):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VmMediaSession]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        rest=rest,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: int,
    rest: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
) -> Error | VmMediaSession | None:
    """Reach a path below a call session's media URL (POST)

    Args:
        session_id (int):
        rest (str):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VmMediaSession
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            rest=rest,
            client=client,
            body=body,
        )
    ).parsed
