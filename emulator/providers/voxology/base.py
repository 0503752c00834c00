"""What every Voxology behaviour module shares: the caller's scope, time, ids and phone number forms."""

from __future__ import annotations

import re
from typing import Any

from ...core.errors import ApiError
from ...core.provider import ApiCall, Provider
from ...core.store import Document
from . import wire
from .errors import fail
from .tenancy import API_ID, DEFAULT_APP_SETTINGS, DIRECTORY, PARENT, Scope, iso

REPLY = (
    f"{API_ID}.reply"  # the timeline topic the core outbox fires when a delivery that needs an answer settles
)

E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
SIP = re.compile(r"^[^@\s]+@[A-Za-z0-9.-]+$")


def formatted(no: str) -> str:
    """(714) 555-1212 for NANP numbers, the E.164 form otherwise."""
    if no.startswith("+1") and len(no) == 12:
        return f"({no[2:5]}) {no[5:8]}-{no[8:]}"
    return no


def country_of(no: str) -> str:
    return "US" if no.startswith("+1") else "ZZ"


class VoxologyBase(Provider):
    api_id = API_ID

    def now(self) -> str:
        return iso(self.clock.now())

    def scope(self, call: ApiCall) -> Scope:
        """The application of the API key, narrowed to a Sub Account by the /SubAccounts/{id} prefix."""
        app: Document = call.principal
        raw = call.server_variables.get("subaccount_id")
        if raw is None:
            return Scope(app["app_id"], PARENT, app["account_id"])
        return self.subaccount_scope(app, raw)

    def subaccount_scope(self, app: Document, raw: Any) -> Scope:
        text = str(raw)
        if not text.isdigit():
            raise fail(404801, f"Sub Account {text} never existed under this application.")
        sub = self.store.get(f"{API_ID}/{app['app_id']}", "subaccount", text)
        if sub is None:
            raise fail(404801, f"Sub Account {text} never existed under this application.")
        if sub.get("x_deleted"):
            raise fail(404802, f"Sub Account {text} no longer exists.")
        return Scope(app["app_id"], int(text), app["account_id"])

    def scope_for(self, app_id: str, subaccount_id: int) -> Scope | None:
        """The scope an event or a delivery was about (None once its application is gone)."""
        app = self.store.get(DIRECTORY, "app", app_id)
        return None if app is None else Scope(app_id, int(subaccount_id), app["account_id"])

    def deliver(
        self,
        scope: Scope,
        kind: str,
        endpoint: Document,
        payload: Document,
        *,
        reply: bool = False,
        timeout_s: float | None = None,
        **refs: Any,
    ) -> Document:
        """Send `payload` to a customer endpoint ({url, method, content_type, headers, timeout}) through the
        core outbox, encoded as the endpoint asks; `reply`: its answer comes back on the REPLY topic."""
        method = str(endpoint.get("method") or "POST").upper()
        content, content_type, query = wire.encode(
            method, str(endpoint.get("content_type") or "application/json"), payload
        )
        headers = endpoint.get("headers") or {}
        return self.env.outbox.send(
            api=API_ID,
            tenant=scope.app_id,
            kind=kind,
            url=str(endpoint.get("url") or ""),
            method=method,
            content=content,
            content_type=content_type,
            payload=payload,
            query=query,
            headers={str(k): str(v) for k, v in headers.items()},
            timeout_s=float(timeout_s if timeout_s is not None else endpoint.get("timeout") or 5),
            max_response_bytes=wire.MAX_RESPONSE_BYTES if reply else None,
            reply_topic=REPLY if reply else None,
            refs={"subaccount_id": scope.subaccount_id, **refs},
        )

    def app_settings(self, scope: Scope) -> dict[str, Any]:
        app = self.store.get(DIRECTORY, "app", scope.app_id) or {}
        return {**DEFAULT_APP_SETTINGS, **app.get("settings", {})}

    def sip_domain(self, scope: Scope) -> str:
        return f"{scope.app_id[:4]}-{scope.subaccount_id:05d}.accounts.sip.voxolo.gy"

    def number(self, scope: Scope, no: str) -> Document | None:
        """A number provisioned in this scope (released ones are gone)."""
        found = self.store.get(scope.ns, "number", no)
        return None if found is None or found["status"] == "released" else self.refresh(scope, found)

    def refresh(self, scope: Scope, number: Document) -> Document:
        """A number being routed is routed once its estimated active date has come."""
        if number["status"] == "routing" and self.clock.time() >= number.get("x_ready", 0):
            number["status"] = "routed"
            number["estimated_active_date_user_message"] = None
            self.store.put(scope.ns, "number", number["no"], number)
        return number

    def caller_identity(self, scope: Scope, no: str) -> Document | None:
        """What may appear as Caller ID: a routed number on CallFlows, or a verified Caller ID."""
        number = self.number(scope, no)
        if number is not None and number["assigned_to"] == "CallFlows" and number["status"] == "routed":
            return number
        caller = self.store.get(scope.ns, "caller_id", no)
        if caller is not None and caller["status"] == "verified":
            return caller
        return None

    def not_found(self, code: int, what: str) -> ApiError:
        return fail(code, what)
