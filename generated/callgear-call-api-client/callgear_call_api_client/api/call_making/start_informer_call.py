"""`start.informer_call`: Informer call"""

from typing import Any

import httpx

from ...client import Client
from ...models.call_session_result import CallSessionResult
from ...models.message import Message
from ...models.start_informer_call_direction import StartInformerCallDirection
from ...models.start_informer_call_params import StartInformerCallParams
from ...types import UNSET, Response, Unset, build_response

METHOD = "start.informer_call"


def _params(
    *,
    virtual_phone_number: str,
    contact: str,
    contact_message: Message,
    external_id: str | Unset = UNSET,
    dtmf_string: str | Unset = UNSET,
    direction: StartInformerCallDirection | Unset = UNSET,
    dialing_timeout: int | Unset = UNSET,
) -> dict[str, Any]:
    return StartInformerCallParams(
        virtual_phone_number=virtual_phone_number,
        contact=contact,
        contact_message=contact_message,
        external_id=external_id,
        dtmf_string=dtmf_string,
        direction=direction,
        dialing_timeout=dialing_timeout,
    ).to_dict()


def _parse(result: Any) -> CallSessionResult:
    return CallSessionResult.from_dict(result)


def sync_detailed(
    *,
    client: Client,
    virtual_phone_number: str,
    contact: str,
    contact_message: Message,
    external_id: str | Unset = UNSET,
    dtmf_string: str | Unset = UNSET,
    direction: StartInformerCallDirection | Unset = UNSET,
    dialing_timeout: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[CallSessionResult]:
    """Informer call

    `start.informer_call`. Calls a contact and plays a media file or a Text-to-Speech message; once the message has been played
    the call ends by itself. If the contact does not answer within `dialing_timeout` seconds (30 by
    default, at most 120) the call ends.

    Args:
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        contact_message (Message): The message played to the contact.
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        direction (StartInformerCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        dialing_timeout (int | Unset): Seconds to wait for the contact to answer; without an answer the call ends. Default 30, up to
            120.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        httpx.TimeoutException: If the request takes longer than the client's timeout.
        errors.ClientError: If the client cannot authenticate (no credentials, or the login fails).

    Returns:
        Response[CallSessionResult]: the reply; `parsed` holds the result, or `error` the documented error.
    """
    response = client.call(
        METHOD,
        _params(
            virtual_phone_number=virtual_phone_number,
            contact=contact,
            contact_message=contact_message,
            external_id=external_id,
            dtmf_string=dtmf_string,
            direction=direction,
            dialing_timeout=dialing_timeout,
        ),
        authenticated=True,
        timeout=timeout,
    )
    return build_response(response, _parse)


def sync(
    *,
    client: Client,
    virtual_phone_number: str,
    contact: str,
    contact_message: Message,
    external_id: str | Unset = UNSET,
    dtmf_string: str | Unset = UNSET,
    direction: StartInformerCallDirection | Unset = UNSET,
    dialing_timeout: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> CallSessionResult:
    """Informer call

    `start.informer_call`. Calls a contact and plays a media file or a Text-to-Speech message; once the message has been played
    the call ends by itself. If the contact does not answer within `dialing_timeout` seconds (30 by
    default, at most 120) the call ends.

    Args:
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        contact_message (Message): The message played to the contact.
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        direction (StartInformerCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        dialing_timeout (int | Unset): Seconds to wait for the contact to answer; without an answer the call ends. Default 30, up to
            120.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
        errors.MediaFileNotFoundError: The media file with id {media_file_id} not found
        errors.VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
        errors.OwnVirtualPhoneNumberNotAllowedError: Parameter contact can not contain own virtual phone number
        errors.ContactInBlacklistError: The contact {contact} has been found in the blacklist
        errors.CharacterEncodingNotAllowedError: The character encoding must be UTF-8
        errors.InvalidRequestError: Invalid Request The JSON sent is not a valid Request object
        errors.AccessTokenExpiredError: Access token has been expired
        errors.AccessTokenBlockedError: Access token has been blocked
        errors.AccessTokenInvalidError: Access token is invalid
        errors.LimitExceededError: Limit per {limit_type} has been exceeded. Value of current limit per {limit_type} is {limit_max_value}
        errors.ComponentDisabledError: Component {component_name} has been disabled
        errors.IpNotWhitelistedError: Your IP {ip} is not whitelisted
        errors.AuthError: Login or password is wrong
        errors.AccountInactiveError: Your account has been disabled, contact the support service
        errors.CallSessionNotFoundError: Call session not found
        errors.InternalError: Internal error, contact the support service
        errors.DataTypeError: Data supplied is of wrong type
        errors.MethodNotFoundError: The method does not exist / is not available
        errors.ForbiddenError: Permission denied
        errors.ParseError: Invalid JSON was received by the server.
        errors.BatchOpreationsNotSupportedError: Batch operations not supported
        errors.NotificationsNotSupportedError: Notifications not supported
        errors.RequiredParameterMissedError: The required parameter has been missed
        errors.InvalidParameterValueError: Invalid parameter value
        errors.RpcError: Any other JSON-RPC error.
        errors.UnexpectedReply: If the server answers with something that is not a JSON-RPC reply.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        CallSessionResult
    """
    return sync_detailed(
        client=client,
        virtual_phone_number=virtual_phone_number,
        contact=contact,
        contact_message=contact_message,
        external_id=external_id,
        dtmf_string=dtmf_string,
        direction=direction,
        dialing_timeout=dialing_timeout,
        timeout=timeout,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: Client,
    virtual_phone_number: str,
    contact: str,
    contact_message: Message,
    external_id: str | Unset = UNSET,
    dtmf_string: str | Unset = UNSET,
    direction: StartInformerCallDirection | Unset = UNSET,
    dialing_timeout: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[CallSessionResult]:
    """Informer call

    `start.informer_call`. Calls a contact and plays a media file or a Text-to-Speech message; once the message has been played
    the call ends by itself. If the contact does not answer within `dialing_timeout` seconds (30 by
    default, at most 120) the call ends.

    Args:
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        contact_message (Message): The message played to the contact.
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        direction (StartInformerCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        dialing_timeout (int | Unset): Seconds to wait for the contact to answer; without an answer the call ends. Default 30, up to
            120.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        httpx.TimeoutException: If the request takes longer than the client's timeout.
        errors.ClientError: If the client cannot authenticate (no credentials, or the login fails).

    Returns:
        Response[CallSessionResult]: the reply; `parsed` holds the result, or `error` the documented error.
    """
    response = await client.call_async(
        METHOD,
        _params(
            virtual_phone_number=virtual_phone_number,
            contact=contact,
            contact_message=contact_message,
            external_id=external_id,
            dtmf_string=dtmf_string,
            direction=direction,
            dialing_timeout=dialing_timeout,
        ),
        authenticated=True,
        timeout=timeout,
    )
    return build_response(response, _parse)


async def asyncio(
    *,
    client: Client,
    virtual_phone_number: str,
    contact: str,
    contact_message: Message,
    external_id: str | Unset = UNSET,
    dtmf_string: str | Unset = UNSET,
    direction: StartInformerCallDirection | Unset = UNSET,
    dialing_timeout: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> CallSessionResult:
    """Informer call

    `start.informer_call`. Calls a contact and plays a media file or a Text-to-Speech message; once the message has been played
    the call ends by itself. If the contact does not answer within `dialing_timeout` seconds (30 by
    default, at most 120) the call ends.

    Args:
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        contact_message (Message): The message played to the contact.
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        direction (StartInformerCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        dialing_timeout (int | Unset): Seconds to wait for the contact to answer; without an answer the call ends. Default 30, up to
            120.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
        errors.MediaFileNotFoundError: The media file with id {media_file_id} not found
        errors.VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
        errors.OwnVirtualPhoneNumberNotAllowedError: Parameter contact can not contain own virtual phone number
        errors.ContactInBlacklistError: The contact {contact} has been found in the blacklist
        errors.CharacterEncodingNotAllowedError: The character encoding must be UTF-8
        errors.InvalidRequestError: Invalid Request The JSON sent is not a valid Request object
        errors.AccessTokenExpiredError: Access token has been expired
        errors.AccessTokenBlockedError: Access token has been blocked
        errors.AccessTokenInvalidError: Access token is invalid
        errors.LimitExceededError: Limit per {limit_type} has been exceeded. Value of current limit per {limit_type} is {limit_max_value}
        errors.ComponentDisabledError: Component {component_name} has been disabled
        errors.IpNotWhitelistedError: Your IP {ip} is not whitelisted
        errors.AuthError: Login or password is wrong
        errors.AccountInactiveError: Your account has been disabled, contact the support service
        errors.CallSessionNotFoundError: Call session not found
        errors.InternalError: Internal error, contact the support service
        errors.DataTypeError: Data supplied is of wrong type
        errors.MethodNotFoundError: The method does not exist / is not available
        errors.ForbiddenError: Permission denied
        errors.ParseError: Invalid JSON was received by the server.
        errors.BatchOpreationsNotSupportedError: Batch operations not supported
        errors.NotificationsNotSupportedError: Notifications not supported
        errors.RequiredParameterMissedError: The required parameter has been missed
        errors.InvalidParameterValueError: Invalid parameter value
        errors.RpcError: Any other JSON-RPC error.
        errors.UnexpectedReply: If the server answers with something that is not a JSON-RPC reply.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        CallSessionResult
    """
    return (
        await asyncio_detailed(
            client=client,
            virtual_phone_number=virtual_phone_number,
            contact=contact,
            contact_message=contact_message,
            external_id=external_id,
            dtmf_string=dtmf_string,
            direction=direction,
            dialing_timeout=dialing_timeout,
            timeout=timeout,
        )
    ).unwrap()
