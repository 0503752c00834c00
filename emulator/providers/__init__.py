"""One provider per API; each holds only that vendor's behaviour."""

from __future__ import annotations

from ..core.provider import Provider
from .callgear_call_api import CallgearCallApiProvider
from .ccai_platform import CcaiPlatformProvider
from .voximplant_kit import VoximplantKitProvider
from .voximplant_management import VoximplantManagementProvider
from .voxology import VoxologyProvider

PROVIDERS: list[type[Provider]] = [
    CcaiPlatformProvider,
    CallgearCallApiProvider,
    VoximplantKitProvider,
    VoximplantManagementProvider,
    VoxologyProvider,
]
