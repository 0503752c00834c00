"""The one exception providers raise; each provider renders it in its vendor's error format."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """A request the vendor would refuse: an HTTP status plus a human-readable message."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        headers: dict[str, str] | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}
        # Vendor-specific extras (error codes, mnemonics) that a provider's error format may carry.
        self.details = details or {}
