from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.available_number_list import AvailableNumberList
from ...models.error import Error
from ...models.list_available_numbers_search_by import ListAvailableNumbersSearchBy
from ...models.list_available_numbers_type import ListAvailableNumbersType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    capabilities: str,
    country: str | Unset = UNSET,
    type_: ListAvailableNumbersType | Unset = UNSET,
    max_results: int | Unset = UNSET,
    search_by: ListAvailableNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["capabilities"] = capabilities

    params["country"] = country

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["max_results"] = max_results

    json_search_by: str | Unset = UNSET
    if not isinstance(search_by, Unset):
        json_search_by = search_by.value

    params["search_by"] = json_search_by

    params["search_on"] = search_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/PhoneNumbers/Available",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvailableNumberList | Error | None:
    if response.status_code == 200:
        response_200 = AvailableNumberList.from_dict(response.json())

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
) -> Response[AvailableNumberList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AvailableNumberList:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(AvailableNumberList, parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    capabilities: str,
    country: str | Unset = UNSET,
    type_: ListAvailableNumbersType | Unset = UNSET,
    max_results: int | Unset = UNSET,
    search_by: ListAvailableNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[AvailableNumberList | Error]:
    """List Available Inbound Numbers

     Returns numbers available for provisioning and purchase.

    Args:
        capabilities (str):
        country (str | Unset):
        type_ (ListAvailableNumbersType | Unset):
        max_results (int | Unset):
        search_by (ListAvailableNumbersSearchBy | Unset):
        search_on (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[AvailableNumberList | Error]
    """

    kwargs = _get_kwargs(
        capabilities=capabilities,
        country=country,
        type_=type_,
        max_results=max_results,
        search_by=search_by,
        search_on=search_on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    capabilities: str,
    country: str | Unset = UNSET,
    type_: ListAvailableNumbersType | Unset = UNSET,
    max_results: int | Unset = UNSET,
    search_by: ListAvailableNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AvailableNumberList:
    """List Available Inbound Numbers

     Returns numbers available for provisioning and purchase.

    Args:
        capabilities (str):
        country (str | Unset):
        type_ (ListAvailableNumbersType | Unset):
        max_results (int | Unset):
        search_by (ListAvailableNumbersSearchBy | Unset):
        search_on (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        AvailableNumberList
    """

    kwargs = _get_kwargs(
        capabilities=capabilities,
        country=country,
        type_=type_,
        max_results=max_results,
        search_by=search_by,
        search_on=search_on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    capabilities: str,
    country: str | Unset = UNSET,
    type_: ListAvailableNumbersType | Unset = UNSET,
    max_results: int | Unset = UNSET,
    search_by: ListAvailableNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[AvailableNumberList | Error]:
    """List Available Inbound Numbers

     Returns numbers available for provisioning and purchase.

    Args:
        capabilities (str):
        country (str | Unset):
        type_ (ListAvailableNumbersType | Unset):
        max_results (int | Unset):
        search_by (ListAvailableNumbersSearchBy | Unset):
        search_on (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[AvailableNumberList | Error]
    """

    kwargs = _get_kwargs(
        capabilities=capabilities,
        country=country,
        type_=type_,
        max_results=max_results,
        search_by=search_by,
        search_on=search_on,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    capabilities: str,
    country: str | Unset = UNSET,
    type_: ListAvailableNumbersType | Unset = UNSET,
    max_results: int | Unset = UNSET,
    search_by: ListAvailableNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AvailableNumberList:
    """List Available Inbound Numbers

     Returns numbers available for provisioning and purchase.

    Args:
        capabilities (str):
        country (str | Unset):
        type_ (ListAvailableNumbersType | Unset):
        max_results (int | Unset):
        search_by (ListAvailableNumbersSearchBy | Unset):
        search_on (str | Unset):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        AvailableNumberList
    """

    kwargs = _get_kwargs(
        capabilities=capabilities,
        country=country,
        type_=type_,
        max_results=max_results,
        search_by=search_by,
        search_on=search_on,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
