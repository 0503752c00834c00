"""The Voximplant Management API provider: every method group, with Voximplant's auth and error format."""

from __future__ import annotations

from typing import Any

from starlette.routing import BaseRoute

from ...core.provider import RequestView
from .access import AuthorizedIPs, PstnBlacklist, SipWhiteList
from .accounts import Accounts
from .acd_stats import AcdStatistics
from .admin import AdminUsers
from .api_keys import ApiKeys
from .app_secrets import Secrets
from .applications import Applications
from .audit import AuditLog
from .billing import Billing
from .call_list_extras import CallListExtras
from .control import control_routes
from .demo import seed_demo
from .dialogflow import DialogflowKeys
from .history import History, Scenarios
from .inspect import inspector_calls
from .kv import KeyValueStorage
from .numbers import CallerIDs, OutboundTestNumbers
from .plans import Plans
from .push import PushCredentials
from .queues import Queues
from .regulations import Regulations
from .roles import Roles
from .sessions import ScenarioSessions
from .sip_registrations import SipRegistrations
from .smartqueue import SmartQueue
from .sms import Sms
from .subusers import SubUsers
from .tenancy import authenticate
from .wab_numbers import WabPhoneNumbers


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
    Roles,
    SubUsers,
    ApiKeys,
    PushCredentials,
    DialogflowKeys,
    AcdStatistics,
    Plans,
    Regulations,
):
    def authenticate(self, request: RequestView) -> Any:
        return authenticate(self.store, self.clock, request)

    def seed_demo(self) -> None:
        seed_demo(self)

    def control_routes(self) -> list[BaseRoute]:
        return control_routes(self)

    def inspector_calls(self) -> list[dict[str, Any]]:
        return inspector_calls(self.store)
