"""The generated control client end to end: it freezes the clock, sets what a dialled number does, moves
time on and reads the callback the emulator delivered; it raises the control API's errors as typed
exceptions, and it carries the bearer control token (from the environment too)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from jsonschema import Draft202012Validator
from switchboard_control_client import AuthenticatedClient, Client, errors
from switchboard_control_client.api.far_end import delete_far_end_rule, get_far_end_rule, set_far_end_rule
from switchboard_control_client.api.faults import add_fault_rule, get_fault_rule
from switchboard_control_client.api.inspector import stream_inspector_state
from switchboard_control_client.api.timeline_and_deliveries import list_deliveries
from switchboard_control_client.api.world import advance_clock, get_clock, reset, update_settings
from switchboard_control_client.errors import AuthenticationError, NotFoundError, ValidationError
from switchboard_control_client.models import (
    ClockAdvance,
    ClockState,
    Delivery,
    DeliveryState,
    Error,
    FarEndOutcome,
    FarEndRule,
    FarEndRuleInput,
    FaultRule,
    FaultRuleInput,
    FaultRuleInputAction,
    PartyFarEndRule,
    Settings,
    SettingsChange,
    SettingsChangeClock,
    SettingsClock,
)

from emulator.core import inspector
from emulator.core.environment import Settings as EmulatorSettings
from emulator.core.specs import load_spec, standalone

from ..conftest import LiveServer, start_server, stop_server
from ..customer_server import CustomerServer
from ..emulator.voxology import APP_ID, NUMBER, configure, dial
from .documented_errors import ErrorCase, error_cases, kind_for, raised_by

BUSY_NUMBER = "+13235550144"
TOKEN = "client-control-token"
CASES, TAGS = error_cases("switchboard-control", "switchboard_control_client")


def _control(live: LiveServer) -> Client:
    return Client(base_url=f"{live.url}/_emulator", raise_on_unexpected_status=True)


def test_a_busy_number_is_reported_to_the_call_flow_once_the_clock_is_advanced(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    configure(emulator, NUMBER, f"{customer_server.url}/flow")
    with _control(emulator) as control:
        settings = update_settings.sync(
            client=control, body=SettingsChange(clock=SettingsChangeClock.FROZEN, rate_limit=False)
        )
        assert isinstance(settings, Settings) and settings.clock is SettingsClock.FROZEN
        rule = set_far_end_rule.sync(
            "voxology",
            APP_ID,
            BUSY_NUMBER,
            client=control,
            body=FarEndRuleInput(outcome=FarEndOutcome.BUSY, answer_after_s=4),
        )
        assert isinstance(rule, PartyFarEndRule)
        assert (rule.party, rule.outcome, rule.answer_after_s) == ("13235550144", FarEndOutcome.BUSY, 4)

        call_id = dial(emulator, to=BUSY_NUMBER)
        before = get_clock.sync(client=control)
        assert isinstance(before, ClockState) and before.frozen
        assert before.next_event_at == pytest.approx(before.time + 4)
        early = advance_clock.sync(client=control, body=ClockAdvance(advance_seconds=3.5))
        assert isinstance(early, ClockState)
        assert list_deliveries.sync(client=control, api="voxology", kind="voice_callback") == []

        after = advance_clock.sync(client=control, body=ClockAdvance(advance_seconds=0.5))
        assert isinstance(after, ClockState)
        assert after.fired >= 1 and after.time == pytest.approx(before.time + 4)
        sent = list_deliveries.sync(client=control, api="voxology", tenant=APP_ID, kind="voice_callback")
    assert isinstance(sent, list) and len(sent) == 1
    [delivery] = sent
    assert isinstance(delivery, Delivery)
    assert delivery.state is DeliveryState.DELIVERED
    assert delivery.url == f"{customer_server.url}/flow"
    assert delivery.attempts[0].status == 204
    [received] = customer_server.requests_to("/flow")
    assert (received.body["call_id"], received.body["type"], received.body["status"]) == (
        call_id,
        "failed_call",
        "busy",
    )


def test_the_client_reads_and_removes_a_rule_and_raises_the_control_apis_errors(emulator: LiveServer) -> None:
    with _control(emulator) as control:
        built_in = get_far_end_rule.sync("voxology", APP_ID, BUSY_NUMBER, client=control)
        assert isinstance(built_in, FarEndRule) and built_in.outcome is FarEndOutcome.ANSWERED
        set_far_end_rule.sync(
            "voxology",
            APP_ID,
            BUSY_NUMBER,
            client=control,
            body=FarEndRuleInput(outcome=FarEndOutcome.MACHINE),
        )
        assert delete_far_end_rule.sync("voxology", APP_ID, BUSY_NUMBER, client=control) is None  # a 204
        with pytest.raises(NotFoundError) as gone:
            delete_far_end_rule.sync("voxology", APP_ID, BUSY_NUMBER, client=control)
        assert gone.value.status == 404 and gone.value.message == f"no far-end rule for {BUSY_NUMBER!r}"
        assert gone.value.body == {"error": gone.value.message}
        # The detailed function still answers the refusal in its model rather than raising.
        detailed = delete_far_end_rule.sync_detailed("voxology", APP_ID, BUSY_NUMBER, client=control)
        assert detailed.status_code == 404 and isinstance(detailed.parsed, Error)
        with pytest.raises(ValidationError) as refused:
            add_fault_rule.sync(
                client=control, body=FaultRuleInput(action=FaultRuleInputAction.ERROR, api="voxology")
            )
        assert refused.value.status == 400 and "needs status" in refused.value.message
        added = add_fault_rule.sync(
            client=control,
            body=FaultRuleInput(action=FaultRuleInputAction.ERROR, api="voxology", status=503, count=2),
        )
        assert isinstance(added, FaultRule) and (added.remaining, added.fired) == (2, 0)
        again = get_fault_rule.sync(added.id, client=control)
        assert isinstance(again, FaultRule) and again.status == 503


def test_the_error_cases_cover_every_tag() -> None:
    assert {case.tag for case in CASES} == TAGS and len(CASES) >= len(TAGS)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.label)
def test_every_documented_error_of_an_operation_per_tag_raises_its_class(case: ErrorCase) -> None:
    def client(transport: httpx.MockTransport) -> Client:
        return Client(
            base_url="http://switchboard.test/_emulator", max_retries=0, httpx_args={"transport": transport}
        )

    error = raised_by(case, client)
    assert isinstance(error, errors.ApiError) and type(error).__name__ == kind_for(case.status)
    assert (error.status, error.code, error.message) == (case.status, None, case.example["error"])
    assert error.body == case.example


@pytest.fixture(scope="module")
def guarded_server() -> Iterator[LiveServer]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(inspector, "STREAM_S", 1.0)  # the inspector's stream ends after a second, not 30
        live = start_server(EmulatorSettings(rate_limit=False, control_token=TOKEN))
        yield live
        stop_server(live)


def test_the_control_token_is_sent_as_a_bearer_token(guarded_server: LiveServer) -> None:
    base_url = f"{guarded_server.url}/_emulator"
    with Client(base_url=base_url) as anonymous:
        refused = reset.sync_detailed(client=anonymous)
        assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"
        with pytest.raises(AuthenticationError) as unauthenticated:
            get_clock.sync(client=anonymous)
    assert unauthenticated.value.status == 401 and "--control-token" in unauthenticated.value.message
    with AuthenticatedClient(base_url=base_url, token=TOKEN) as control:
        assert reset.sync_detailed(client=control).status_code == 204
        assert isinstance(get_clock.sync(client=control), ClockState)


def test_the_token_and_the_base_url_come_from_the_environment(
    guarded_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SWITCHBOARD_CONTROL_BASE_URL", f"{guarded_server.url}/_emulator")
    monkeypatch.setenv("SWITCHBOARD_CONTROL_TOKEN", TOKEN)
    with AuthenticatedClient() as control:
        assert control.base_url == f"{guarded_server.url}/_emulator"
        assert isinstance(get_clock.sync(client=control), ClockState)
    monkeypatch.delenv("SWITCHBOARD_CONTROL_TOKEN")
    with AuthenticatedClient() as tokenless, pytest.raises(AuthenticationError):
        get_clock.sync(client=tokenless)  # no token anywhere: no Authorization sent
    monkeypatch.delenv("SWITCHBOARD_CONTROL_BASE_URL")
    assert Client().base_url == "http://127.0.0.1:8080/_emulator"


def test_the_inspector_stream_sends_the_state_the_spec_describes(guarded_server: LiveServer) -> None:
    """The spec gives the stream as text (OpenAPI 3.1 has no schema per event): each event's data is the
    InspectorState it names."""
    document = load_spec("switchboard-control")
    state_schema = standalone(document["components"]["schemas"]["InspectorState"], document)
    with AuthenticatedClient(base_url=f"{guarded_server.url}/_emulator", token=TOKEN, timeout=10) as control:
        stream = stream_inspector_state.sync_detailed(client=control)
    assert stream.status_code == 200 and stream.headers["content-type"].startswith("text/event-stream")
    blocks = [block for block in stream.content.decode().split("\n\n") if block]
    assert blocks[0] == "retry: 500" and blocks[1:]
    assert all(block.startswith("event: state\ndata: ") for block in blocks[1:])
    states = [json.loads(block.split("data: ", 1)[1]) for block in blocks[1:]]
    validator = Draft202012Validator(state_schema)
    assert all(list(validator.iter_errors(state)) == [] for state in states)
    assert states[0]["clock"]["frozen"] is False and states[0]["faults"] == []
