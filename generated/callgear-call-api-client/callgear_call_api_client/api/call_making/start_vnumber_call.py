"""`start.vnumber_call`: Call to a virtual number"""

from typing import Any

import httpx

from ...client import Client
from ...models.call_session_result import CallSessionResult
from ...models.message import Message
from ...models.start_vnumber_call_direction import StartVnumberCallDirection
from ...models.start_vnumber_call_first_call import StartVnumberCallFirstCall
from ...models.start_vnumber_call_params import StartVnumberCallParams
from ...types import UNSET, Response, Unset, build_response

METHOD = "start.vnumber_call"


def _params(
    *,
    virtual_phone_number: str,
    contact: str,
    first_call: StartVnumberCallFirstCall,
    external_id: str | Unset = UNSET,
    dtmf_string: str | Unset = UNSET,
    direction: StartVnumberCallDirection | Unset = UNSET,
    switch_at_once: bool | Unset = UNSET,
    show_virtual_phone_number: bool | Unset = UNSET,
    contact_message: Message | Unset = UNSET,
) -> dict[str, Any]:
    return StartVnumberCallParams(
        virtual_phone_number=virtual_phone_number,
        contact=contact,
        first_call=first_call,
        external_id=external_id,
        dtmf_string=dtmf_string,
        direction=direction,
        switch_at_once=switch_at_once,
        show_virtual_phone_number=show_virtual_phone_number,
        contact_message=contact_message,
    ).to_dict()


def _parse(result: Any) -> CallSessionResult:
    return CallSessionResult.from_dict(result)


def sync_detailed(
    *,
    client: Client,
    virtual_phone_number: str,
    contact: str,
    first_call: StartVnumberCallFirstCall,
    external_id: str | Unset = UNSET,
    dtmf_string: str | Unset = UNSET,
    direction: StartVnumberCallDirection | Unset = UNSET,
    switch_at_once: bool | Unset = UNSET,
    show_virtual_phone_number: bool | Unset = UNSET,
    contact_message: Message | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[CallSessionResult]:
    """Call to a virtual number

    `start.vnumber_call`. Calls a contact and connects them to the scenario of a virtual number: the virtual number's own
    scenario decides which employees take the call. `first_call` says whether the employee from the
    scenario or the contact is dialed first. A virtual number without a scenario is refused with
    scenario_not_found.

    Args:
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        first_call (StartVnumberCallFirstCall): The number dialed first: employee - the employee from the scenario; contact - the called side
            (usually a client).
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        direction (StartVnumberCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        switch_at_once (bool | Unset): Start the talk as soon as the second party answers, interrupting the messages (true), or play
            the messages to the end first (false, the default). Does not work when the contact_message type
            is tts.
        show_virtual_phone_number (bool | Unset): Show the virtual number to the employee (operator) as the caller's number. Default true.
        contact_message (Message | Unset): The message played to the contact; after it the dialing melody plays.
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
            first_call=first_call,
            external_id=external_id,
            dtmf_string=dtmf_string,
            direction=direction,
            switch_at_once=switch_at_once,
            show_virtual_phone_number=show_virtual_phone_number,
            contact_message=contact_message,
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
    first_call: StartVnumberCallFirstCall,
    external_id: str | Unset = UNSET,
    dtmf_string: str | Unset = UNSET,
    direction: StartVnumberCallDirection | Unset = UNSET,
    switch_at_once: bool | Unset = UNSET,
    show_virtual_phone_number: bool | Unset = UNSET,
    contact_message: Message | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> CallSessionResult:
    """Call to a virtual number

    `start.vnumber_call`. Calls a contact and connects them to the scenario of a virtual number: the virtual number's own
    scenario decides which employees take the call. `first_call` says whether the employee from the
    scenario or the contact is dialed first. A virtual number without a scenario is refused with
    scenario_not_found.

    Args:
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        first_call (StartVnumberCallFirstCall): The number dialed first: employee - the employee from the scenario; contact - the called side
            (usually a client).
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        direction (StartVnumberCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        switch_at_once (bool | Unset): Start the talk as soon as the second party answers, interrupting the messages (true), or play
            the messages to the end first (false, the default). Does not work when the contact_message type
            is tts.
        show_virtual_phone_number (bool | Unset): Show the virtual number to the employee (operator) as the caller's number. Default true.
        contact_message (Message | Unset): The message played to the contact; after it the dialing melody plays.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
        errors.MediaFileNotFoundError: The media file with id {media_file_id} not found
        errors.VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
        errors.ScenarioNotFoundError: Scenario with id {scenario_id} not found
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
        first_call=first_call,
        external_id=external_id,
        dtmf_string=dtmf_string,
        direction=direction,
        switch_at_once=switch_at_once,
        show_virtual_phone_number=show_virtual_phone_number,
        contact_message=contact_message,
        timeout=timeout,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: Client,
    virtual_phone_number: str,
    contact: str,
    first_call: StartVnumberCallFirstCall,
    external_id: str | Unset = UNSET,
    dtmf_string: str | Unset = UNSET,
    direction: StartVnumberCallDirection | Unset = UNSET,
    switch_at_once: bool | Unset = UNSET,
    show_virtual_phone_number: bool | Unset = UNSET,
    contact_message: Message | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[CallSessionResult]:
    """Call to a virtual number

    `start.vnumber_call`. Calls a contact and connects them to the scenario of a virtual number: the virtual number's own
    scenario decides which employees take the call. `first_call` says whether the employee from the
    scenario or the contact is dialed first. A virtual number without a scenario is refused with
    scenario_not_found.

    Args:
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        first_call (StartVnumberCallFirstCall): The number dialed first: employee - the employee from the scenario; contact - the called side
            (usually a client).
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        direction (StartVnumberCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        switch_at_once (bool | Unset): Start the talk as soon as the second party answers, interrupting the messages (true), or play
            the messages to the end first (false, the default). Does not work when the contact_message type
            is tts.
        show_virtual_phone_number (bool | Unset): Show the virtual number to the employee (operator) as the caller's number. Default true.
        contact_message (Message | Unset): The message played to the contact; after it the dialing melody plays.
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
            first_call=first_call,
            external_id=external_id,
            dtmf_string=dtmf_string,
            direction=direction,
            switch_at_once=switch_at_once,
            show_virtual_phone_number=show_virtual_phone_number,
            contact_message=contact_message,
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
    first_call: StartVnumberCallFirstCall,
    external_id: str | Unset = UNSET,
    dtmf_string: str | Unset = UNSET,
    direction: StartVnumberCallDirection | Unset = UNSET,
    switch_at_once: bool | Unset = UNSET,
    show_virtual_phone_number: bool | Unset = UNSET,
    contact_message: Message | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> CallSessionResult:
    """Call to a virtual number

    `start.vnumber_call`. Calls a contact and connects them to the scenario of a virtual number: the virtual number's own
    scenario decides which employees take the call. `first_call` says whether the employee from the
    scenario or the contact is dialed first. A virtual number without a scenario is refused with
    scenario_not_found.

    Args:
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        first_call (StartVnumberCallFirstCall): The number dialed first: employee - the employee from the scenario; contact - the called side
            (usually a client).
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        direction (StartVnumberCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        switch_at_once (bool | Unset): Start the talk as soon as the second party answers, interrupting the messages (true), or play
            the messages to the end first (false, the default). Does not work when the contact_message type
            is tts.
        show_virtual_phone_number (bool | Unset): Show the virtual number to the employee (operator) as the caller's number. Default true.
        contact_message (Message | Unset): The message played to the contact; after it the dialing melody plays.
        timeout (float | httpx.Timeout | None | Unset): This call's timeout, instead of the client's.

    Raises:
        errors.TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
        errors.MediaFileNotFoundError: The media file with id {media_file_id} not found
        errors.VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
        errors.ScenarioNotFoundError: Scenario with id {scenario_id} not found
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
            first_call=first_call,
            external_id=external_id,
            dtmf_string=dtmf_string,
            direction=direction,
            switch_at_once=switch_at_once,
            show_virtual_phone_number=show_virtual_phone_number,
            contact_message=contact_message,
            timeout=timeout,
        )
    ).unwrap()
