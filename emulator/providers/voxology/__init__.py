"""Voxology Programmable Voice and Messaging API behaviour."""

from .provider import VoxologyProvider

__all__ = ["VoxologyProvider"]
