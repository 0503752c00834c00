from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.kit_outcome import KitOutcome
from ...models.kit_set_outcome_body import KitSetOutcomeBody
from ...types import Response


def _get_kwargs(
    domain: str,
    number: str,
    *,
    body: KitSetOutcomeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/voximplant-kit/accounts/{domain}/outcomes/{number}".format(
            domain=quote(str(domain), safe=""),
            number=quote(str(number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | KitOutcome | None:
    if response.status_code == 200:
        response_200 = KitOutcome.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | KitOutcome]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    domain: str,
    number: str,
    *,
    client: AuthenticatedClient | Client,
    body: KitSetOutcomeBody,
) -> Response[Error | KitOutcome]:
    """Set how a dialled number ends

     Stored as the number's far-end rule.

    Args:
        domain (str):
        number (str):
        body (KitSetOutcomeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KitOutcome]
    """

    kwargs = _get_kwargs(
        domain=domain,
        number=number,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain: str,
    number: str,
    *,
    client: AuthenticatedClient | Client,
    body: KitSetOutcomeBody,
) -> Error | KitOutcome | None:
    """Set how a dialled number ends

     Stored as the number's far-end rule.

    Args:
        domain (str):
        number (str):
        body (KitSetOutcomeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KitOutcome
    """

    return sync_detailed(
        domain=domain,
        number=number,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    domain: str,
    number: str,
    *,
    client: AuthenticatedClient | Client,
    body: KitSetOutcomeBody,
) -> Response[Error | KitOutcome]:
    """Set how a dialled number ends

     Stored as the number's far-end rule.

    Args:
        domain (str):
        number (str):
        body (KitSetOutcomeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KitOutcome]
    """

    kwargs = _get_kwargs(
        domain=domain,
        number=number,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain: str,
    number: str,
    *,
    client: AuthenticatedClient | Client,
    body: KitSetOutcomeBody,
) -> Error | KitOutcome | None:
    """Set how a dialled number ends

     Stored as the number's far-end rule.

    Args:
        domain (str):
        number (str):
        body (KitSetOutcomeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KitOutcome
    """

    return (
        await asyncio_detailed(
            domain=domain,
            number=number,
            client=client,
            body=body,
        )
    ).parsed
