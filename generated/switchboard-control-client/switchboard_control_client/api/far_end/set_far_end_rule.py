from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.far_end_rule_input import FarEndRuleInput
from ...models.party_far_end_rule import PartyFarEndRule
from ...types import UNSET, Response, Unset


def _get_kwargs(
    api: str,
    tenant: str,
    party: str,
    *,
    body: FarEndRuleInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/farend/{api}/{tenant}/{party}".format(
            api=quote(str(api), safe=""),
            tenant=quote(str(tenant), safe=""),
            party=quote(str(party), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PartyFarEndRule | None:
    if response.status_code == 200:
        response_200 = PartyFarEndRule.from_dict(response.json())

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
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PartyFarEndRule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PartyFarEndRule:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(PartyFarEndRule, parsed)


def sync_detailed(
    api: str,
    tenant: str,
    party: str,
    *,
    client: AuthenticatedClient | Client,
    body: FarEndRuleInput | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | PartyFarEndRule]:
    """Set what a party does when called

     Fields left out take the built-in values. Calls placed after this follow the rule.

    Args:
        api (str):
        tenant (str):
        party (str):
        body (FarEndRuleInput | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | PartyFarEndRule]
    """

    kwargs = _get_kwargs(
        api=api,
        tenant=tenant,
        party=party,
        body=body,
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
    body: FarEndRuleInput | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> PartyFarEndRule:
    """Set what a party does when called

     Fields left out take the built-in values. Calls placed after this follow the rule.

    Args:
        api (str):
        tenant (str):
        party (str):
        body (FarEndRuleInput | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        PartyFarEndRule
    """

    kwargs = _get_kwargs(
        api=api,
        tenant=tenant,
        party=party,
        body=body,
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
    body: FarEndRuleInput | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | PartyFarEndRule]:
    """Set what a party does when called

     Fields left out take the built-in values. Calls placed after this follow the rule.

    Args:
        api (str):
        tenant (str):
        party (str):
        body (FarEndRuleInput | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | PartyFarEndRule]
    """

    kwargs = _get_kwargs(
        api=api,
        tenant=tenant,
        party=party,
        body=body,
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
    body: FarEndRuleInput | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> PartyFarEndRule:
    """Set what a party does when called

     Fields left out take the built-in values. Calls placed after this follow the rule.

    Args:
        api (str):
        tenant (str):
        party (str):
        body (FarEndRuleInput | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        PartyFarEndRule
    """

    kwargs = _get_kwargs(
        api=api,
        tenant=tenant,
        party=party,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
