"""CallGear call management: the methods that act on a call session, under the documented state rules."""

from __future__ import annotations

from typing import Any

from ...core.jsonrpc_provider import RpcCall
from ...core.store import Document
from . import calls
from .accounts import namespace
from .lifecycle import CallLifecycle


class CallManagement(CallLifecycle):
    def __init__(self, env: Any) -> None:
        super().__init__(env)
        self.store.index("employee", "extension")  # make.call finds an employee by extension

    def _join(self, session: Document, role: str, number: str, employee: Document | None) -> None:
        """A consultant or coach leg joins the session and rings (an employee by id, else the number)."""
        leg = calls.new_leg(
            self.store.next_id(self._ns_of(session), "leg", start=287866221),
            role,
            session["virtual_phone_number"],
            number,
            party=str(employee["id"]) if employee else number,
            state=calls.LEG_DIALING,
            employee=employee,
            recording=session["recording"],
        )
        session["legs"].append(leg)
        self.ring(session, leg)

    def _ns_of(self, session: Document) -> str:
        return namespace(session["account_id"])

    def make_call(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        self._require_state(call, session, calls.HOLD)
        ns, to = self._ns(call), call.params["to"]
        employee = next(iter(self.store.find(ns, "employee", "extension", to)), None)
        number = to
        if employee is not None:
            active = [n["number"] for n in employee["phone_numbers"] if n["active"]]
            if not active:
                raise self.error(call, "no_active_phone_number", field="to", value=to)
            number = active[0]
        elif to.isdigit() and len(to) <= 5:  # an extension nobody has
            raise self.error(call, "no_active_phone_number", field="to", value=to)
        session["state"] = calls.CONSULT_DIALING
        calls.event(session, self.clock.time(), "make.call", to=to, to_message=call.params.get("to_message"))
        self._join(session, "consultant", number, employee)
        self.save_call(ns, session)
        return self._success()

    def transfer_talk(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        self._require_state(call, session, *calls.CONSULTING)
        answered = session["state"] == calls.CONSULT_TALK
        for staff in calls.legs_of(session, "staff"):
            staff["state"] = calls.LEG_GONE
        for consultant in calls.legs_of(session, "consultant"):
            consultant["role"] = "staff"
            consultant["is_operator"] = True
            consultant["state"] = calls.LEG_TALK if answered else calls.LEG_DIALING
        for contact in calls.legs_of(session, "contact"):
            contact["state"] = calls.LEG_TALK if answered else calls.LEG_TRANSFERRING
        session["state"] = calls.TALK if answered else calls.DIALING
        calls.event(session, self.clock.time(), "transfer.talk")
        self.save_call(self._ns(call), session)
        return self._success()

    def restore_talk(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        self._require_state(call, session, *calls.CONSULTING)
        for consultant in calls.legs_of(session, "consultant"):
            consultant["state"] = calls.LEG_GONE
        for leg in calls.legs_of(session, "contact") + calls.legs_of(session, "staff"):
            leg["state"] = calls.LEG_TALK
        session["state"] = calls.TALK
        calls.event(session, self.clock.time(), "restore.talk")
        self.save_call(self._ns(call), session)
        return self._success()

    def hold_call(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        self._require_state(call, session, calls.TALK)
        self._check_message(call, call.params["contact_message"], "contact_message")
        for contact in calls.legs_of(session, "contact"):
            contact["state"] = calls.LEG_ON_HOLD
        session["state"] = calls.HOLD
        calls.event(session, self.clock.time(), "hold.call", message=call.params["contact_message"])
        self.save_call(self._ns(call), session)
        return self._success()

    def unhold_call(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        self._require_state(call, session, calls.HOLD)
        for contact in calls.legs_of(session, "contact"):
            contact["state"] = calls.LEG_TALK
        session["state"] = calls.TALK
        calls.event(session, self.clock.time(), "unhold.call")
        self.save_call(self._ns(call), session)
        return self._success()

    def add_coach(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        ns, number = self._ns(call), call.params.get("phone_number")
        employee = None
        if number is None:
            employee = self._employee(ns, self._settings(call)["coach_employee_id"])
            if employee is None:
                raise self.error(call, "coach_not_found")
            active = [n["number"] for n in employee["phone_numbers"] if n["active"]]
            if not active:
                raise self.error(call, "no_active_phone_number")
            number = active[0]
        calls.event(session, self.clock.time(), "add.coach", phone_number=number)
        self._join(session, "coach", number, employee)
        self.save_call(ns, session)
        return self._success()

    def tag_call(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        tag_id = call.params["tag_id"]
        tag = self.store.get(self._ns(call), "tag", str(tag_id))
        if tag is None:
            raise self.error(call, "tag_not_found", {"tag_id": tag_id}, field="tag_id", value=tag_id)
        if any(existing["tag_id"] == tag_id for existing in session["tags"]):
            raise self.error(call, "duplicate_tag", field="tag_id", value=tag_id)
        session["tags"].append({"tag_id": tag_id, "tag_name": tag["name"]})
        self.save_call(self._ns(call), session)
        return self._success()

    def record_call(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        if call.params["action"] == "on":
            if session["recording"]:
                raise self.error(call, "record_already_started")
            calls.set_recording(session, True)
        else:
            if session["universal_recording"]:
                raise self.error(call, "forbidden")
            if not session["recording"]:
                raise self.error(call, "record_already_stopped")
            calls.set_recording(session, False)
        calls.event(session, self.clock.time(), "record.call", action=call.params["action"])
        self.save_call(self._ns(call), session)
        return self._success()

    def disconnect_leg(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        leg = calls.find_leg(session, call.params["leg_id"])
        if leg is None:
            raise self.error(call, "leg_not_found", field="leg_id", value=call.params["leg_id"])
        calls.disconnect(session, leg, self.clock.time(), "disconnect.leg")
        self.save_call(self._ns(call), session)
        return self._success()

    def send_dtmf(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        session["dtmf_sent"].append(call.params["dtmf_string"])
        calls.event(session, self.clock.time(), "send.dtmf", dtmf_string=call.params["dtmf_string"])
        self.save_call(self._ns(call), session)
        return self._success()

    def block_contact(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        ns, number = self._ns(call), session["contact_phone_number"]
        if self.store.get(ns, "blacklist", number) is not None:
            raise self.error(call, "duplicate_contact", {"contact_phone_number": number})
        self.store.put(
            ns, "blacklist", number, {"number": number, "call_session_id": session["call_session_id"]}
        )
        return self._success()

    def list_talk_options(self, call: RpcCall) -> Any:
        # The reply is the whole collection (a handful of buttons set in the client area).
        options = sorted(self.store.list(self._ns(call), "talk_option"), key=lambda o: o["button"])
        return {"data": options}

    def call_talk_option(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        self._require_state(call, session, calls.TALK)
        ns = self._ns(call)
        option = self.store.get(ns, "talk_option", call.params["button"])
        if option is None:
            raise self.error(call, "talk_option_not_found", field="button", value=call.params["button"])
        now, mnemonic = self.clock.time(), option["mnemonic"]
        session["talk_options_called"].append(option["button"])
        calls.event(session, now, "call.talk_option", button=option["button"], mnemonic=mnemonic)
        if mnemonic == "finish_conversation":
            calls.end(session, now, "finish_conversation")
        elif mnemonic == "tag_call" and "button_value" in option:
            tag_id = option["button_value"]["id"]
            if not any(existing["tag_id"] == tag_id for existing in session["tags"]):
                session["tags"].append({"tag_id": tag_id, "tag_name": option["button_value"]["value"]})
        elif mnemonic == "record_talk":  # calling it again switches it off
            if session["recording"] and session["universal_recording"]:
                raise self.error(call, "forbidden")
            calls.set_recording(session, not session["recording"])
        elif mnemonic == "call_coach":  # calling it again drops the coach
            self._toggle_coach(call, session)
        self.save_call(ns, session)
        return self._success()

    def _toggle_coach(self, call: RpcCall, session: Document) -> None:
        coaches = calls.legs_of(session, "coach")
        if coaches:
            for coach in coaches:
                calls.disconnect(session, coach, self.clock.time(), "call_coach")
            return
        employee = self._employee(self._ns(call), self._settings(call)["coach_employee_id"])
        active = [n["number"] for n in employee["phone_numbers"] if n["active"]] if employee else []
        if employee is None or not active:
            return  # no coach set up: the option does nothing, as a button without a target would
        self._join(session, "coach", active[0], employee)

    def list_calls(self, call: RpcCall) -> Any:
        ns, params = self._ns(call), call.params
        found = []
        for session in self.store.find(ns, "call", "active", True):  # only the calls in progress
            if "direction" in params and session["direction"] != params["direction"]:
                continue
            if (
                "virtual_phone_number" in params
                and session["virtual_phone_number"] != params["virtual_phone_number"]
            ):
                continue
            found.append(calls.public_view(session))
        return {"data": found}

    def release_call(self, call: RpcCall) -> Any:
        session = self._active_call(call)
        calls.end(session, self.clock.time(), "release.call")
        self.save_call(self._ns(call), session)
        return self._success()
