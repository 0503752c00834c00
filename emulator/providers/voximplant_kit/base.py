"""The Kit provider's protocol: credentials, the error body, rate limits; its calls and campaign dialling."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

import jwt

from ...core.auth import secrets_match
from ...core.environment import Environment
from ...core.errors import ApiError
from ...core.provider import ApiCall, Handler, Provider, Reply, RequestView
from ...core.ratelimit import RateLimit
from ...core.store import Document
from .agent_campaigns import PdsFamily
from .calls import Calls
from .dialer import DialerFamily
from .outbound import OutboundFamily
from .pacing import Pacer
from .tenancy import API_ID, get_account, namespace, put_account

FORBIDDEN = "You are not allowed to perform this action."
# Methods a read-only API token may call: searches, reads, exports and report downloads.
READ_ONLY_OPERATIONS = frozenset(
    {
        "getAccountInfo",
        "searchSettings",
        "calls_searchCalls",
        "exportHistoryReport",
        "getHistoryReportStatus",
        "downloadHistoryReport",
        "history_searchCalls_v3",
        "history_searchCalls_v4",
        "exportCallsHistoryReport",
        "getReportStatus",
        "downloadReport",
        "outbound_searchCampaigns",
        "outbound_stat",
        "searchAttempts",
        "exportStatReport",
        "getStatReportStatus",
        "downloadStatReport",
        "searchScenarios",
        "getScenarioVariables",
        "searchNumbers",
        "searchCallerIDs",
        "getListTimezones",
        "getTimezonesByNumber",
        "searchTags",
        "kv_get",
        "agentCampaigns_searchCampaigns",
        "agentCampaigns_searchContacts",
        "searchCampaignLists",
        "getStat",
        "campaigns_search",
        "searchLists",
        "campaigns_searchContacts",
        "searchQueues",
        "searchUsers",
        "searchGroups",
        "searchDncContacts",
        "callback_search",
        "getAgentsMetricsCalls",
    }
)
INDEXES: dict[str, tuple[str, ...]] = {
    "row": ("campaign_id",),
    "campaign": ("scenario_id", "phone_number_id"),
    "attempt": ("campaign_id",),
    "pds_contact": ("agent_campaign_id", "agent_campaign_list_id"),
    "pds_list": ("agent_campaign_id",),
    "dialer_list": ("_campaign_id",),
    "dialer_contact": ("list_id",),
    "number": ("phone_number",),
    "callerid": ("callerid_number",),
    "conversation": ("_client_key",),
}
# Tags of the contact-center features an account may have switched off.
CONTACT_CENTER_TAGS = frozenset({"PDSCampaigns", "CTI", "Queues", "RealtimeMetrics"})
CONTACT_CENTER_OPERATIONS = frozenset({"createAgent", "updateAgent"})


class KitBase(Provider):
    api_id = API_ID
    # Kit runs on PHP; its official PHP client writes true as `1` and false as an empty string (see the spec).
    php_booleans: ClassVar[bool] = True
    multipart_forms: ClassVar[bool] = True  # every method takes form data, multipart as well (the overview)

    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        self.calls = Calls(env)
        self.pacer = Pacer(env, self.calls)
        for family in (OutboundFamily, PdsFamily, DialerFamily):
            self.pacer.add(family(env, self.calls, self.pacer))
        # What requests and timeline events find documents by: their cost does not grow with the account.
        for kind, fields in INDEXES.items():
            env.store.index(kind, *fields)

    # --- protocol hooks ------------------------------------------------------------------------

    def authenticate(self, request: RequestView) -> Any:
        security = request.security
        if any("channelJwt" in requirement for requirement in security):
            return self._channel_principal(request)
        token = _credential(request, "access_token")
        domain = _credential(request, "domain")
        if not token or not domain:
            raise ApiError(401, "Authorization required: pass access_token and domain")
        account = get_account(self.store, domain)
        entry = None
        if account is not None:
            entry = next((t for t in account["tokens"] if secrets_match(token, t["token"])), None)
        if account is None or entry is None:
            raise ApiError(401, "Invalid access token or account name")
        return {"account": account, "token": entry}

    def _channel_principal(self, request: RequestView) -> Any:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise ApiError(401, "Authorization required: Bearer token of botService/login")
        try:
            unverified = jwt.decode(token, options={"verify_signature": False})
            account = get_account(self.store, str(unverified.get("domain", "")))
            if account is None:
                raise jwt.InvalidTokenError("unknown account")
            # Expiry is checked against the emulator clock below, which tests can advance.
            claims = jwt.decode(
                token,
                account["jwt_secret"],
                algorithms=["HS256"],
                options={"verify_exp": False, "verify_iat": False, "verify_nbf": False},
            )
        except jwt.InvalidTokenError:
            raise ApiError(401, "Invalid token") from None
        if claims.get("exp", 0) < self.clock.time():
            raise ApiError(401, "Token expired: refresh it with botService/refreshToken")
        return {"account": account, "token": None, "channel_uuid": claims["sub"]}

    def rate_limit(self, principal: Any) -> tuple[str, RateLimit] | None:
        account = principal["account"]
        per_second = int(account["rate_limit_per_second"])
        return f"{API_ID}/{account['domain']}", RateLimit(
            requests=per_second, per_seconds=1.0, scope="account"
        )

    def render_error(self, error: ApiError) -> Reply:
        status = error.status
        body = {"success": False, "result": {"error": error.message, "code": status}}
        return Reply(status=status, body=body, headers=error.headers)

    def handler_for(self, operation_id: str) -> Handler | None:
        handler = super().handler_for(operation_id)
        if handler is None:
            return None
        inner = handler

        def guarded(call: ApiCall) -> Reply:
            if call.principal is not None:
                self._check_access(call)
                # Refresh the account first: a stale copy would undo what a call's end charged.
                account = get_account(self.store, call.principal["account"]["domain"])
                if account is not None:
                    call.principal["account"] = account
            return inner(call)

        return guarded

    def _check_access(self, call: ApiCall) -> None:
        token = call.principal.get("token")
        operation = call.operation
        if token and token.get("read_only") and operation.operation_id not in READ_ONLY_OPERATIONS:
            raise ApiError(403, FORBIDDEN)
        account = call.principal["account"]
        contact_center = (
            set(operation.tags) & CONTACT_CENTER_TAGS or operation.operation_id in CONTACT_CENTER_OPERATIONS
        )
        if contact_center and not account["contact_center"]:
            raise ApiError(403, "Contact center is disabled for this account")

    def kick(self, call: ApiCall, family: str, campaign_id: int) -> None:
        """Let a campaign look at its contacts now (its status or its contacts changed)."""
        self.pacer.kick(self.ns(call), family, campaign_id)

    # --- helpers -------------------------------------------------------------------------------

    def ns(self, call: ApiCall) -> str:
        return namespace(call.principal["account"]["domain"])

    def account(self, call: ApiCall) -> Document:
        account: Document = call.principal["account"]
        return account

    def now(self) -> datetime:
        return self.clock.now()

    def save_account(self, account: Document) -> None:
        put_account(self.store, account)

    def entity(self, call: ApiCall, kind: str, entity_id: Any, label: str) -> Document:
        found = self.store.get(self.ns(call), kind, str(entity_id))
        if found is None:
            raise ApiError(404, f"{label} {entity_id} not found")
        return found

    def user_id(self, call: ApiCall) -> int:
        token = call.principal.get("token") or {}
        return int(token.get("user_id", 1))


def _credential(request: RequestView, name: str) -> str | None:
    values = request.query.get(name)
    if values:
        return values[-1]
    if isinstance(request.body, dict):
        value = request.body.get(name)
        if value is not None:
            return str(value)
    return None
