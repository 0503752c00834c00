from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.far_end_rule import FarEndRule
from ...types import Response


def _get_kwargs(
    api: str,
    tenant: str,
    party: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/farend/{api}/{tenant}/{party}".format(
            api=quote(str(api), safe=""),
            tenant=quote(str(tenant), safe=""),
            party=quote(str(party), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FarEndRule | None:
    if response.status_code == 200:
        response_200 = FarEndRule.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | FarEndRule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    api: str,
    tenant: str,
    party: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | FarEndRule]:
    """Read what a party does when called

     Its own rule, else the tenant's default, else the built-in one (answers after 2 s).

    Args:
        api (str):
        tenant (str):
        party (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FarEndRule]
    """

    kwargs = _get_kwargs(
        api=api,
        tenant=tenant,
        party=party,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api: str,
    tenant: str,
    party: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | FarEndRule | None:
    """Read what a party does when called

     Its own rule, else the tenant's default, else the built-in one (answers after 2 s).

    Args:
        api (str):
        tenant (str):
        party (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FarEndRule
    """

    return sync_detailed(
        api=api,
        tenant=tenant,
        party=party,
        client=client,
    ).parsed


async def asyncio_detailed(
    api: str,
    tenant: str,
    party: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | FarEndRule]:
    """Read what a party does when called

     Its own rule, else the tenant's default, else the built-in one (answers after 2 s).

    Args:
        api (str):
        tenant (str):
        party (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FarEndRule]
    """

    kwargs = _get_kwargs(
        api=api,
        tenant=tenant,
        party=party,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api: str,
    tenant: str,
    party: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | FarEndRule | None:
    """Read what a party does when called

     Its own rule, else the tenant's default, else the built-in one (answers after 2 s).

    Args:
        api (str):
        tenant (str):
        party (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FarEndRule
    """

    return (
        await asyncio_detailed(
            api=api,
            tenant=tenant,
            party=party,
            client=client,
        )
    ).parsed
