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


VENDOR_ERRORS: tuple[str, ...] = ()


def _vendor_error(response: httpx.Response) -> tuple[type[ApiError], int | str | None, str, Any] | None:
    if response.status_code < 400:
        return None
    body = _json(response)
    message = body.get("error") if isinstance(body, dict) else None
    text = message if isinstance(message, str) else response.reason_phrase or "error"
    return kind_for_status(response.status_code), None, text, body


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
