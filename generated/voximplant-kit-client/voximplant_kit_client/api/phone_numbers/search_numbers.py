from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_type import ErrorType
from ...models.search_numbers_can_be_used import SearchNumbersCanBeUsed
from ...models.search_numbers_response_type import SearchNumbersResponseType
from ...models.search_numbers_with_campaigns import SearchNumbersWithCampaigns
from ...models.search_numbers_with_scenarios import SearchNumbersWithScenarios
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    with_campaigns: SearchNumbersWithCampaigns | Unset = UNSET,
    with_scenarios: SearchNumbersWithScenarios | Unset = UNSET,
    can_be_used: SearchNumbersCanBeUsed | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    phone_country_code: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    json_with_campaigns: int | Unset = UNSET
    if not isinstance(with_campaigns, Unset):
        json_with_campaigns = with_campaigns.value

    params["with_campaigns"] = json_with_campaigns

    json_with_scenarios: int | Unset = UNSET
    if not isinstance(with_scenarios, Unset):
        json_with_scenarios = with_scenarios.value

    params["with_scenarios"] = json_with_scenarios

    json_can_be_used: int | Unset = UNSET
    if not isinstance(can_be_used, Unset):
        json_can_be_used = can_be_used.value

    params["can_be_used"] = json_can_be_used

    params["phone_number"] = phone_number

    params["phone_country_code"] = phone_country_code

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/phone/searchNumbers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorType | SearchNumbersResponseType | None:
    if response.status_code == 200:
        response_200 = SearchNumbersResponseType.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorType.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorType.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorType.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorType.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorType.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorType.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorType.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorType.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorType | SearchNumbersResponseType]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SearchNumbersResponseType:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(SearchNumbersResponseType, parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    with_campaigns: SearchNumbersWithCampaigns | Unset = UNSET,
    with_scenarios: SearchNumbersWithScenarios | Unset = UNSET,
    can_be_used: SearchNumbersCanBeUsed | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    phone_country_code: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[ErrorType | SearchNumbersResponseType]:
    """Search rented numbers

     The account's rented phone numbers. Without filters: the latest 20.

    Args:
        id (int | Unset):
        with_campaigns (SearchNumbersWithCampaigns | Unset):
        with_scenarios (SearchNumbersWithScenarios | Unset):
        can_be_used (SearchNumbersCanBeUsed | Unset):
        phone_number (str | Unset):
        phone_country_code (str | Unset):
        sort (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[ErrorType | SearchNumbersResponseType]
    """

    kwargs = _get_kwargs(
        id=id,
        with_campaigns=with_campaigns,
        with_scenarios=with_scenarios,
        can_be_used=can_be_used,
        phone_number=phone_number,
        phone_country_code=phone_country_code,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    with_campaigns: SearchNumbersWithCampaigns | Unset = UNSET,
    with_scenarios: SearchNumbersWithScenarios | Unset = UNSET,
    can_be_used: SearchNumbersCanBeUsed | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    phone_country_code: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> SearchNumbersResponseType:
    """Search rented numbers

     The account's rented phone numbers. Without filters: the latest 20.

    Args:
        id (int | Unset):
        with_campaigns (SearchNumbersWithCampaigns | Unset):
        with_scenarios (SearchNumbersWithScenarios | Unset):
        can_be_used (SearchNumbersCanBeUsed | Unset):
        phone_number (str | Unset):
        phone_country_code (str | Unset):
        sort (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        SearchNumbersResponseType
    """

    kwargs = _get_kwargs(
        id=id,
        with_campaigns=with_campaigns,
        with_scenarios=with_scenarios,
        can_be_used=can_be_used,
        phone_number=phone_number,
        phone_country_code=phone_country_code,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    with_campaigns: SearchNumbersWithCampaigns | Unset = UNSET,
    with_scenarios: SearchNumbersWithScenarios | Unset = UNSET,
    can_be_used: SearchNumbersCanBeUsed | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    phone_country_code: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[ErrorType | SearchNumbersResponseType]:
    """Search rented numbers

     The account's rented phone numbers. Without filters: the latest 20.

    Args:
        id (int | Unset):
        with_campaigns (SearchNumbersWithCampaigns | Unset):
        with_scenarios (SearchNumbersWithScenarios | Unset):
        can_be_used (SearchNumbersCanBeUsed | Unset):
        phone_number (str | Unset):
        phone_country_code (str | Unset):
        sort (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[ErrorType | SearchNumbersResponseType]
    """

    kwargs = _get_kwargs(
        id=id,
        with_campaigns=with_campaigns,
        with_scenarios=with_scenarios,
        can_be_used=can_be_used,
        phone_number=phone_number,
        phone_country_code=phone_country_code,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    with_campaigns: SearchNumbersWithCampaigns | Unset = UNSET,
    with_scenarios: SearchNumbersWithScenarios | Unset = UNSET,
    can_be_used: SearchNumbersCanBeUsed | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    phone_country_code: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> SearchNumbersResponseType:
    """Search rented numbers

     The account's rented phone numbers. Without filters: the latest 20.

    Args:
        id (int | Unset):
        with_campaigns (SearchNumbersWithCampaigns | Unset):
        with_scenarios (SearchNumbersWithScenarios | Unset):
        can_be_used (SearchNumbersCanBeUsed | Unset):
        phone_number (str | Unset):
        phone_country_code (str | Unset):
        sort (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        SearchNumbersResponseType
    """

    kwargs = _get_kwargs(
        id=id,
        with_campaigns=with_campaigns,
        with_scenarios=with_scenarios,
        can_be_used=can_be_used,
        phone_number=phone_number,
        phone_country_code=phone_country_code,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
