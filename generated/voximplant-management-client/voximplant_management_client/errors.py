"""The errors the API functions raise.

``sync()`` and ``asyncio()`` return the success model or raise an ``ApiError``: the subclass for the kind of
refusal (``AuthenticationError``, ``PermissionDeniedError``, ``NotFoundError``, ``ValidationError``,
``RateLimitError``, ...) or for the vendor's own error code, carrying the HTTP ``status``, the vendor's
``code`` and ``message``, the decoded ``body`` and the raw ``httpx.Response``. The ``*_detailed`` functions
raise none of these: they return the ``Response`` whatever it holds.
"""

import json
from typing import Any

import httpx


class ApiError(Exception):
    """A refusal of the API: its HTTP status, the vendor's code and message, the body and the response."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        code: int | str | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.message = message
        self.status = status
        self.code = code
        self.body = body
        self.response = response
        label = f"HTTP {status}" if code is None else f"HTTP {status}, code {code}"
        super().__init__(f"{label}: {message}")


class AuthenticationError(ApiError):
    """The credentials are missing, wrong or expired."""


class PaymentRequiredError(ApiError):
    """The account's balance or plan does not allow the request."""


class PermissionDeniedError(ApiError):
    """The credentials are good but not allowed to do this."""


class NotFoundError(ApiError):
    """What the request names does not exist."""


class ConflictError(ApiError):
    """The request conflicts with what exists (a duplicate, a locked resource)."""


class ValidationError(ApiError):
    """The request is malformed or its values are not accepted."""


class RateLimitError(ApiError):
    """Too many requests; ``retry_after`` is the wait the server asked for, in seconds, when it said."""

    @property
    def retry_after(self) -> float | None:
        value = self.response.headers.get("retry-after") if self.response is not None else None
        try:
            return float(value) if value is not None else None
        except ValueError:
            return None


class ServerError(ApiError):
    """The server failed (5xx)."""


class UnexpectedStatus(ApiError):
    """Raised by ``*_detailed`` functions for an undocumented status when Client.raise_on_unexpected_status is
    True, and by ``sync()``/``asyncio()`` for any answer that is neither a success nor a documented error."""

    def __init__(self, status_code: int, content: bytes, response: httpx.Response | None = None):
        self.status_code = status_code
        self.content = content
        super().__init__(
            f"Unexpected response; content: {content.decode(errors='ignore')[:500]}",
            status=status_code,
            response=response,
        )


# The kind of a refusal by its HTTP status, when the vendor's body says nothing more specific.
BY_STATUS: dict[int, type[ApiError]] = {
    400: ValidationError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    423: ConflictError,
    429: RateLimitError,
}


def kind_for_status(status: int) -> type[ApiError]:
    if status >= 500:
        return ServerError
    return BY_STATUS.get(status, ApiError)


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except ValueError:
        return None


class AuthorizationFailedError(AuthenticationError):
    """100: Authorization failed."""


class InvalidArgumentsError(ValidationError):
    """101: Invalid arguments."""


class MissingCommandError(ValidationError):
    """102: Missing 'cmd' parameter."""


class UnknownCommandError(NotFoundError):
    """103: Unknown command."""


class UnsupportedOutputError(ValidationError):
    """105: The required output format type is not supported."""


class InvalidApplicationNameError(ValidationError):
    """107: Invalid application name."""


class InvalidDateFormatError(ValidationError):
    """111: Invalid date format."""


class CallListNotFoundError(NotFoundError):
    """251: The call list does not exist."""


class InvalidServerLocationError(ValidationError):
    """496: The 'server_location' parameter is invalid."""


class ObjectNotFoundError(NotFoundError):
    """404: An unknown id or name (a code the documentation does not give; the emulator's)."""


class AlreadyExistsError(ConflictError):
    """409: A duplicate name (the emulator's code)."""


class RuleViolatedError(ValidationError):
    """422: A broken business rule, such as the password policy (the emulator's code)."""


# Voximplant's error codes -> their classes.
CODES: dict[int, type[ApiError]] = {
    100: AuthorizationFailedError,
    101: InvalidArgumentsError,
    102: MissingCommandError,
    103: UnknownCommandError,
    105: UnsupportedOutputError,
    107: InvalidApplicationNameError,
    111: InvalidDateFormatError,
    251: CallListNotFoundError,
    404: ObjectNotFoundError,
    409: AlreadyExistsError,
    422: RuleViolatedError,
    496: InvalidServerLocationError,
}
VENDOR_ERRORS: tuple[str, ...] = tuple(error.__name__ for error in CODES.values()) + ("CODES",)


def _vendor_error(response: httpx.Response) -> tuple[type[ApiError], int | str | None, str, Any] | None:
    # Only a body that mentions "error" can hold one: skip decoding every result twice.
    if response.status_code < 400 and b'"error"' not in response.content:
        return None
    body = _json(response)
    error = body.get("error") if isinstance(body, dict) else None
    details = error if isinstance(error, dict) else {}
    if not details and response.status_code < 400:
        return None
    code, message = details.get("code"), details.get("msg")
    text = message if isinstance(message, str) else response.reason_phrase or "error"
    number = code if isinstance(code, int) else None
    if response.status_code >= 400:  # what never reached a method (a failing server, an unknown path)
        return kind_for_status(response.status_code), number, text, body
    return CODES.get(number, ApiError) if number is not None else ApiError, number, text, body


def error_for(response: httpx.Response) -> ApiError | None:
    """The exception for a response that carries an error (in the vendor's format), else None."""
    found = _vendor_error(response)
    if found is None:
        if response.status_code < 400:
            return None
        body = _json(response)
        found = (kind_for_status(response.status_code), None, response.reason_phrase or "error", body)
    error_class, code, message, body = found
    return error_class(message, status=response.status_code, code=code, body=body, response=response)


def raise_for_response(response: httpx.Response) -> None:
    """Raise the exception for a response that carries an error; return for a success."""
    error = error_for(response)
    if error is not None:
        raise error


__all__ = [
    "ApiError",
    "AuthenticationError",
    "ConflictError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnexpectedStatus",
    "ValidationError",
    "error_for",
    "raise_for_response",
    *VENDOR_ERRORS,
]
