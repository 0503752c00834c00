"""Google CCAI Platform Apps API at /apps/api/v1."""

from __future__ import annotations

from .provider import CcaiPlatformProvider

__all__ = ["CcaiPlatformProvider"]
