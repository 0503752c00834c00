"""SIP registrations: Voximplant registering at a customer's SIP server (PBX) so calls to it arrive.

Created, edited and deleted through the API (or put on an account by the control API); a new or changed
registration is in progress until the registrar answers, REGISTRATION_DELAY seconds later on the clock."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ...core.environment import Environment
from ...core.provider import ApiCall, Reply
from ...core.store import Event
from .base import DATE, DATETIME, Account, Base
from .errors import RULE_VIOLATED, not_found, vox_error
from .form import Form, listing, matches

REGISTRATION_DELAY = 2.0
SUBSCRIPTION_PRICE = 0.99  # a persistent registration's monthly price
TOPIC_REGISTERED = "voximplant-management.sip_registration.registered"

BINDING_FIELDS = ("application_id", "application_name", "rule_id", "rule_name", "user_id", "user_name")
SIP_FIELDS = (
    "sip_registration_id",
    "sip_username",
    "proxy",
    "outbound_proxy",
    "auth_user",
    "deactivated",
    "is_persistent",
    "last_updated",
    "next_subscription_renewal",
    "purchase_date",
    "subscription_price",
    "successful",
    "status_code",
    "error_message",
    "application_id",
    "application_name",
    "rule_id",
    "rule_name",
    "user_id",
    "user_name",
)


class SipRegistrations(Base):
    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        self.env.timeline.on(TOPIC_REGISTERED, self._on_registered)

    def rule(self, account: Account, app: dict[str, Any], form: Form) -> dict[str, Any] | None:
        rules = [r for r in self.all_of(account, "rule") if r["application_id"] == app["application_id"]]
        if form.has("rule_id"):
            found = [r for r in rules if r["rule_id"] == form.integer("rule_id")]
        elif form.has("rule_name"):
            found = [r for r in rules if r["rule_name"] == form.text("rule_name")]
        else:
            return None
        if not found:
            raise not_found("Rule")
        return found[0]

    def bind_sip_registration(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        bind = form.flag("bind", True)
        app = self.application(account, form, required=False)
        user: dict[str, Any] | None = None
        if app is not None and (form.has("user_id") or form.has("user_name")):
            users = self.store.find(account.ns, "user", "application_id", app["application_id"])
            key, value = (
                ("user_id", form.integer("user_id"))
                if form.has("user_id")
                else ("user_name", form.text("user_name"))
            )
            user = next((u for u in users if u[key] == value), None)
            if user is None:
                raise not_found(f"User {value}")
        rule = self.rule(account, app, form) if app is not None else None
        regs = self.all_of(account, "sip_registration")
        if form.has("sip_registration_id"):
            targets = [r for r in regs if r["sip_registration_id"] == form.integer("sip_registration_id")]
            if not targets:
                raise not_found(f"SIP registration {form.integer('sip_registration_id')}")
        elif not bind:
            targets = [
                r
                for r in regs
                if app is not None
                and r.get("application_id") == app["application_id"]
                and (user is None or r.get("user_id") == user["user_id"])
            ]
        else:
            raise vox_error(RULE_VIOLATED, "sip_registration_id is required to bind a SIP registration")
        for reg in targets:
            if bind:
                if user is not None:
                    # A user holds one SIP registration: binding a new one unbinds the previous.
                    for other in regs:
                        if other.get("user_id") == user["user_id"] and other is not reg:
                            other.update(dict.fromkeys(BINDING_FIELDS))
                            self.save(account, "sip_registration", other["sip_registration_id"], other)
                reg.update(
                    application_id=app["application_id"] if app else None,
                    application_name=app["application_name"] if app else None,
                    rule_id=rule["rule_id"] if rule else None,
                    rule_name=rule["rule_name"] if rule else None,
                    user_id=user["user_id"] if user else None,
                    user_name=user["user_name"] if user else None,
                )
            else:
                reg.update(dict.fromkeys(BINDING_FIELDS))
            self.save(account, "sip_registration", reg["sip_registration_id"], reg)
        return self.ok(result=1)

    def get_sip_registrations(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        regs = self.all_of(account, "sip_registration")
        if form.has("sip_registration_id"):
            regs = [r for r in regs if r["sip_registration_id"] == form.integer("sip_registration_id")]
        if form.has("sip_username"):
            regs = [r for r in regs if r["sip_username"] == form.text("sip_username")]
        for flag in ("deactivated", "successful", "is_persistent"):
            if form.has(flag):
                regs = [r for r in regs if bool(r.get(flag)) == form.flag(flag)]
        if form.has("in_progress"):
            regs = [r for r in regs if (r.get("status_code") is None) == form.flag("in_progress")]
        if form.has("is_bound_to_application"):
            regs = [r for r in regs if bool(r.get("application_id")) == form.flag("is_bound_to_application")]
        regs = [r for r in regs if matches(r.get("application_id"), form.ids("application_id"))]
        regs = [r for r in regs if matches(r.get("application_name"), form.names("application_name"))]
        regs = [r for r in regs if matches(r.get("rule_id"), form.ids("rule_id"))]
        regs = [r for r in regs if matches(r.get("rule_name"), form.names("rule_name"))]
        regs = [r for r in regs if matches(r.get("user_id"), form.ids("user_id"))]
        regs = [r for r in regs if matches(r.get("user_name"), form.names("user_name"))]
        regs = [r for r in regs if matches(r["proxy"], form.names("proxy"))]
        if form.has("status_code"):
            regs = [r for r in regs if _status_matches(r.get("status_code"), form.text("status_code"))]
        views = [{k: r[k] for k in SIP_FIELDS if r.get(k) is not None} for r in regs]
        result = listing(views, form)
        return self.ok(result=result["result"], count=result["count"])

    # --- managing registrations ---------------------------------------------------------------

    def _registration(self, account: Account, form: Form) -> dict[str, Any]:
        reg = self.one(account, "sip_registration", form.integer("sip_registration_id"))
        if reg is None:
            raise not_found(f"SIP registration {form.integer('sip_registration_id')}")
        return reg

    def _binding(
        self, account: Account, form: Form, current: dict[str, Any] | None = None
    ) -> dict[str, Any] | None:
        """The application, rule and user a create/update names, or None when it names none; naming the
        application a registration is already bound to keeps its rule and user unless they are named."""
        app = self.application(account, form, required=False)
        if app is None:
            return None
        binding: dict[str, Any] = dict.fromkeys(BINDING_FIELDS)
        if current is not None and current.get("application_id") == app["application_id"]:
            binding.update({k: current.get(k) for k in BINDING_FIELDS})
        binding.update(application_id=app["application_id"], application_name=app["application_name"])
        rule = self.rule(account, app, form)
        if rule is not None:
            binding.update(rule_id=rule["rule_id"], rule_name=rule["rule_name"])
        user = self.named_user(account, form, app)
        if user is not None:
            binding.update(user_id=user["user_id"], user_name=user["user_name"])
        return binding

    def _register(self, account: Account, reg: dict[str, Any]) -> None:
        """Start (again) registering at the proxy: in progress until the registrar answers."""
        reg.update(
            successful=False, status_code=None, error_message=None, last_updated=int(self.clock.time())
        )
        key = f"{account.account_id}:{reg['sip_registration_id']}"
        self.env.timeline.cancel(TOPIC_REGISTERED, key)
        self.env.timeline.after(
            REGISTRATION_DELAY,
            TOPIC_REGISTERED,
            {"account_id": account.account_id, "sip_registration_id": reg["sip_registration_id"]},
            key=key,
        )

    def _on_registered(self, event: Event) -> None:
        account = Account(int(event.payload["account_id"]))
        reg = self.one(account, "sip_registration", event.payload["sip_registration_id"])
        if reg is None:
            return  # deleted while it registered
        reg.update(successful=True, status_code=200, last_updated=int(self.clock.time()))
        self.save(account, "sip_registration", reg["sip_registration_id"], reg)

    def create_sip_registration(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        binding = self._binding(account, form)
        persistent = form.flag("is_persistent", True)
        now = self.clock.now()
        reg: dict[str, Any] = {
            "sip_registration_id": self.new_id("sip_registration", 1),
            "sip_username": form.text("sip_username"),
            "proxy": form.text("proxy"),
            "auth_user": form.get("auth_user"),
            "outbound_proxy": form.get("outbound_proxy"),
            "password": form.get("password"),
            "is_persistent": persistent,
            "deactivated": False,
            "purchase_date": now.strftime(DATETIME),
            "subscription_price": f"{SUBSCRIPTION_PRICE:.2f}",
            "next_subscription_renewal": (now + timedelta(days=30)).strftime(DATE),
            **(binding or dict.fromkeys(BINDING_FIELDS)),
        }
        if persistent:
            self.record_charge(
                account, SUBSCRIPTION_PRICE, f"SIP registration {reg['sip_username']}@{reg['proxy']}"
            )
        self._register(account, reg)
        self.save(account, "sip_registration", reg["sip_registration_id"], reg)
        return self.ok(result=1, sip_registration_id=reg["sip_registration_id"])

    def update_sip_registration(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        reg = self._registration(account, form)
        if reg.get("deactivated"):
            raise vox_error(RULE_VIOLATED, f"SIP registration {reg['sip_registration_id']} is deactivated")
        binding = self._binding(account, form, reg)
        if binding is not None:
            reg.update(binding)
        changed = False
        for name in ("sip_username", "proxy", "auth_user", "outbound_proxy", "password"):
            if form.has(name) and reg.get(name) != form.text(name):
                reg[name], changed = form.text(name), True
        if changed:  # new credentials or registrar: register again
            self._register(account, reg)
        self.save(account, "sip_registration", reg["sip_registration_id"], reg)
        return self.ok(result=1)

    def delete_sip_registration(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        reg = self._registration(account, form)
        self.env.timeline.cancel(TOPIC_REGISTERED, f"{account.account_id}:{reg['sip_registration_id']}")
        self.drop(account, "sip_registration", reg["sip_registration_id"])
        return self.ok(result=1)


def _status_matches(code: int | None, spec: str) -> bool:
    if code is None:
        return False
    for part in spec.split(";"):
        low, _, high = part.partition(":")
        if int(low) <= code <= int(high or low):
            return True
    return False
