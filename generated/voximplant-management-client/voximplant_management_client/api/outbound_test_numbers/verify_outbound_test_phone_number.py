from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.verify_outbound_test_phone_number_response import VerifyOutboundTestPhoneNumberResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/VerifyOutboundTestPhoneNumber/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VerifyOutboundTestPhoneNumberResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | VerifyOutboundTestPhoneNumberResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = VerifyOutboundTestPhoneNumberResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VerifyOutboundTestPhoneNumberResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | VerifyOutboundTestPhoneNumberResponse]:
    """Starts a call to the added phone number and pronounces a verification code

     Starts a call to the added phone number and pronounces a verification code. You have only 5
    verification attempts per day and 100 in total. 1 minute should pass between 2 attempts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VerifyOutboundTestPhoneNumberResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | VerifyOutboundTestPhoneNumberResponse | None:
    """Starts a call to the added phone number and pronounces a verification code

     Starts a call to the added phone number and pronounces a verification code. You have only 5
    verification attempts per day and 100 in total. 1 minute should pass between 2 attempts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VerifyOutboundTestPhoneNumberResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | VerifyOutboundTestPhoneNumberResponse]:
    """Starts a call to the added phone number and pronounces a verification code

     Starts a call to the added phone number and pronounces a verification code. You have only 5
    verification attempts per day and 100 in total. 1 minute should pass between 2 attempts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VerifyOutboundTestPhoneNumberResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | VerifyOutboundTestPhoneNumberResponse | None:
    """Starts a call to the added phone number and pronounces a verification code

     Starts a call to the added phone number and pronounces a verification code. You have only 5
    verification attempts per day and 100 in total. 1 minute should pass between 2 attempts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VerifyOutboundTestPhoneNumberResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
