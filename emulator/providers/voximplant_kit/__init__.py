"""Voximplant Kit API at /api (the main, messaging and CTI hosts' methods on one base path)."""

from __future__ import annotations

from .provider import VoximplantKitProvider

__all__ = ["VoximplantKitProvider"]
