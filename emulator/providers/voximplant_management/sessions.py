"""Call sessions that rules start: StartScenarios runs a rule's scenarios in a new media session, and an
inbound call is routed by the rules' patterns to the first matching rule's scenarios.

A session is in the call history from its start. A StartScenarios session whose script_custom_data is a
phone number places one call to it (the usual outbound scenario), which plays out by the far-end model;
an inbound call is answered by its scenario and lasts as long as the caller (its far end) talks. The
session ends with its call, on the emulator clock.
"""

from __future__ import annotations

import re
from typing import Any

from ...core.environment import Environment
from ...core.farend import FarEnd
from ...core.provider import ApiCall, Reply
from ...core.store import Event
from .base import Account
from .dialler import END_REASONS, PRICE_PER_MINUTE, RING_TIMEOUT_S, SCENARIO_TALK_S
from .errors import invalid, not_found
from .routing import RoutingRules

TOPIC_ENDED = "voximplant-management.session.ended"
# An outbound scenario's custom data that is a number: the number it dials.
DIALLED = re.compile(r"\+?[0-9]{5,15}")


class ScenarioSessions(RoutingRules):
    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        env.timeline.on(TOPIC_ENDED, self._on_session_ended)

    # --- starting sessions --------------------------------------------------------------------

    def start_scenarios(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        rule = self.named_rule(account, form)
        app = self.one(account, "application", rule["application_id"])
        if app is None:
            raise not_found(f"Application {rule['application_id']}")
        user = self.named_user(account, form, app)
        user_id = user["user_id"] if user else 0
        if form.has("reference_ip") and not re.fullmatch(r"[0-9.:a-fA-F]+", form.text("reference_ip")):
            raise invalid("reference_ip must be an IP address")
        custom = form.text("script_custom_data")
        host = call.headers.get("host", "api.voximplant.com")
        session = self.open_session(
            account, app, rule, user_id, custom, host, call.base_url.split("://", 1)[0]
        )
        if DIALLED.fullmatch(custom):
            self.place_call(account, session, custom.lstrip("+"))
        else:  # a scenario that calls nobody ends once it has run
            self.end_after(account, session, 0.0, {})
        return self.ok(
            result=1,
            call_session_history_id=session["call_session_history_id"],
            media_session_access_url=session["media_session_access_url"],
            media_session_access_secure_url=session["media_session_access_secure_url"],
        )

    def route_inbound(self, account: Account, to: str, caller: str) -> dict[str, Any]:
        """The session of an inbound call to `to`: the first rule (applications in id order, rules in their
        routing order; only the application a bought number is bound to, when it is) whose pattern matches
        the whole destination and whose exclusion does not."""
        phone = next((p for p in self.all_of(account, "phone") if str(p.get("phone_number")) == to), None)
        apps = sorted(self.all_of(account, "application"), key=lambda a: a["application_id"])
        if phone is not None and phone.get("application_id"):
            apps = [a for a in apps if a["application_id"] == phone["application_id"]]
        for app in apps:
            for rule in self.app_rules(account, app["application_id"]):
                if rule.get("video_conference"):
                    continue
                if not _matches(rule.get("rule_pattern", ".*"), to):
                    continue
                exclude = rule.get("rule_pattern_exclude") or ""
                if exclude and _matches(exclude, to):
                    continue
                session = self.open_session(account, app, rule, 0, "", "api.voximplant.com", "https")
                self.answer_inbound(account, session, to, caller)
                return session
        raise LookupError(f"no rule of account {account.account_id} matches {to}")

    def open_session(
        self,
        account: Account,
        app: dict[str, Any],
        rule: dict[str, Any],
        user_id: int,
        custom: str,
        host: str,
        scheme: str,
    ) -> dict[str, Any]:
        session = self.new_call_session(account, app, rule, user_id, custom, (scheme, host))
        session_id = session["call_session_history_id"]
        session.update(duration=0, scenario_ids=list(rule.get("scenarios", [])), started_at=self.clock.time())
        self.save_dated(account, "call_session", session_id, session, session["start_date"])
        return session

    # --- the session's call -------------------------------------------------------------------

    def place_call(self, account: Account, session: dict[str, Any], number: str) -> None:
        far_end = self.env.farend.rule(self.api_id, str(account.account_id), number)
        call = {"remote_number": number, "local_number": "", "incoming": False}
        if far_end.answers:
            talk = SCENARIO_TALK_S if far_end.talk_s is None else far_end.talk_s
            self.end_after(account, session, far_end.answer_after_s + talk, {**call, "talk_s": talk})
            return
        ring = RING_TIMEOUT_S if far_end.outcome == "no_answer" else far_end.answer_after_s
        self.end_after(account, session, ring, {**call, "outcome": far_end.outcome})

    def answer_inbound(self, account: Account, session: dict[str, Any], to: str, caller: str) -> None:
        far_end: FarEnd = self.env.farend.rule(self.api_id, str(account.account_id), caller or "default")
        talk = SCENARIO_TALK_S if far_end.talk_s is None else far_end.talk_s
        call = {"remote_number": caller, "local_number": to, "incoming": True, "talk_s": talk}
        self.end_after(account, session, talk, call)

    def end_after(
        self, account: Account, session: dict[str, Any], seconds: float, call: dict[str, Any]
    ) -> None:
        payload = {
            "account_id": account.account_id,
            "session_id": session["call_session_history_id"],
            "call": call,
        }
        key = f"{account.account_id}:{session['call_session_history_id']}"
        self.env.timeline.after(seconds, TOPIC_ENDED, payload, key=key)

    def _on_session_ended(self, event: Event) -> None:
        account = Account(int(event.payload["account_id"]))
        session = self.one(account, "call_session", event.payload["session_id"])
        if session is None:
            return
        spec: dict[str, Any] = event.payload["call"]
        session["duration"] = round(self.clock.time() - float(session["started_at"]))
        session["finish_reason"] = "Normal termination"
        if spec:
            session["calls"] = [self._call_record(account, session, spec)]
        self.save(account, "call_session", session["call_session_history_id"], session)

    def _call_record(self, account: Account, session: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
        talk = round(float(spec["talk_s"])) if "talk_s" in spec else 0
        call: dict[str, Any] = {
            "call_id": self.new_id("call", 1),
            "start_time": session["start_date"],
            "duration": talk,
            "local_number": spec["local_number"],
            "remote_number": spec["remote_number"],
            "remote_number_type": "pstn",
            "incoming": spec["incoming"],
            "successful": "talk_s" in spec,
            "media_server_address": "127.0.0.1",
            "cost": 0.0,
            "custom_data": session.get("custom_data", ""),
        }
        if "talk_s" in spec:  # a connected call is charged per started minute
            call["cost"] = round(PRICE_PER_MINUTE * max(1, -(-talk // 60)), 4)
            what = f"Call {spec['local_number'] or 'scenario'} -> {spec['remote_number']}"
            call["transaction_id"] = self.record_charge(account, call["cost"], what)
        else:
            call["transaction_id"] = self.new_id("transaction", 70001)
            code, text = END_REASONS.get(str(spec.get("outcome")), (500, "Server Internal Error"))
            call["end_reason"] = {"code": code, "description": text}
        return call


def _matches(pattern: str, destination: str) -> bool:
    try:
        return re.fullmatch(pattern, destination) is not None
    except re.error:  # patterns are checked when saved; one from the control API may still be broken
        return False
