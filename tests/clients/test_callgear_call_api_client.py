"""The generated CallGear client end to end against the emulator on a real socket: it logs in by itself,
renews its key, drives a call from start to release (sync and async) and raises typed errors."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from callgear_call_api_client import Client, ClientError, RpcError
from callgear_call_api_client.api.authentication import login_user, logout_user
from callgear_call_api_client.api.call_making import (
    start_employee_call,
    start_informer_call,
    start_simple_call,
)
from callgear_call_api_client.api.call_management import (
    add_coach,
    block_contact,
    call_talk_option,
    disconnect_leg,
    hold_call,
    list_calls,
    list_talk_options,
    make_call,
    record_call,
    release_call,
    restore_talk,
    send_dtmf,
    tag_call,
    transfer_talk,
    unhold_call,
)
from callgear_call_api_client.errors import (
    AccessTokenExpiredError,
    AccessTokenInvalidError,
    AuthError,
    ContactInBlacklistError,
    InvalidStateError,
    RequiredParameterMissedError,
)
from callgear_call_api_client.models import (
    CallLegState,
    EmployeeTarget,
    Message,
    MessageType,
    RecordCallAction,
    StartEmployeeCallFirstCall,
    StartEmployeeCallParams,
    StartSimpleCallFirstCall,
    SuccessResultDataSuccess,
    TalkOptionMnemonic,
)
from callgear_call_api_client.types import Unset, build_response

from ..conftest import LiveServer

VNUMBER, CONTACT = "74993720692", "79260000000"
HOLD = Message(type_=MessageType.MEDIA, value="2034")


def _client(emulator: LiveServer, **kwargs: object) -> Client:
    options: dict[str, object] = {"login": "your_login", "password": "your_password", **kwargs}
    return Client(base_url=f"{emulator.url}/v4.0", **options)  # type: ignore[arg-type]


def _control(emulator: LiveServer, path: str, **kwargs: object) -> None:
    with emulator.control() as control:
        control.post(f"/callgear-call-api/accounts/1{path}", **kwargs).raise_for_status()  # type: ignore[arg-type]


def _legs(client: Client, call_id: int) -> dict[str, CallLegState]:
    calls = list_calls.sync(client=client).data
    call = next(c for c in calls if c.call_session_id == call_id)
    return {leg.called_phone_number: leg.state for leg in call.legs}


def test_params_models_send_only_what_is_set() -> None:
    params = StartEmployeeCallParams(
        first_call=StartEmployeeCallFirstCall.EMPLOYEE,
        virtual_phone_number=VNUMBER,
        contact=CONTACT,
        employee=EmployeeTarget(id=25),
        contact_message=Message(type_=MessageType.TTS, value="Hello"),
    )
    assert params.to_dict() == {
        "first_call": "employee",
        "virtual_phone_number": VNUMBER,
        "contact": CONTACT,
        "employee": {"id": 25},
        "contact_message": {"type": "tts", "value": "Hello"},
    }


def test_drive_a_call_from_start_to_release(emulator: LiveServer) -> None:
    with _client(emulator) as client:
        assert client.access_token is None
        started = start_employee_call.sync(
            client=client,
            first_call=StartEmployeeCallFirstCall.EMPLOYEE,
            virtual_phone_number=VNUMBER,
            contact=CONTACT,
            employee=EmployeeTarget(id=25, phone_number="79260000001"),
            external_id="334otr01",
        )
        assert client.access_token is not None and client.expires_at is not None  # logged in by itself
        call_id = started.data.call_session_id
        assert not isinstance(started.metadata, Unset) and not isinstance(started.metadata.limits, Unset)
        assert started.metadata.limits.minute_remaining == started.metadata.limits.minute_limit - 1
        assert _legs(client, call_id) == {
            CONTACT: CallLegState.NEXT_IN_LINE,
            "79260000001": CallLegState.REDIAL,
        }
        emulator.advance(2)  # the employee answers (by the far-end model's default) ...
        assert _legs(client, call_id) == {CONTACT: CallLegState.REDIAL, "79260000001": CallLegState.TALK}
        emulator.advance(2)  # ... then the contact, who is dialed next
        assert set(_legs(client, call_id).values()) == {CallLegState.TALK}

        held = hold_call.sync(client=client, call_session_id=call_id, contact_message=HOLD)
        assert held.data.success is SuccessResultDataSuccess.TRUE
        assert _legs(client, call_id)[CONTACT] is CallLegState.ON_HOLD
        unhold_call.sync(client=client, call_session_id=call_id)
        hold_call.sync(client=client, call_session_id=call_id, contact_message=HOLD)
        make_call.sync(client=client, call_session_id=call_id, to="79261111111")
        emulator.advance(2)
        assert _legs(client, call_id)["79261111111"] is CallLegState.OPERATORS_CONVERSATION
        restore_talk.sync(client=client, call_session_id=call_id)
        hold_call.sync(client=client, call_session_id=call_id, contact_message=HOLD)
        make_call.sync(client=client, call_session_id=call_id, to="102")
        _control(emulator, f"/calls/{call_id}/answer")
        transfer_talk.sync(client=client, call_session_id=call_id)
        assert _legs(client, call_id) == {CONTACT: CallLegState.TALK, "79262444393": CallLegState.TALK}

        tag_call.sync(client=client, call_session_id=call_id, tag_id=456)
        record_call.sync(client=client, call_session_id=call_id, action=RecordCallAction.ON)
        send_dtmf.sync(client=client, call_session_id=call_id, dtmf_string="12#")
        add_coach.sync(client=client, call_session_id=call_id, phone_number="79263333333")
        call = next(c for c in list_calls.sync(client=client).data if c.call_session_id == call_id)
        assert [(t.tag_id, t.tag_name) for t in call.tags] == [(456, "Relevant")]
        assert all(leg.record_call_enabled for leg in call.legs)
        coach = next(leg for leg in call.legs if leg.called_phone_number == "79263333333")
        disconnect_leg.sync(client=client, call_session_id=call_id, leg_id=coach.leg_id)
        options = list_talk_options.sync(client=client).data
        assert options[0].mnemonic is TalkOptionMnemonic.TAG_CALL
        call_talk_option.sync(client=client, call_session_id=call_id, button="1")
        block_contact.sync(client=client, call_session_id=call_id)

        released = release_call.sync(client=client, call_session_id=call_id)
        assert released.data.success is SuccessResultDataSuccess.TRUE
        assert list_calls.sync(client=client).data == []
        with pytest.raises(ContactInBlacklistError) as blocked:
            start_employee_call.sync(
                client=client,
                first_call=StartEmployeeCallFirstCall.CONTACT,
                virtual_phone_number=VNUMBER,
                contact=CONTACT,
                employee=EmployeeTarget(id=25),
            )
        assert blocked.value.code == -32002  # this method's code for the mnemonic


def test_errors_are_typed_and_detailed_replies_carry_them(emulator: LiveServer) -> None:
    with _client(emulator) as client:
        started = start_simple_call.sync(
            client=client,
            first_call=StartSimpleCallFirstCall.OPERATOR,
            virtual_phone_number=VNUMBER,
            contact=CONTACT,
            operator="79262444491",
        )
        with pytest.raises(InvalidStateError) as refused:
            unhold_call.sync(client=client, call_session_id=started.data.call_session_id)
        error = refused.value
        assert (error.code, error.mnemonic, error.message) == (
            -32004,
            "invalid_state",
            "This method can not be called in this state",
        )
        assert isinstance(error, RpcError) and error.data["metadata"]["limits"]["minute_limit"] == 1000
        detailed = unhold_call.sync_detailed(client=client, call_session_id=started.data.call_session_id)
        assert detailed.status_code == 200 and detailed.parsed is None
        assert isinstance(detailed.error, InvalidStateError)
        missing = build_response(client.call("release.call", {}), lambda result: result)
        assert (
            isinstance(missing.error, RequiredParameterMissedError)
            and missing.error.field == "call_session_id"
        )
        with pytest.raises(RequiredParameterMissedError):
            missing.unwrap()


def test_wrong_password_raises_auth_error(emulator: LiveServer) -> None:
    with _client(emulator, password="wrong") as client, pytest.raises(AuthError) as failed:
        list_calls.sync(client=client)
    assert failed.value.code == -32001 and client.access_token is None


def test_an_expired_key_is_renewed_and_the_call_retried(emulator: LiveServer) -> None:
    with _client(emulator) as client:
        list_calls.sync(client=client)
        first = client.access_token
        with (
            emulator.control() as control
        ):  # the emulator's clock passes the key's hour; the client's does not
            control.post("/clock", json={"advance_seconds": 3601}).raise_for_status()
        assert list_calls.sync(client=client).data == []
        assert client.access_token not in (None, first)


def test_the_key_is_renewed_before_it_expires_by_the_clients_clock(emulator: LiveServer) -> None:
    now = [0.0]
    with _client(emulator, clock=lambda: now[0]) as client:
        login = login_user.sync(client=client, login="your_login", password="your_password")
        assert client.access_token == login.data.access_token  # a manual login is kept too
        now[0] = login.data.expire_at - 120
        list_calls.sync(client=client)
        assert client.access_token == login.data.access_token
        now[0] = login.data.expire_at - 30  # inside renew_before_seconds (60)
        list_calls.sync(client=client)
        assert client.access_token != login.data.access_token


def test_logout_forgets_the_key_and_the_next_call_logs_in_again(emulator: LiveServer) -> None:
    with _client(emulator) as client:
        list_calls.sync(client=client)
        old = client.access_token
        assert logout_user.sync(client=client).data.success is True
        assert client.access_token is None
        with (
            Client(base_url=f"{emulator.url}/v4.0", access_token=old) as stale,
            pytest.raises(AccessTokenInvalidError),
        ):
            list_calls.sync(client=stale)
        list_calls.sync(client=client)
        assert client.access_token not in (None, old)


def test_a_permanent_key_is_used_as_is_and_not_renewed(emulator: LiveServer) -> None:
    with Client(base_url=f"{emulator.url}/v4.0", access_token="demo-permanent-key") as client:
        assert list_calls.sync(client=client).data == []
        with emulator.control() as control:
            control.patch(
                "/callgear-call-api/keys/demo-permanent-key", json={"expires_at": 1}
            ).raise_for_status()
        with pytest.raises(AccessTokenExpiredError):
            list_calls.sync(client=client)
    with (
        Client(base_url=f"{emulator.url}/v4.0") as nobody,
        pytest.raises(ClientError, match="no access_token"),
    ):
        list_calls.sync(client=nobody)  # no credentials at all: a ClientError before any request


def test_async_drive_a_call(emulator: LiveServer) -> None:
    async def scenario() -> list[str]:
        async with _client(emulator) as client:
            informer = await start_informer_call.asyncio(
                client=client,
                virtual_phone_number=VNUMBER,
                contact=CONTACT,
                contact_message=Message(type_=MessageType.TTS, value="Your order is ready"),
                dialing_timeout=25,
            )
            started = await start_employee_call.asyncio(
                client=client,
                first_call=StartEmployeeCallFirstCall.CONTACT,
                virtual_phone_number=VNUMBER,
                contact="79265555555",
                employee=EmployeeTarget(id=25),
            )
            call_id = started.data.call_session_id
            async with httpx.AsyncClient(base_url=f"{emulator.url}/_emulator") as control:
                answered = await control.post(f"/callgear-call-api/accounts/1/calls/{call_id}/answer")
                answered.raise_for_status()
            await hold_call.asyncio(client=client, call_session_id=call_id, contact_message=HOLD)
            await unhold_call.asyncio(client=client, call_session_id=call_id)
            await release_call.asyncio(client=client, call_session_id=call_id)
            await release_call.asyncio(client=client, call_session_id=informer.data.call_session_id)
            remaining = await list_calls.asyncio(client=client)
            detailed = await unhold_call.asyncio_detailed(client=client, call_session_id=call_id)
            assert detailed.error is not None and isinstance(detailed.error, RpcError)
            return [detailed.error.mnemonic or "", *[str(c.call_session_id) for c in remaining.data]]

    assert asyncio.run(scenario()) == ["call_session_not_found"]
