from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.far_end_rule import FarEndRule
from ...types import UNSET, Response, Unset


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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | FarEndRule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FarEndRule:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(FarEndRule, parsed)


def sync_detailed(
    api: str,
    tenant: str,
    party: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | FarEndRule]:
    """Read what a party does when called

     Its own rule, else the tenant's default, else the built-in one (answers after 2 s).

    Args:
        api (str):
        tenant (str):
        party (str):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

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
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    api: str,
    tenant: str,
    party: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> FarEndRule:
    """Read what a party does when called

     Its own rule, else the tenant's default, else the built-in one (answers after 2 s).

    Args:
        api (str):
        tenant (str):
        party (str):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        FarEndRule
    """

    kwargs = _get_kwargs(
        api=api,
        tenant=tenant,
        party=party,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    api: str,
    tenant: str,
    party: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | FarEndRule]:
    """Read what a party does when called

     Its own rule, else the tenant's default, else the built-in one (answers after 2 s).

    Args:
        api (str):
        tenant (str):
        party (str):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | FarEndRule]
    """

    kwargs = _get_kwargs(
        api=api,
        tenant=tenant,
        party=party,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    api: str,
    tenant: str,
    party: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> FarEndRule:
    """Read what a party does when called

     Its own rule, else the tenant's default, else the built-in one (answers after 2 s).

    Args:
        api (str):
        tenant (str):
        party (str):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        FarEndRule
    """

    kwargs = _get_kwargs(
        api=api,
        tenant=tenant,
        party=party,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
