"""CallGear Call API (JSON-RPC 2.0) at /v4.0."""

from __future__ import annotations

from .provider import CallgearCallApiProvider

__all__ = ["CallgearCallApiProvider"]
