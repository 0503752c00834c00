from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_sub_account_phone_numbers_search_by import ListSubAccountPhoneNumbersSearchBy
from ...models.list_sub_account_phone_numbers_sort_by import ListSubAccountPhoneNumbersSortBy
from ...models.list_sub_account_phone_numbers_sort_order import ListSubAccountPhoneNumbersSortOrder
from ...models.list_sub_account_phone_numbers_status import ListSubAccountPhoneNumbersStatus
from ...models.list_sub_account_phone_numbers_type import ListSubAccountPhoneNumbersType
from ...models.phone_number_list import PhoneNumberList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    capabilities: str | Unset = UNSET,
    country: str | Unset = UNSET,
    type_: ListSubAccountPhoneNumbersType | Unset = UNSET,
    status: ListSubAccountPhoneNumbersStatus | Unset = UNSET,
    search_by: ListSubAccountPhoneNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
    sort_by: ListSubAccountPhoneNumbersSortBy | Unset = UNSET,
    sort_order: ListSubAccountPhoneNumbersSortOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["capabilities"] = capabilities

    params["country"] = country

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_search_by: str | Unset = UNSET
    if not isinstance(search_by, Unset):
        json_search_by = search_by.value

    params["search_by"] = json_search_by

    params["search_on"] = search_on

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params["page"] = page

    params["page_size"] = page_size

    params["max_results"] = max_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/SubAccounts/{id}/PhoneNumbers".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PhoneNumberList | None:
    if response.status_code == 200:
        response_200 = PhoneNumberList.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PhoneNumberList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PhoneNumberList:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(PhoneNumberList, parsed)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    capabilities: str | Unset = UNSET,
    country: str | Unset = UNSET,
    type_: ListSubAccountPhoneNumbersType | Unset = UNSET,
    status: ListSubAccountPhoneNumbersStatus | Unset = UNSET,
    search_by: ListSubAccountPhoneNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
    sort_by: ListSubAccountPhoneNumbersSortBy | Unset = UNSET,
    sort_order: ListSubAccountPhoneNumbersSortOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | PhoneNumberList]:
    """List a Sub Account's Phone Numbers

     The documented example of Sub Account scoping: GET /PhoneNumbers (every number, whatever it is
    assigned to) run in the Sub Account. Any application-level method can be scoped the same way by
    prepending /SubAccounts/{id} (see the second server).

    Args:
        id (int):
        capabilities (str | Unset):
        country (str | Unset):
        type_ (ListSubAccountPhoneNumbersType | Unset):
        status (ListSubAccountPhoneNumbersStatus | Unset):
        search_by (ListSubAccountPhoneNumbersSearchBy | Unset):
        search_on (str | Unset):
        sort_by (ListSubAccountPhoneNumbersSortBy | Unset):
        sort_order (ListSubAccountPhoneNumbersSortOrder | Unset):
        page (int | Unset):
        page_size (int | Unset):
        max_results (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | PhoneNumberList]
    """

    kwargs = _get_kwargs(
        id=id,
        capabilities=capabilities,
        country=country,
        type_=type_,
        status=status,
        search_by=search_by,
        search_on=search_on,
        sort_by=sort_by,
        sort_order=sort_order,
        page=page,
        page_size=page_size,
        max_results=max_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    capabilities: str | Unset = UNSET,
    country: str | Unset = UNSET,
    type_: ListSubAccountPhoneNumbersType | Unset = UNSET,
    status: ListSubAccountPhoneNumbersStatus | Unset = UNSET,
    search_by: ListSubAccountPhoneNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
    sort_by: ListSubAccountPhoneNumbersSortBy | Unset = UNSET,
    sort_order: ListSubAccountPhoneNumbersSortOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> PhoneNumberList:
    """List a Sub Account's Phone Numbers

     The documented example of Sub Account scoping: GET /PhoneNumbers (every number, whatever it is
    assigned to) run in the Sub Account. Any application-level method can be scoped the same way by
    prepending /SubAccounts/{id} (see the second server).

    Args:
        id (int):
        capabilities (str | Unset):
        country (str | Unset):
        type_ (ListSubAccountPhoneNumbersType | Unset):
        status (ListSubAccountPhoneNumbersStatus | Unset):
        search_by (ListSubAccountPhoneNumbersSearchBy | Unset):
        search_on (str | Unset):
        sort_by (ListSubAccountPhoneNumbersSortBy | Unset):
        sort_order (ListSubAccountPhoneNumbersSortOrder | Unset):
        page (int | Unset):
        page_size (int | Unset):
        max_results (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        PhoneNumberList
    """

    kwargs = _get_kwargs(
        id=id,
        capabilities=capabilities,
        country=country,
        type_=type_,
        status=status,
        search_by=search_by,
        search_on=search_on,
        sort_by=sort_by,
        sort_order=sort_order,
        page=page,
        page_size=page_size,
        max_results=max_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    capabilities: str | Unset = UNSET,
    country: str | Unset = UNSET,
    type_: ListSubAccountPhoneNumbersType | Unset = UNSET,
    status: ListSubAccountPhoneNumbersStatus | Unset = UNSET,
    search_by: ListSubAccountPhoneNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
    sort_by: ListSubAccountPhoneNumbersSortBy | Unset = UNSET,
    sort_order: ListSubAccountPhoneNumbersSortOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | PhoneNumberList]:
    """List a Sub Account's Phone Numbers

     The documented example of Sub Account scoping: GET /PhoneNumbers (every number, whatever it is
    assigned to) run in the Sub Account. Any application-level method can be scoped the same way by
    prepending /SubAccounts/{id} (see the second server).

    Args:
        id (int):
        capabilities (str | Unset):
        country (str | Unset):
        type_ (ListSubAccountPhoneNumbersType | Unset):
        status (ListSubAccountPhoneNumbersStatus | Unset):
        search_by (ListSubAccountPhoneNumbersSearchBy | Unset):
        search_on (str | Unset):
        sort_by (ListSubAccountPhoneNumbersSortBy | Unset):
        sort_order (ListSubAccountPhoneNumbersSortOrder | Unset):
        page (int | Unset):
        page_size (int | Unset):
        max_results (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | PhoneNumberList]
    """

    kwargs = _get_kwargs(
        id=id,
        capabilities=capabilities,
        country=country,
        type_=type_,
        status=status,
        search_by=search_by,
        search_on=search_on,
        sort_by=sort_by,
        sort_order=sort_order,
        page=page,
        page_size=page_size,
        max_results=max_results,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    capabilities: str | Unset = UNSET,
    country: str | Unset = UNSET,
    type_: ListSubAccountPhoneNumbersType | Unset = UNSET,
    status: ListSubAccountPhoneNumbersStatus | Unset = UNSET,
    search_by: ListSubAccountPhoneNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
    sort_by: ListSubAccountPhoneNumbersSortBy | Unset = UNSET,
    sort_order: ListSubAccountPhoneNumbersSortOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> PhoneNumberList:
    """List a Sub Account's Phone Numbers

     The documented example of Sub Account scoping: GET /PhoneNumbers (every number, whatever it is
    assigned to) run in the Sub Account. Any application-level method can be scoped the same way by
    prepending /SubAccounts/{id} (see the second server).

    Args:
        id (int):
        capabilities (str | Unset):
        country (str | Unset):
        type_ (ListSubAccountPhoneNumbersType | Unset):
        status (ListSubAccountPhoneNumbersStatus | Unset):
        search_by (ListSubAccountPhoneNumbersSearchBy | Unset):
        search_on (str | Unset):
        sort_by (ListSubAccountPhoneNumbersSortBy | Unset):
        sort_order (ListSubAccountPhoneNumbersSortOrder | Unset):
        page (int | Unset):
        page_size (int | Unset):
        max_results (int | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        PhoneNumberList
    """

    kwargs = _get_kwargs(
        id=id,
        capabilities=capabilities,
        country=country,
        type_=type_,
        status=status,
        search_by=search_by,
        search_on=search_on,
        sort_by=sort_by,
        sort_order=sort_order,
        page=page,
        page_size=page_size,
        max_results=max_results,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
