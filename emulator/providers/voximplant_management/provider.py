"""The Voximplant Management API provider: every method group, with Voximplant's auth and error format."""

from __future__ import annotations

from typing import Any

from starlette.routing import BaseRoute

from ...core.provider import RequestView
from .access import AuthorizedIPs, PstnBlacklist, SipWhiteList
from .accounts import Accounts
from .admin import AdminUsers
from .app_secrets import Secrets
from .applications import Applications
from .audit import AuditLog
from .billing import Billing
from .call_list_extras import CallListExtras
from .control import control_routes
from .demo import seed_demo
from .history import History, Scenarios
from .kv import KeyValueStorage
from .numbers import CallerIDs, OutboundTestNumbers, SipRegistrations, WabPhoneNumbers
from .queues import Queues
from .sessions import ScenarioSessions
from .smartqueue import SmartQueue
from .sms import Sms
from .tenancy import authenticate


class VoximplantManagementProvider(
    Accounts,
    Applications,
    Queues,
    SmartQueue,
    CallListExtras,
    AuditLog,
    History,
    Scenarios,
    ScenarioSessions,
    KeyValueStorage,
    Secrets,
    AdminUsers,
    AuthorizedIPs,
    SipWhiteList,
    PstnBlacklist,
    Sms,
    CallerIDs,
    OutboundTestNumbers,
    SipRegistrations,
    WabPhoneNumbers,
    Billing,
):
    def authenticate(self, request: RequestView) -> Any:
        return authenticate(self.store, self.clock, request)

    def seed_demo(self) -> None:
        seed_demo(self)

    def control_routes(self) -> list[BaseRoute]:
        return control_routes(self)
