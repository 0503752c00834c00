"""The Voximplant Management API: behaviour only; the spec drives routing and validation."""

from .provider import VoximplantManagementProvider

__all__ = ["VoximplantManagementProvider"]
