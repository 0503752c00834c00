from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.legacy_callback_config import LegacyCallbackConfig
from ...models.legacy_callback_delete import LegacyCallbackDelete
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: list[LegacyCallbackDelete],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/CallFlows/Callbacks",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LegacyCallbackConfig | list[LegacyCallbackConfig] | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> LegacyCallbackConfig | list[LegacyCallbackConfig]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = LegacyCallbackConfig.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for response_200_type_1_item_data in _response_200_type_1:
                response_200_type_1_item = LegacyCallbackConfig.from_dict(response_200_type_1_item_data)

                response_200_type_1.append(response_200_type_1_item)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[Error | LegacyCallbackConfig | list[LegacyCallbackConfig]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LegacyCallbackConfig | list[LegacyCallbackConfig]:
    """The success model of a response; raises the errors module's exception for any other."""
    errors.raise_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content, response)
    return cast(LegacyCallbackConfig | list[LegacyCallbackConfig], parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[LegacyCallbackDelete],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | LegacyCallbackConfig | list[LegacyCallbackConfig]]:
    """Delete Callback Configurations

     Deletes the callback configurations of the given numbers.

    Args:
        body (list[LegacyCallbackDelete]):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | LegacyCallbackConfig | list[LegacyCallbackConfig]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[LegacyCallbackDelete],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> LegacyCallbackConfig | list[LegacyCallbackConfig]:
    """Delete Callback Configurations

     Deletes the callback configurations of the given numbers.

    Args:
        body (list[LegacyCallbackDelete]):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        LegacyCallbackConfig | list[LegacyCallbackConfig]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[LegacyCallbackDelete],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[Error | LegacyCallbackConfig | list[LegacyCallbackConfig]]:
    """Delete Callback Configurations

     Deletes the callback configurations of the given numbers.

    Args:
        body (list[LegacyCallbackDelete]):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and
            Client.raise_on_unexpected_status is True (a documented error is returned, not raised).
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        Response[Error | LegacyCallbackConfig | list[LegacyCallbackConfig]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[LegacyCallbackDelete],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> LegacyCallbackConfig | list[LegacyCallbackConfig]:
    """Delete Callback Configurations

     Deletes the callback configurations of the given numbers.

    Args:
        body (list[LegacyCallbackDelete]):
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.ApiError: The API refused the request: the subclass for the refusal (errors.AuthenticationError,
            errors.NotFoundError, errors.ValidationError, errors.RateLimitError, ...), with its status, code,
            message and response. Rate-limit refusals and 5xx are retried first, by the client's RetryPolicy.
        httpx.TimeoutException: If the request takes longer than the timeout.

    Returns:
        LegacyCallbackConfig | list[LegacyCallbackConfig]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
    )

    return _success(client=client, response=response)
