"""Test helpers for users' own suites: the emulator in process or on a socket, and generated clients on it."""

from .clients import DEMO_TENANTS, Tenant
from .connection import EmulatorConnection
from .inprocess import InProcessEmulator
from .server import ServedEmulator

__all__ = ["DEMO_TENANTS", "EmulatorConnection", "InProcessEmulator", "ServedEmulator", "Tenant"]
