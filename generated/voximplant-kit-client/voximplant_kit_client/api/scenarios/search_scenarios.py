from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_type import ErrorType
from ...models.search_scenarios_response_type import SearchScenariosResponseType
from ...models.search_scenarios_scenario_type import SearchScenariosScenarioType
from ...models.search_scenarios_with_campaigns import SearchScenariosWithCampaigns
from ...models.search_scenarios_with_phones import SearchScenariosWithPhones
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    folder_id: int | Unset = UNSET,
    scenario_type: SearchScenariosScenarioType | Unset = UNSET,
    title: str | Unset = UNSET,
    with_campaigns: SearchScenariosWithCampaigns | Unset = UNSET,
    with_phones: SearchScenariosWithPhones | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["folder_id"] = folder_id

    json_scenario_type: int | Unset = UNSET
    if not isinstance(scenario_type, Unset):
        json_scenario_type = scenario_type.value

    params["scenario_type"] = json_scenario_type

    params["title"] = title

    json_with_campaigns: int | Unset = UNSET
    if not isinstance(with_campaigns, Unset):
        json_with_campaigns = with_campaigns.value

    params["with_campaigns"] = json_with_campaigns

    json_with_phones: int | Unset = UNSET
    if not isinstance(with_phones, Unset):
        json_with_phones = with_phones.value

    params["with_phones"] = json_with_phones

    params["sort"] = sort

    params["page"] = page

    params["per-page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/scenario/searchScenarios",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorType | SearchScenariosResponseType | None:
    if response.status_code == 200:
        response_200 = SearchScenariosResponseType.from_dict(response.json())

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
) -> Response[ErrorType | SearchScenariosResponseType]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SearchScenariosResponseType:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(SearchScenariosResponseType, parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    folder_id: int | Unset = UNSET,
    scenario_type: SearchScenariosScenarioType | Unset = UNSET,
    title: str | Unset = UNSET,
    with_campaigns: SearchScenariosWithCampaigns | Unset = UNSET,
    with_phones: SearchScenariosWithPhones | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[ErrorType | SearchScenariosResponseType]:
    """Search scenarios

     Call scenarios, newest first. Without filters: the latest 20.

    Args:
        id (int | Unset):
        folder_id (int | Unset):
        scenario_type (SearchScenariosScenarioType | Unset):
        title (str | Unset):
        with_campaigns (SearchScenariosWithCampaigns | Unset):
        with_phones (SearchScenariosWithPhones | Unset):
        sort (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[ErrorType | SearchScenariosResponseType]
    """

    kwargs = _get_kwargs(
        id=id,
        folder_id=folder_id,
        scenario_type=scenario_type,
        title=title,
        with_campaigns=with_campaigns,
        with_phones=with_phones,
        sort=sort,
        page=page,
        per_page=per_page,
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
    folder_id: int | Unset = UNSET,
    scenario_type: SearchScenariosScenarioType | Unset = UNSET,
    title: str | Unset = UNSET,
    with_campaigns: SearchScenariosWithCampaigns | Unset = UNSET,
    with_phones: SearchScenariosWithPhones | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> SearchScenariosResponseType:
    """Search scenarios

     Call scenarios, newest first. Without filters: the latest 20.

    Args:
        id (int | Unset):
        folder_id (int | Unset):
        scenario_type (SearchScenariosScenarioType | Unset):
        title (str | Unset):
        with_campaigns (SearchScenariosWithCampaigns | Unset):
        with_phones (SearchScenariosWithPhones | Unset):
        sort (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        SearchScenariosResponseType
    """

    kwargs = _get_kwargs(
        id=id,
        folder_id=folder_id,
        scenario_type=scenario_type,
        title=title,
        with_campaigns=with_campaigns,
        with_phones=with_phones,
        sort=sort,
        page=page,
        per_page=per_page,
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
    folder_id: int | Unset = UNSET,
    scenario_type: SearchScenariosScenarioType | Unset = UNSET,
    title: str | Unset = UNSET,
    with_campaigns: SearchScenariosWithCampaigns | Unset = UNSET,
    with_phones: SearchScenariosWithPhones | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[ErrorType | SearchScenariosResponseType]:
    """Search scenarios

     Call scenarios, newest first. Without filters: the latest 20.

    Args:
        id (int | Unset):
        folder_id (int | Unset):
        scenario_type (SearchScenariosScenarioType | Unset):
        title (str | Unset):
        with_campaigns (SearchScenariosWithCampaigns | Unset):
        with_phones (SearchScenariosWithPhones | Unset):
        sort (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[ErrorType | SearchScenariosResponseType]
    """

    kwargs = _get_kwargs(
        id=id,
        folder_id=folder_id,
        scenario_type=scenario_type,
        title=title,
        with_campaigns=with_campaigns,
        with_phones=with_phones,
        sort=sort,
        page=page,
        per_page=per_page,
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
    folder_id: int | Unset = UNSET,
    scenario_type: SearchScenariosScenarioType | Unset = UNSET,
    title: str | Unset = UNSET,
    with_campaigns: SearchScenariosWithCampaigns | Unset = UNSET,
    with_phones: SearchScenariosWithPhones | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> SearchScenariosResponseType:
    """Search scenarios

     Call scenarios, newest first. Without filters: the latest 20.

    Args:
        id (int | Unset):
        folder_id (int | Unset):
        scenario_type (SearchScenariosScenarioType | Unset):
        title (str | Unset):
        with_campaigns (SearchScenariosWithCampaigns | Unset):
        with_phones (SearchScenariosWithPhones | Unset):
        sort (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        SearchScenariosResponseType
    """

    kwargs = _get_kwargs(
        id=id,
        folder_id=folder_id,
        scenario_type=scenario_type,
        title=title,
        with_campaigns=with_campaigns,
        with_phones=with_phones,
        sort=sort,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
