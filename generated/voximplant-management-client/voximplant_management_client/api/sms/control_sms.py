from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.control_sms_request import ControlSmsRequest
from ...models.control_sms_response import ControlSmsResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ControlSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ControlSms/",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ControlSmsResponse | ErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ControlSmsResponse | ErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ControlSmsResponse.from_dict(data)

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
) -> Response[ControlSmsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ControlSmsRequest,
) -> Response[ControlSmsResponse | ErrorResponse]:
    """Enables or disables sending and receiving SMS for the phone number

     Enables or disables sending and receiving SMS for the phone number. Can be used only for phone
    numbers with SMS support, which is indicated by the is_sms_supported property in the objects
    returned by the GetPhoneNumbers Management API. Each incoming SMS message is charged according to
    the pricing(//voximplant.com/pricing). If enabled, SMS can be sent from this phone number via the
    SendSmsMessage Management API and received via the InboundSmsCallback property of the HTTP callback.
    See this article for HTTP callback details.

    Args:
        body (ControlSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ControlSmsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ControlSmsRequest,
) -> ControlSmsResponse | ErrorResponse | None:
    """Enables or disables sending and receiving SMS for the phone number

     Enables or disables sending and receiving SMS for the phone number. Can be used only for phone
    numbers with SMS support, which is indicated by the is_sms_supported property in the objects
    returned by the GetPhoneNumbers Management API. Each incoming SMS message is charged according to
    the pricing(//voximplant.com/pricing). If enabled, SMS can be sent from this phone number via the
    SendSmsMessage Management API and received via the InboundSmsCallback property of the HTTP callback.
    See this article for HTTP callback details.

    Args:
        body (ControlSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ControlSmsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ControlSmsRequest,
) -> Response[ControlSmsResponse | ErrorResponse]:
    """Enables or disables sending and receiving SMS for the phone number

     Enables or disables sending and receiving SMS for the phone number. Can be used only for phone
    numbers with SMS support, which is indicated by the is_sms_supported property in the objects
    returned by the GetPhoneNumbers Management API. Each incoming SMS message is charged according to
    the pricing(//voximplant.com/pricing). If enabled, SMS can be sent from this phone number via the
    SendSmsMessage Management API and received via the InboundSmsCallback property of the HTTP callback.
    See this article for HTTP callback details.

    Args:
        body (ControlSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ControlSmsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ControlSmsRequest,
) -> ControlSmsResponse | ErrorResponse | None:
    """Enables or disables sending and receiving SMS for the phone number

     Enables or disables sending and receiving SMS for the phone number. Can be used only for phone
    numbers with SMS support, which is indicated by the is_sms_supported property in the objects
    returned by the GetPhoneNumbers Management API. Each incoming SMS message is charged according to
    the pricing(//voximplant.com/pricing). If enabled, SMS can be sent from this phone number via the
    SendSmsMessage Management API and received via the InboundSmsCallback property of the HTTP callback.
    See this article for HTTP callback details.

    Args:
        body (ControlSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ControlSmsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
