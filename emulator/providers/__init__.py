"""One provider per API; each holds only that vendor's behaviour."""

from __future__ import annotations

from ..core.provider import Provider
from .ccai_platform import CcaiPlatformProvider
from .voximplant_management import VoximplantManagementProvider

PROVIDERS: list[type[Provider]] = [CcaiPlatformProvider, VoximplantManagementProvider]
