"""A user's own suite, as docs/testing.md shows it: one test per API places a call with the generated
client and reads it back as it plays out on the emulator clock.

Not collected here (no test_ prefix): tests/toolkit/test_plugin.py runs it under pytester in each mode,
and `python -m benchmarks.run --only startup` times it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from callgear_call_api_client import Client as CallGearClient
from callgear_call_api_client.api.call_making import start_employee_call
from callgear_call_api_client.api.call_management import list_calls
from callgear_call_api_client.models import EmployeeTarget, StartEmployeeCallFirstCall
from ccai_platform_client import AuthenticatedClient as CcaiClient
from ccai_platform_client.api.calls import create_call
from ccai_platform_client.models import CallStatus, OutboundCallRequest, OutboundCallRequestCallType
from voximplant_kit_client import AuthenticatedClient as KitClient
from voximplant_kit_client.api.history import history_search_calls_v_3
from voximplant_kit_client.api.scenarios import run_scenario
from voximplant_kit_client.models import RunScenarioForm
from voximplant_management_client import AuthenticatedClient as ManagementClient
from voximplant_management_client.api.applications import add_application
from voximplant_management_client.api.history import get_call_history
from voximplant_management_client.api.scenarios import start_conference
from voximplant_management_client.models import (
    AddApplicationRequest,
    GetCallHistoryRequest,
    StartConferenceRequest,
)
from voxology_client import AuthenticatedClient as VoxologyClient
from voxology_client.api.calls import list_live_calls, make_call
from voxology_client.models import CallEndpoints, MakeCallRequest

from emulator.testing import EmulatorConnection


def test_ccai_call_connects_when_the_end_user_answers(
    switchboard: EmulatorConnection, switchboard_ccai: CcaiClient
) -> None:
    switchboard.far_end("ccai-platform", "+18596579625", answer_after_s=3, talk_s=20)
    body = OutboundCallRequest(
        call_type=OutboundCallRequestCallType.VOICE_OUTBOUND_API,
        agent_email="admin@somedomain.com",
        end_user_number="+1 859-657-9625",
    )
    call = create_call.sync(client=switchboard_ccai, body=body)
    assert call.status == CallStatus.ASSIGNED
    recorded = f"/ccai-platform/customers/demo/calls/{call.id}"  # CCAI's API has no call read-back
    with switchboard.control() as control:
        switchboard.advance(10)
        assert control.get(recorded).json()["status"] == "connected"
        switchboard.advance(30)
        assert control.get(recorded).json()["status"] == "finished"


def test_callgear_employee_call_is_answered(
    switchboard: EmulatorConnection, switchboard_callgear: CallGearClient
) -> None:
    started = start_employee_call.sync(
        client=switchboard_callgear,
        first_call=StartEmployeeCallFirstCall.EMPLOYEE,
        virtual_phone_number="74993720692",
        contact="79260000000",
        employee=EmployeeTarget(id=25),
    )
    switchboard.advance(5)
    calls = list_calls.sync(client=switchboard_callgear).data
    assert [c.call_session_id for c in calls] == [started.data.call_session_id]


def test_kit_busy_number_is_reported_busy(
    switchboard: EmulatorConnection, switchboard_kit: KitClient
) -> None:
    with switchboard.control() as control:
        control.put("/voximplant-kit/accounts/demo/outcomes/12025550123", json={"outcome": "busy"})
    form = RunScenarioForm(
        scenario_id=101, phone="12025550123", caller_id="12025550100", variables='{"name": "Alex"}'
    )
    assert run_scenario.sync(client=switchboard_kit, body=form).success
    switchboard.advance(60)
    history = history_search_calls_v_3.sync(client=switchboard_kit).result
    assert [call.completion_code for call in history] == ["Call_Busy"]


def test_voxology_call_is_live(switchboard: EmulatorConnection, switchboard_voxology: VoxologyClient) -> None:
    endpoints = CallEndpoints(no="+17145550100", caller_id_no="+19495551212")
    made = make_call.sync(client=switchboard_voxology, body=MakeCallRequest(call=endpoints))
    live = list_live_calls.sync(client=switchboard_voxology).calls
    assert [call.id for call in live] == [made.call.id]


def test_management_conference_is_in_the_call_history(
    switchboard: EmulatorConnection, switchboard_management: ManagementClient
) -> None:
    app = add_application.sync(
        client=switchboard_management, body=AddApplicationRequest(application_name="myapp")
    )
    with switchboard.control() as control:
        rule = control.post(
            "/voximplant-management/accounts/1/rules",
            json={"application_id": app.application_id, "rule_name": "conf"},
        ).json()
    request = StartConferenceRequest(conference_name="standup", rule_id=rule["rule_id"])
    started = start_conference.sync(client=switchboard_management, body=request)
    now = datetime.fromtimestamp(switchboard.now(), UTC)
    window = GetCallHistoryRequest(
        from_date=(now - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S"),
        to_date=(now + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S"),
    )
    history = get_call_history.sync(client=switchboard_management, body=window).result
    assert [s.call_session_history_id for s in history] == [started.call_session_history_id]
