"""CallGear call making: the five start.* methods and the checks they document; the session they open
then plays out by itself (lifecycle.py)."""

from __future__ import annotations

from typing import Any

from ...core.jsonrpc_provider import RpcCall
from ...core.store import Document
from . import calls
from .lifecycle import CallLifecycle


class CallMaking(CallLifecycle):
    def _start_checks(self, call: RpcCall, messages: tuple[str, ...]) -> str:
        """The checks every start.* method documents, in the order a call is set up."""
        ns, params = self._ns(call), call.params
        if self.store.get(ns, "virtual_number", params["virtual_phone_number"]) is None:
            raise self.error(
                call,
                "virtual_phone_number_not_found",
                {"virtual_phone_number": params["virtual_phone_number"]},
                field="virtual_phone_number",
                value=params["virtual_phone_number"],
            )
        if self.store.get(ns, "virtual_number", params["contact"]) is not None:
            raise self.error(
                call, "own_virtual_phone_number_not_allowed", field="contact", value=params["contact"]
            )
        if self.store.get(ns, "blacklist", params["contact"]) is not None:
            raise self.error(
                call,
                "contact_in_blacklist",
                {"contact": params["contact"]},
                field="contact",
                value=params["contact"],
            )
        if "media_file_id" in params and self.store.get(ns, "media", str(params["media_file_id"])) is None:
            raise self.error(
                call,
                "media_file_not_found",
                {"media_file_id": params["media_file_id"]},
                field="media_file_id",
                value=params["media_file_id"],
            )
        for name in messages:
            self._check_message(call, params.get(name), name)
        return ns

    def _early_switching_allowed(self, call: RpcCall, dialer: str) -> None:
        params = call.params
        if params.get("early_switching") and not (
            params["first_call"] == dialer and params.get("switch_at_once") is True
        ):
            raise self.error(call, "invalid_parameters_combination", field="early_switching", value=True)

    def _open_session(self, call: RpcCall, kind: str) -> Document:
        ns = self._ns(call)
        call_id = self.store.next_id(ns, "call_session", start=237859081)
        session = calls.new_session(
            call_id, kind, call.params, self.clock.now(), call.principal["account"]["id"]
        )
        calls.event(session, self.clock.time(), "started", method=call.method.name)
        return session

    def _contact_leg(self, call: RpcCall, session: Document, state: str) -> None:
        params = call.params
        called = params["contact"] + params.get("dtmf_string", "")  # as the list.calls example shows it
        leg_id = self.store.next_id(self._ns(call), "leg", start=287866221)
        session["legs"].append(
            calls.new_leg(
                leg_id,
                "contact",
                params["virtual_phone_number"],
                called,
                party=params["contact"],
                state=state,
            )
        )

    def _staff_leg(
        self,
        call: RpcCall,
        session: Document,
        number: str,
        employee: Document | None,
        state: str,
        then: list[str] | None = None,
    ) -> None:
        """The employee's (or operator's) leg; `then` are the numbers to try, in turn, if `number` is
        not answered (documented: without employee.phone_number every active number is dialed)."""
        params = call.params
        shown = (
            params["virtual_phone_number"]
            if params.get("show_virtual_phone_number", True)
            else params["contact"]
        )
        universal = bool(employee and employee.get("record_calls"))
        leg_id = self.store.next_id(self._ns(call), "leg", start=287866221)
        # An employee's far end is the employee (by id, whichever number rings); an operator's its number.
        party = str(employee["id"]) if employee else number
        session["legs"].append(
            calls.new_leg(
                leg_id, "staff", shown, number, party=party, state=state, employee=employee, is_operator=True
            )
        )
        session["legs"][-1]["numbers_left"] = list(then or [])
        if universal:
            session["universal_recording"] = True
            calls.set_recording(session, True)

    def _dial_order(self, call: RpcCall, staff_first: str) -> tuple[str, str]:
        """(contact leg state, staff leg state): the first party rings, the second waits its turn."""
        if call.params["first_call"] == staff_first:
            return calls.LEG_WAITING, calls.LEG_DIALING
        return calls.LEG_DIALING, calls.LEG_WAITING

    def _scenario_staff(self, call: RpcCall, session: Document, scenario: Document) -> None:
        employee = self._employee(self._ns(call), scenario.get("employee_id"))
        contact_state, staff_state = self._dial_order(call, "employee")
        self._contact_leg(call, session, contact_state)
        if employee is not None:
            active = [n["number"] for n in employee["phone_numbers"] if n["active"]]
            self._staff_leg(call, session, active[0] if active else "", employee, staff_state, active[1:])

    def _placed(self, ns: str, session: Document) -> Any:
        self.ring_all_dialing(session)
        self.save_call(ns, session)
        return {"data": {"call_session_id": session["call_session_id"]}}

    def start_employee_call(self, call: RpcCall) -> Any:
        self._early_switching_allowed(call, "employee")
        ns = self._start_checks(call, ("contact_message", "employee_message"))
        target = call.params["employee"]
        employee = self._employee(ns, target["id"])
        if employee is None:
            raise self.error(
                call,
                "employee_not_found",
                {"employee_id": target["id"]},
                field="employee.id",
                value=target["id"],
            )
        active = [n["number"] for n in employee["phone_numbers"] if n["active"]]
        number = target.get("phone_number")
        if not active or (number is not None and number not in active):
            raise self.error(call, "no_active_phone_number", field="employee.phone_number", value=number)
        session = self._open_session(call, "employee")
        contact_state, staff_state = self._dial_order(call, "employee")
        self._contact_leg(call, session, contact_state)
        self._staff_leg(
            call, session, number or active[0], employee, staff_state, [] if number else active[1:]
        )
        return self._placed(ns, session)

    def start_scenario_call(self, call: RpcCall) -> Any:
        ns = self._start_checks(call, ("contact_message", "employee_message"))
        scenario = self.store.get(ns, "scenario", str(call.params["scenario_id"]))
        if scenario is None:
            scenario_id = call.params["scenario_id"]
            raise self.error(
                call,
                "scenario_not_found",
                {"scenario_id": scenario_id},
                field="scenario_id",
                value=scenario_id,
            )
        session = self._open_session(call, "scenario")
        self._scenario_staff(call, session, scenario)
        return self._placed(ns, session)

    def start_vnumber_call(self, call: RpcCall) -> Any:
        ns = self._start_checks(call, ("contact_message",))
        number = self.store.get(ns, "virtual_number", call.params["virtual_phone_number"])
        assert number is not None  # _start_checks refused unknown numbers
        scenario = self.store.get(ns, "scenario", str(number.get("scenario_id")))
        if scenario is None:
            raise self.error(
                call,
                "scenario_not_found",
                field="virtual_phone_number",
                value=call.params["virtual_phone_number"],
            )
        session = self._open_session(call, "vnumber")
        self._scenario_staff(call, session, scenario)
        return self._placed(ns, session)

    def start_informer_call(self, call: RpcCall) -> Any:
        ns = self._start_checks(call, ("contact_message",))
        session = self._open_session(call, "informer")
        session["dialing_timeout"] = call.params.get("dialing_timeout", 30)
        session["message"] = call.params["contact_message"]
        self._contact_leg(call, session, calls.LEG_DIALING)
        return self._placed(ns, session)

    def start_simple_call(self, call: RpcCall) -> Any:
        self._early_switching_allowed(call, "operator")
        ns = self._start_checks(call, ("contact_message", "operator_message"))
        session = self._open_session(call, "simple")
        contact_state, staff_state = self._dial_order(call, "operator")
        self._contact_leg(call, session, contact_state)
        # The operator is not an employee: no employee ID or name on its leg.
        self._staff_leg(call, session, call.params["operator"], None, staff_state)
        return self._placed(ns, session)
