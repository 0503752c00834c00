"""Voximplant's error replies: `{"error": {"code": N, "msg": "..."}}`, sent with HTTP 200 like its results."""

from __future__ import annotations

from ...core.errors import ApiError

# Codes of Voximplant's published HTTP API error list.
AUTHORIZATION_FAILED = 100
INVALID_ARGUMENTS = 101
MISSING_COMMAND = 102
UNKNOWN_COMMAND = 103
UNSUPPORTED_OUTPUT = 105
INVALID_APPLICATION_NAME = 107
INVALID_DATE_FORMAT = 111
# Codes the method documentation names.
CALL_LIST_NOT_FOUND = 251
INVALID_SERVER_LOCATION = 496
# Refusals the documentation gives no code for: the emulator's own codes.
NOT_FOUND = 404
ALREADY_EXISTS = 409
RULE_VIOLATED = 422


def vox_error(code: int, message: str) -> ApiError:
    return ApiError(200, message, details={"code": code})


def not_found(what: str) -> ApiError:
    return vox_error(NOT_FOUND, f"{what} not found")


def already_exists(what: str) -> ApiError:
    return vox_error(ALREADY_EXISTS, f"{what} already exists")


def invalid(message: str) -> ApiError:
    return vox_error(INVALID_ARGUMENTS, message)


def error_code(error: ApiError) -> int:
    """The Voximplant code for any refusal, including the core's routing, auth and validation errors."""
    code = error.details.get("code")
    if isinstance(code, int):
        return code
    command = error.details.get("command")
    if command == "missing":
        return MISSING_COMMAND
    if command == "unknown" or error.status in (404, 405):
        return UNKNOWN_COMMAND
    if error.status == 401:
        return AUTHORIZATION_FAILED
    return INVALID_ARGUMENTS
