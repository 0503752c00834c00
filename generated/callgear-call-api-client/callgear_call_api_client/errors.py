"""Errors raised by the client: one exception class per documented `data.mnemonic`.

Every class derives from the kind of refusal it is (``AuthenticationError``, ``PermissionDeniedError``,
``RateLimitError``, ``NotFoundError``, ``ValidationError``, ``ConflictError``, ``ServerError``), which
derive from ``RpcError`` (a JSON-RPC error: ``code``, ``message``, ``data``, the HTTP ``status`` and the
raw ``response``), which derives from ``ClientError`` (``ApiError``): anything a call can fail with.
"""

from collections.abc import Mapping
from typing import Any, ClassVar

import httpx


class ClientError(Exception):
    """Anything a call can fail with."""


# The same base under the name the other Switchboard clients give it.
ApiError = ClientError


class UnexpectedReply(ClientError):
    """The server answered with something that is not a JSON-RPC reply."""

    def __init__(self, status_code: int, content: bytes, response: httpx.Response | None = None):
        self.status_code = status_code
        self.status = status_code
        self.content = content
        self.response = response
        super().__init__(f"Unexpected reply (HTTP {status_code}): {content.decode(errors='ignore')[:500]}")


class RpcError(ClientError):
    """A JSON-RPC error: its `code`, `message` and `data`, with `mnemonic` taken from `data`.

    Subclasses are the documented errors; `codes` and `messages` list what the documentation gives for
    each (the message may be a template whose `{name}` parts are filled from `data.params`).
    """

    key: ClassVar[str | None] = None
    codes: ClassVar[tuple[int, ...]] = ()
    messages: ClassVar[tuple[str, ...]] = ()

    def __init__(self, code: int, message: str, data: Any = None, response: httpx.Response | None = None):
        self.code = code
        self.message = message
        self.data = data
        self.response = response
        self.status: int | None = response.status_code if response is not None else None
        details: Mapping[str, Any] = data if isinstance(data, Mapping) else {}
        mnemonic = details.get("mnemonic")
        self.mnemonic: str | None = mnemonic if isinstance(mnemonic, str) else None
        self.field: str | None = details.get("field") if isinstance(details.get("field"), str) else None
        self.value: Any = details.get("value")
        self.params: Any = details.get("params")
        super().__init__(f"{code} {self.mnemonic or ''}: {message}".replace(" :", ":"))


class AuthenticationError(RpcError):
    """The credentials or the session key are missing, wrong, expired or blocked."""


class PermissionDeniedError(RpcError):
    """The account may not do this (a disabled component, an IP not whitelisted, ...)."""


class RateLimitError(RpcError):
    """A points limit (per minute or per day) is used up; `data.params.limit_type` says which."""


class NotFoundError(RpcError):
    """What the call names does not exist."""


class ValidationError(RpcError):
    """The call's parameters are malformed or not accepted."""


class ConflictError(RpcError):
    """The call conflicts with the state of what it names (a duplicate, a call in the wrong state)."""


class ServerError(RpcError):
    """CallGear failed."""


class AccessTokenBlockedError(AuthenticationError):
    """Access token has been blocked"""

    key = "access_token_blocked"
    codes = (-32001,)
    messages = ("Access token has been blocked",)


class AccessTokenExpiredError(AuthenticationError):
    """Access token has been expired"""

    key = "access_token_expired"
    codes = (-32001,)
    messages = ("Access token has been expired",)


class AccessTokenInvalidError(AuthenticationError):
    """Access token is invalid"""

    key = "access_token_invalid"
    codes = (-32001,)
    messages = ("Access token is invalid",)


class AccountInactiveError(PermissionDeniedError):
    """Your account has been disabled, contact the support service"""

    key = "account_inactive"
    codes = (-32009,)
    messages = ("Your account has been disabled, contact the support service",)


class AuthError(AuthenticationError):
    """Login or password is wrong"""

    key = "auth_error"
    codes = (-32001,)
    messages = ("Login or password is wrong",)


class BatchOpreationsNotSupportedError(ValidationError):
    """Batch operations not supported"""

    key = "batch_opreations_not_supported"
    codes = (-32099,)
    messages = ("Batch operations not supported",)


class CallSessionNotFoundError(NotFoundError):
    """Call session not found"""

    key = "call_session_not_found"
    codes = (-32602,)
    messages = ("Call session not found",)


class CharacterEncodingNotAllowedError(ValidationError):
    """The character encoding must be UTF-8"""

    key = "character_encoding_not_allowed"
    codes = (-32602,)
    messages = ("The character encoding must be UTF-8",)


class CoachNotFoundError(NotFoundError):
    """The coach not found in your settings"""

    key = "coach_not_found"
    codes = (-32602,)
    messages = ("The coach not found in your settings",)


class ComponentDisabledError(PermissionDeniedError):
    """Component {component_name} has been disabled"""

    key = "component_disabled"
    codes = (-32008,)
    messages = ("Component {component_name} has been disabled",)


class ContactInBlacklistError(PermissionDeniedError):
    """The contact {contact} has been found in the blacklist"""

    key = "contact_in_blacklist"
    codes = (
        -32002,
        -32602,
    )
    messages = ("The contact {contact} has been found in the blacklist",)


class DataTypeError(ValidationError):
    """Data supplied is of wrong type"""

    key = "data_type_error"
    codes = (-32602,)
    messages = ("Data supplied is of wrong type",)


class DuplicateContactError(ConflictError):
    """The contact with phone number {contact_phone_number} already exists"""

    key = "duplicate_contact"
    codes = (-32602,)
    messages = ("The contact with phone number {contact_phone_number} already exists",)


class DuplicateTagError(ConflictError):
    """Duplicate tag"""

    key = "duplicate_tag"
    codes = (-32602,)
    messages = ("Duplicate tag",)


class EmployeeNotFoundError(NotFoundError):
    """Employee with id {employee_id} not found. It is not your employee."""

    key = "employee_not_found"
    codes = (-32602,)
    messages = ("Employee with id {employee_id} not found. It is not your employee.",)


class ForbiddenError(PermissionDeniedError):
    """Permission denied"""

    key = "forbidden"
    codes = (-32003,)
    messages = ("Permission denied",)


class InternalError(ServerError):
    """Internal error, contact the support service"""

    key = "internal_error"
    codes = (-32603,)
    messages = ("Internal error, contact the support service",)


class InvalidParameterValueError(ValidationError):
    """Invalid parameter value"""

    key = "invalid_parameter_value"
    codes = (-32602,)
    messages = ("Invalid parameter value",)


class InvalidParametersCombinationError(ValidationError):
    """The combination of parameters is not permitted"""

    key = "invalid_parameters_combination"
    codes = (-32602,)
    messages = ("The combination of parameters is not permitted",)


class InvalidRequestError(ValidationError):
    """Invalid Request The JSON sent is not a valid Request object"""

    key = "invalid_request"
    codes = (-32600,)
    messages = ("Invalid Request The JSON sent is not a valid Request object",)


class InvalidStateError(ConflictError):
    """This method can not be called in this state"""

    key = "invalid_state"
    codes = (-32004,)
    messages = ("This method can not be called in this state",)


class IpNotWhitelistedError(PermissionDeniedError):
    """Your IP {ip} is not whitelisted"""

    key = "ip_not_whitelisted"
    codes = (-32003,)
    messages = ("Your IP {ip} is not whitelisted",)


class LegNotFoundError(NotFoundError):
    """The call's leg not found"""

    key = "leg_not_found"
    codes = (-32602,)
    messages = ("The call\u0027s leg not found",)


class LimitExceededError(RateLimitError):
    """Limit per {limit_type} has been exceeded. Value of current limit per {limit_type} is {limit_max_value}"""

    key = "limit_exceeded"
    codes = (-32029,)
    messages = (
        "Limit per {limit_type} has been exceeded. Value of current limit per {limit_type} is {limit_max_value}",
    )


class MediaFileNotFoundError(NotFoundError):
    """The media file with id {media_file_id} not found"""

    key = "media_file_not_found"
    codes = (-32602,)
    messages = ("The media file with id {media_file_id} not found",)


class MethodNotFoundError(NotFoundError):
    """The method does not exist / is not available"""

    key = "method_not_found"
    codes = (-32601,)
    messages = ("The method does not exist / is not available",)


class NoActivePhoneNumberError(ValidationError):
    """The phone number does not exist or inactive"""

    key = "no_active_phone_number"
    codes = (-32602,)
    messages = ("The phone number does not exist or inactive",)


class NotificationsNotSupportedError(ValidationError):
    """Notifications not supported"""

    key = "notifications_not_supported"
    codes = (-32099,)
    messages = ("Notifications not supported",)


class OwnVirtualPhoneNumberNotAllowedError(ValidationError):
    """Parameter contact can not contain own virtual phone number"""

    key = "own_virtual_phone_number_not_allowed"
    codes = (-32602,)
    messages = ("Parameter contact can not contain own virtual phone number",)


class ParseError(ValidationError):
    """Invalid JSON was received by the server."""

    key = "parse_error"
    codes = (-32700,)
    messages = ("Invalid JSON was received by the server.",)


class RecordAlreadyStartedError(ConflictError):
    """The call record is already started"""

    key = "record_already_started"
    codes = (-32602,)
    messages = ("The call record is already started",)


class RecordAlreadyStoppedError(ConflictError):
    """The call record is not enabled"""

    key = "record_already_stopped"
    codes = (-32602,)
    messages = ("The call record is not enabled",)


class RequiredParameterMissedError(ValidationError):
    """The required parameter has been missed"""

    key = "required_parameter_missed"
    codes = (-32602,)
    messages = ("The required parameter has been missed",)


class ScenarioNotFoundError(NotFoundError):
    """Scenario with id {scenario_id} not found / Virtual phone number does not have a scenario"""

    key = "scenario_not_found"
    codes = (
        -32602,
        -32007,
    )
    messages = (
        "Scenario with id {scenario_id} not found",
        "Virtual phone number does not have a scenario",
    )


class TagNotFoundError(NotFoundError):
    """Tag with {tag_id} not found"""

    key = "tag_not_found"
    codes = (-32602,)
    messages = ("Tag with {tag_id} not found",)


class TalkOptionNotFoundError(NotFoundError):
    """Talk option not found"""

    key = "talk_option_not_found"
    codes = (-32602,)
    messages = ("Talk option not found",)


class TtsTextExceededError(ValidationError):
    """The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}"""

    key = "tts_text_exceeded"
    codes = (-32602,)
    messages = (
        "The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}",
    )


class VirtualPhoneNumberNotFoundError(NotFoundError):
    """Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number."""

    key = "virtual_phone_number_not_found"
    codes = (-32007,)
    messages = ("Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.",)


ERRORS: dict[str, type[RpcError]] = {
    "access_token_blocked": AccessTokenBlockedError,
    "access_token_expired": AccessTokenExpiredError,
    "access_token_invalid": AccessTokenInvalidError,
    "account_inactive": AccountInactiveError,
    "auth_error": AuthError,
    "batch_opreations_not_supported": BatchOpreationsNotSupportedError,
    "call_session_not_found": CallSessionNotFoundError,
    "character_encoding_not_allowed": CharacterEncodingNotAllowedError,
    "coach_not_found": CoachNotFoundError,
    "component_disabled": ComponentDisabledError,
    "contact_in_blacklist": ContactInBlacklistError,
    "data_type_error": DataTypeError,
    "duplicate_contact": DuplicateContactError,
    "duplicate_tag": DuplicateTagError,
    "employee_not_found": EmployeeNotFoundError,
    "forbidden": ForbiddenError,
    "internal_error": InternalError,
    "invalid_parameter_value": InvalidParameterValueError,
    "invalid_parameters_combination": InvalidParametersCombinationError,
    "invalid_request": InvalidRequestError,
    "invalid_state": InvalidStateError,
    "ip_not_whitelisted": IpNotWhitelistedError,
    "leg_not_found": LegNotFoundError,
    "limit_exceeded": LimitExceededError,
    "media_file_not_found": MediaFileNotFoundError,
    "method_not_found": MethodNotFoundError,
    "no_active_phone_number": NoActivePhoneNumberError,
    "notifications_not_supported": NotificationsNotSupportedError,
    "own_virtual_phone_number_not_allowed": OwnVirtualPhoneNumberNotAllowedError,
    "parse_error": ParseError,
    "record_already_started": RecordAlreadyStartedError,
    "record_already_stopped": RecordAlreadyStoppedError,
    "required_parameter_missed": RequiredParameterMissedError,
    "scenario_not_found": ScenarioNotFoundError,
    "tag_not_found": TagNotFoundError,
    "talk_option_not_found": TalkOptionNotFoundError,
    "tts_text_exceeded": TtsTextExceededError,
    "virtual_phone_number_not_found": VirtualPhoneNumberNotFoundError,
}


def error_from_wire(error: Mapping[str, Any], response: httpx.Response | None = None) -> RpcError:
    """The exception for a JSON-RPC error object: the documented class for its `mnemonic`, else RpcError."""
    data = error.get("data")
    key = data.get("mnemonic") if isinstance(data, Mapping) else None
    error_class = ERRORS.get(key, RpcError) if isinstance(key, str) else RpcError
    code = error.get("code")
    message = error.get("message")
    return error_class(
        code if isinstance(code, int) else 0,
        message if isinstance(message, str) else "",
        data,
        response,
    )


__all__ = [
    "ERRORS",
    "ApiError",
    "AuthenticationError",
    "ClientError",
    "ConflictError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "ValidationError",
    "RpcError",
    "UnexpectedReply",
    "error_from_wire",
    "AccessTokenBlockedError",
    "AccessTokenExpiredError",
    "AccessTokenInvalidError",
    "AccountInactiveError",
    "AuthError",
    "BatchOpreationsNotSupportedError",
    "CallSessionNotFoundError",
    "CharacterEncodingNotAllowedError",
    "CoachNotFoundError",
    "ComponentDisabledError",
    "ContactInBlacklistError",
    "DataTypeError",
    "DuplicateContactError",
    "DuplicateTagError",
    "EmployeeNotFoundError",
    "ForbiddenError",
    "InternalError",
    "InvalidParameterValueError",
    "InvalidParametersCombinationError",
    "InvalidRequestError",
    "InvalidStateError",
    "IpNotWhitelistedError",
    "LegNotFoundError",
    "LimitExceededError",
    "MediaFileNotFoundError",
    "MethodNotFoundError",
    "NoActivePhoneNumberError",
    "NotificationsNotSupportedError",
    "OwnVirtualPhoneNumberNotAllowedError",
    "ParseError",
    "RecordAlreadyStartedError",
    "RecordAlreadyStoppedError",
    "RequiredParameterMissedError",
    "ScenarioNotFoundError",
    "TagNotFoundError",
    "TalkOptionNotFoundError",
    "TtsTextExceededError",
    "VirtualPhoneNumberNotFoundError",
]
