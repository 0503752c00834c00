"""Voximplant Kit API behaviour: every operation's handler, gathered from the handler modules."""

from __future__ import annotations

from typing import Any

from starlette.routing import BaseRoute

from .control import control_routes
from .demo import seed_demo
from .handlers_core import CoreHandlers
from .handlers_dialer import DialerHandlers
from .handlers_directory import DirectoryHandlers
from .handlers_history import HistoryHandlers
from .handlers_messaging import MessagingHandlers
from .handlers_outbound import OutboundHandlers
from .handlers_pds import PdsHandlers
from .inspect import inspector_calls


class VoximplantKitProvider(
    CoreHandlers,
    HistoryHandlers,
    OutboundHandlers,
    PdsHandlers,
    DialerHandlers,
    DirectoryHandlers,
    MessagingHandlers,
):
    def seed_demo(self) -> None:
        seed_demo(self)

    def control_routes(self) -> list[BaseRoute]:
        return control_routes(self)

    def inspector_calls(self) -> list[dict[str, Any]]:
        return inspector_calls(self.store)
