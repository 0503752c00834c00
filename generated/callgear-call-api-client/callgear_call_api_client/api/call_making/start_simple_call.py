"""`start.simple_call`: Simple call"""

from typing import Any

import httpx

from ...client import Client
from ...models.call_session_result import CallSessionResult
from ...models.message import Message
from ...models.start_simple_call_direction import StartSimpleCallDirection
from ...models.start_simple_call_first_call import StartSimpleCallFirstCall
from ...models.start_simple_call_operator_confirmation import StartSimpleCallOperatorConfirmation
from ...models.start_simple_call_params import StartSimpleCallParams
from ...types import UNSET, Response, Unset, build_response

METHOD = "start.simple_call"


def _params(
    *,
    first_call: StartSimpleCallFirstCall,
    virtual_phone_number: str,
    contact: str,
    operator: str,
    switch_at_once: bool | Unset = UNSET,
    early_switching: bool | Unset = UNSET,
    media_file_id: int | Unset = UNSET,
    show_virtual_phone_number: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    dtmf_string: str | Unset = UNSET,
    direction: StartSimpleCallDirection | Unset = UNSET,
    operator_confirmation: StartSimpleCallOperatorConfirmation | Unset = UNSET,
    contact_message: Message | Unset = UNSET,
    operator_message: Message | Unset = UNSET,
) -> dict[str, Any]:
    return StartSimpleCallParams(
        first_call=first_call,
        virtual_phone_number=virtual_phone_number,
        contact=contact,
        operator=operator,
        switch_at_once=switch_at_once,
        early_switching=early_switching,
        media_file_id=media_file_id,
        show_virtual_phone_number=show_virtual_phone_number,
        external_id=external_id,
        dtmf_string=dtmf_string,
        direction=direction,
        operator_confirmation=operator_confirmation,
        contact_message=contact_message,
        operator_message=operator_message,
    ).to_dict()


def _parse(result: Any) -> CallSessionResult:
    return CallSessionResult.from_dict(result)


def sync_detailed(
    *,
    client: Client,
    first_call: StartSimpleCallFirstCall,
    virtual_phone_number: str,
    contact: str,
    operator: str,
    switch_at_once: bool | Unset = UNSET,
    early_switching: bool | Unset = UNSET,
    media_file_id: int | Unset = UNSET,
    show_virtual_phone_number: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    dtmf_string: str | Unset = UNSET,
    direction: StartSimpleCallDirection | Unset = UNSET,
    operator_confirmation: StartSimpleCallOperatorConfirmation | Unset = UNSET,
    contact_message: Message | Unset = UNSET,
    operator_message: Message | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[CallSessionResult]:
    """Simple call

    `start.simple_call`. Calls any number except the client's own virtual numbers, connecting it to an operator: a phone
    number that is not an employee (it does not appear as an employee in reports) and can manage the
    call with talk options. `first_call` says whether the operator or the contact is dialed first;
    `operator_confirmation` makes the operator confirm with a key (0-9, *, #, or any key) before the
    call goes on.

    Messages and `switch_at_once` work as in start.employee_call with operator_message in place of
    employee_message. `early_switching` true is allowed only with `first_call` operator and
    `switch_at_once` true, otherwise the call is refused with invalid_parameters_combination.

    Args:
        first_call (StartSimpleCallFirstCall): The number dialed first: operator - the operator, who can manage the call with talk options;
            contact - the called side (usually a client).
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        operator (str): The operator's number in E.164 format (e.g. 79091234567); the operator talks to the contact and
            can manage the call with talk options.
        switch_at_once (bool | Unset): Start the talk as soon as the second party answers, interrupting the messages (true), or play
            the messages to the end first (false, the default). Does not work when the contact_message type
            is tts.
        early_switching (bool | Unset): Let the dialing party hear the contact's line while dialing (default false). Allowed only when
            the employee (operator) is dialed first and switch_at_once is true; otherwise
            invalid_parameters_combination.
        media_file_id (int | Unset): ID of the dialing melody, a system or user media file (default the system melody Dialing music,
            dialing_music); played to a leg without its own message, and after a message.
        show_virtual_phone_number (bool | Unset): Show the virtual number to the employee (operator) as the caller's number. Default true.
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        direction (StartSimpleCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        operator_confirmation (StartSimpleCallOperatorConfirmation | Unset): A key the operator presses to confirm being ready to take the call (0-9, *, #), or any to accept
            any key.
        contact_message (Message | Unset): The message played to the contact; after it the dialing melody plays.
        operator_message (Message | Unset): The message played to the operator; after it the media_file_id melody plays.
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
            first_call=first_call,
            virtual_phone_number=virtual_phone_number,
            contact=contact,
            operator=operator,
            switch_at_once=switch_at_once,
            early_switching=early_switching,
            media_file_id=media_file_id,
            show_virtual_phone_number=show_virtual_phone_number,
            external_id=external_id,
            dtmf_string=dtmf_string,
            direction=direction,
            operator_confirmation=operator_confirmation,
            contact_message=contact_message,
            operator_message=operator_message,
        ),
        authenticated=True,
        timeout=timeout,
    )
    return build_response(response, _parse)


def sync(
    *,
    client: Client,
    first_call: StartSimpleCallFirstCall,
    virtual_phone_number: str,
    contact: str,
    operator: str,
    switch_at_once: bool | Unset = UNSET,
    early_switching: bool | Unset = UNSET,
    media_file_id: int | Unset = UNSET,
    show_virtual_phone_number: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    dtmf_string: str | Unset = UNSET,
    direction: StartSimpleCallDirection | Unset = UNSET,
    operator_confirmation: StartSimpleCallOperatorConfirmation | Unset = UNSET,
    contact_message: Message | Unset = UNSET,
    operator_message: Message | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> CallSessionResult:
    """Simple call

    `start.simple_call`. Calls any number except the client's own virtual numbers, connecting it to an operator: a phone
    number that is not an employee (it does not appear as an employee in reports) and can manage the
    call with talk options. `first_call` says whether the operator or the contact is dialed first;
    `operator_confirmation` makes the operator confirm with a key (0-9, *, #, or any key) before the
    call goes on.

    Messages and `switch_at_once` work as in start.employee_call with operator_message in place of
    employee_message. `early_switching` true is allowed only with `first_call` operator and
    `switch_at_once` true, otherwise the call is refused with invalid_parameters_combination.

    Args:
        first_call (StartSimpleCallFirstCall): The number dialed first: operator - the operator, who can manage the call with talk options;
            contact - the called side (usually a client).
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        operator (str): The operator's number in E.164 format (e.g. 79091234567); the operator talks to the contact and
            can manage the call with talk options.
        switch_at_once (bool | Unset): Start the talk as soon as the second party answers, interrupting the messages (true), or play
            the messages to the end first (false, the default). Does not work when the contact_message type
            is tts.
        early_switching (bool | Unset): Let the dialing party hear the contact's line while dialing (default false). Allowed only when
            the employee (operator) is dialed first and switch_at_once is true; otherwise
            invalid_parameters_combination.
        media_file_id (int | Unset): ID of the dialing melody, a system or user media file (default the system melody Dialing music,
            dialing_music); played to a leg without its own message, and after a message.
        show_virtual_phone_number (bool | Unset): Show the virtual number to the employee (operator) as the caller's number. Default true.
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        direction (StartSimpleCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        operator_confirmation (StartSimpleCallOperatorConfirmation | Unset): A key the operator presses to confirm being ready to take the call (0-9, *, #), or any to accept
            any key.
        contact_message (Message | Unset): The message played to the contact; after it the dialing melody plays.
        operator_message (Message | Unset): The message played to the operator; after it the media_file_id melody plays.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
        errors.MediaFileNotFoundError: The media file with id {media_file_id} not found
        errors.VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
        errors.OwnVirtualPhoneNumberNotAllowedError: Parameter contact can not contain own virtual phone number
        errors.ContactInBlacklistError: The contact {contact} has been found in the blacklist
        errors.CharacterEncodingNotAllowedError: The character encoding must be UTF-8
        errors.InvalidParametersCombinationError: The combination of parameters is not permitted
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
        first_call=first_call,
        virtual_phone_number=virtual_phone_number,
        contact=contact,
        operator=operator,
        switch_at_once=switch_at_once,
        early_switching=early_switching,
        media_file_id=media_file_id,
        show_virtual_phone_number=show_virtual_phone_number,
        external_id=external_id,
        dtmf_string=dtmf_string,
        direction=direction,
        operator_confirmation=operator_confirmation,
        contact_message=contact_message,
        operator_message=operator_message,
        timeout=timeout,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: Client,
    first_call: StartSimpleCallFirstCall,
    virtual_phone_number: str,
    contact: str,
    operator: str,
    switch_at_once: bool | Unset = UNSET,
    early_switching: bool | Unset = UNSET,
    media_file_id: int | Unset = UNSET,
    show_virtual_phone_number: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    dtmf_string: str | Unset = UNSET,
    direction: StartSimpleCallDirection | Unset = UNSET,
    operator_confirmation: StartSimpleCallOperatorConfirmation | Unset = UNSET,
    contact_message: Message | Unset = UNSET,
    operator_message: Message | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[CallSessionResult]:
    """Simple call

    `start.simple_call`. Calls any number except the client's own virtual numbers, connecting it to an operator: a phone
    number that is not an employee (it does not appear as an employee in reports) and can manage the
    call with talk options. `first_call` says whether the operator or the contact is dialed first;
    `operator_confirmation` makes the operator confirm with a key (0-9, *, #, or any key) before the
    call goes on.

    Messages and `switch_at_once` work as in start.employee_call with operator_message in place of
    employee_message. `early_switching` true is allowed only with `first_call` operator and
    `switch_at_once` true, otherwise the call is refused with invalid_parameters_combination.

    Args:
        first_call (StartSimpleCallFirstCall): The number dialed first: operator - the operator, who can manage the call with talk options;
            contact - the called side (usually a client).
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        operator (str): The operator's number in E.164 format (e.g. 79091234567); the operator talks to the contact and
            can manage the call with talk options.
        switch_at_once (bool | Unset): Start the talk as soon as the second party answers, interrupting the messages (true), or play
            the messages to the end first (false, the default). Does not work when the contact_message type
            is tts.
        early_switching (bool | Unset): Let the dialing party hear the contact's line while dialing (default false). Allowed only when
            the employee (operator) is dialed first and switch_at_once is true; otherwise
            invalid_parameters_combination.
        media_file_id (int | Unset): ID of the dialing melody, a system or user media file (default the system melody Dialing music,
            dialing_music); played to a leg without its own message, and after a message.
        show_virtual_phone_number (bool | Unset): Show the virtual number to the employee (operator) as the caller's number. Default true.
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        direction (StartSimpleCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        operator_confirmation (StartSimpleCallOperatorConfirmation | Unset): A key the operator presses to confirm being ready to take the call (0-9, *, #), or any to accept
            any key.
        contact_message (Message | Unset): The message played to the contact; after it the dialing melody plays.
        operator_message (Message | Unset): The message played to the operator; after it the media_file_id melody plays.
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
            first_call=first_call,
            virtual_phone_number=virtual_phone_number,
            contact=contact,
            operator=operator,
            switch_at_once=switch_at_once,
            early_switching=early_switching,
            media_file_id=media_file_id,
            show_virtual_phone_number=show_virtual_phone_number,
            external_id=external_id,
            dtmf_string=dtmf_string,
            direction=direction,
            operator_confirmation=operator_confirmation,
            contact_message=contact_message,
            operator_message=operator_message,
        ),
        authenticated=True,
        timeout=timeout,
    )
    return build_response(response, _parse)


async def asyncio(
    *,
    client: Client,
    first_call: StartSimpleCallFirstCall,
    virtual_phone_number: str,
    contact: str,
    operator: str,
    switch_at_once: bool | Unset = UNSET,
    early_switching: bool | Unset = UNSET,
    media_file_id: int | Unset = UNSET,
    show_virtual_phone_number: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    dtmf_string: str | Unset = UNSET,
    direction: StartSimpleCallDirection | Unset = UNSET,
    operator_confirmation: StartSimpleCallOperatorConfirmation | Unset = UNSET,
    contact_message: Message | Unset = UNSET,
    operator_message: Message | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> CallSessionResult:
    """Simple call

    `start.simple_call`. Calls any number except the client's own virtual numbers, connecting it to an operator: a phone
    number that is not an employee (it does not appear as an employee in reports) and can manage the
    call with talk options. `first_call` says whether the operator or the contact is dialed first;
    `operator_confirmation` makes the operator confirm with a key (0-9, *, #, or any key) before the
    call goes on.

    Messages and `switch_at_once` work as in start.employee_call with operator_message in place of
    employee_message. `early_switching` true is allowed only with `first_call` operator and
    `switch_at_once` true, otherwise the call is refused with invalid_parameters_combination.

    Args:
        first_call (StartSimpleCallFirstCall): The number dialed first: operator - the operator, who can manage the call with talk options;
            contact - the called side (usually a client).
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        operator (str): The operator's number in E.164 format (e.g. 79091234567); the operator talks to the contact and
            can manage the call with talk options.
        switch_at_once (bool | Unset): Start the talk as soon as the second party answers, interrupting the messages (true), or play
            the messages to the end first (false, the default). Does not work when the contact_message type
            is tts.
        early_switching (bool | Unset): Let the dialing party hear the contact's line while dialing (default false). Allowed only when
            the employee (operator) is dialed first and switch_at_once is true; otherwise
            invalid_parameters_combination.
        media_file_id (int | Unset): ID of the dialing melody, a system or user media file (default the system melody Dialing music,
            dialing_music); played to a leg without its own message, and after a message.
        show_virtual_phone_number (bool | Unset): Show the virtual number to the employee (operator) as the caller's number. Default true.
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        direction (StartSimpleCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        operator_confirmation (StartSimpleCallOperatorConfirmation | Unset): A key the operator presses to confirm being ready to take the call (0-9, *, #), or any to accept
            any key.
        contact_message (Message | Unset): The message played to the contact; after it the dialing melody plays.
        operator_message (Message | Unset): The message played to the operator; after it the media_file_id melody plays.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
        errors.MediaFileNotFoundError: The media file with id {media_file_id} not found
        errors.VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
        errors.OwnVirtualPhoneNumberNotAllowedError: Parameter contact can not contain own virtual phone number
        errors.ContactInBlacklistError: The contact {contact} has been found in the blacklist
        errors.CharacterEncodingNotAllowedError: The character encoding must be UTF-8
        errors.InvalidParametersCombinationError: The combination of parameters is not permitted
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
            first_call=first_call,
            virtual_phone_number=virtual_phone_number,
            contact=contact,
            operator=operator,
            switch_at_once=switch_at_once,
            early_switching=early_switching,
            media_file_id=media_file_id,
            show_virtual_phone_number=show_virtual_phone_number,
            external_id=external_id,
            dtmf_string=dtmf_string,
            direction=direction,
            operator_confirmation=operator_confirmation,
            contact_message=contact_message,
            operator_message=operator_message,
            timeout=timeout,
        )
    ).unwrap()
