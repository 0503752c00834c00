"""The generated CCAI client end to end against the emulator on a real socket, sync and async."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import timedelta

import pytest
from ccai_platform_client import AuthenticatedClient
from ccai_platform_client.api.bulk_user_management import (
    get_bulk_user_job,
    get_bulk_user_scheme_errors,
    proceed_bulk_user_job,
    upload_bulk_users,
)
from ccai_platform_client.api.calls import create_call
from ccai_platform_client.api.do_not_call import add_dnc_contacts, check_dnc_number, remove_dnc_numbers
from ccai_platform_client.api.sms import create_sms
from ccai_platform_client.api.wait_times import get_wait_times
from ccai_platform_client.models import (
    BulkUserJobStatus,
    BulkUserProceedRequest,
    BulkUserUploadRequest,
    Call,
    CallStatus,
    Chat,
    DncAddRequest,
    DncCheckResult,
    DncContact,
    DncRemoveRequest,
    DncResultStatus,
    Error,
    IncomingCallRequest,
    IncomingCallRequestCallType,
    OutboundCallRequest,
    OutboundCallRequestCallType,
    ScheduledCallRequest,
    ScheduledCallRequestCallType,
    SmsRequest,
    SmsRequestChatType,
)
from ccai_platform_client.types import File

from ..conftest import LiveServer
from ..emulator.ccai import emulator_now, stored


def _client(emulator: LiveServer, token: str = "demo-token") -> AuthenticatedClient:
    return AuthenticatedClient(subdomain="demo", token=token, base_url=f"{emulator.url}/apps/api/v1")


def test_client_builds_the_installation_url_from_subdomain_and_domain() -> None:
    client = AuthenticatedClient(subdomain="acme", token="t", domain="example.com")
    assert str(client.get_httpx_client().base_url) == "https://acme.example.com/apps/api/v1/"
    with pytest.raises(ValueError, match="domain"):
        AuthenticatedClient(subdomain="acme", token="t")


def test_outbound_call_with_typed_models(emulator: LiveServer) -> None:
    body = OutboundCallRequest(
        call_type=OutboundCallRequestCallType.VOICE_OUTBOUND_API,
        agent_email="admin@somedomain.com",
        end_user_number="+1 859-657-9625",
    )
    with _client(emulator) as client:
        call = create_call.sync(client=client, body=body)
        refused = create_call.sync_detailed(
            client=client,
            body=OutboundCallRequest(
                call_type=OutboundCallRequestCallType.OUTBOUNDCALL,
                agent_email="nobody@somedomain.com",
                end_user_number="+1 859-657-9625",
            ),
        )
    assert isinstance(call, Call)
    assert call.status == CallStatus.ASSIGNED
    assert call.agent_info is not None and call.agent_info.name == "Admin UJET"
    assert refused.status_code == 400
    assert isinstance(refused.parsed, Error) and refused.parsed.message == "Not a valid agent email"


def test_a_call_back_by_call_id_alone_is_scheduled_and_fires_on_time(emulator: LiveServer) -> None:
    with _client(emulator) as client:
        parent = create_call.sync(
            client=client,
            body=OutboundCallRequest(
                call_type=OutboundCallRequestCallType.VOICE_OUTBOUND_API,
                agent_email="admin@somedomain.com",
                end_user_number="+1 859-657-9625",
            ),
        )
        assert isinstance(parent, Call)
        emulator.advance(300)  # the first call ends and frees its agent
        when = emulator_now(emulator) + timedelta(minutes=30)
        child = create_call.sync(
            client=client,
            body=ScheduledCallRequest(
                call_type=ScheduledCallRequestCallType.VOICE_SCHEDULED_API,
                call_id=parent.id,
                end_user_number="+1 859-657-9625",
                scheduled_at=when,
            ),
        )
    assert isinstance(child, Call)
    assert (child.status, child.parent_id) == (CallStatus.SCHEDULED, parent.id)
    emulator.advance(30 * 60 + 0.5)
    assert stored(emulator, child.id)["status"] == "queued"
    emulator.advance(5)
    assert stored(emulator, child.id)["status"] == "connected"


def test_wrong_token_is_a_typed_401(emulator: LiveServer) -> None:
    with _client(emulator, token="wrong") as client:
        response = get_wait_times.sync_detailed(client=client, lang="en")
    assert response.status_code == 401
    assert isinstance(response.parsed, Error)


def test_async_incoming_call_and_wait_times(emulator: LiveServer) -> None:
    async def scenario() -> tuple[object, object]:
        async with _client(emulator) as client:
            call = await create_call.asyncio(
                client=client,
                body=IncomingCallRequest(
                    call_type=IncomingCallRequestCallType.VOICE_INBOUND_API,
                    menu_id=9,
                    end_user_number="+82-10-6861-2345",
                ),
            )
            waits = await get_wait_times.asyncio(client=client, lang="en", waitfrom=5, waitto=15)
            return call, waits

    call, waits = asyncio.run(scenario())
    assert isinstance(call, Call) and call.status == CallStatus.QUEUED
    assert isinstance(waits, list) and len(waits) == 7
    assert {w.menu_id for w in waits} == {3, 9, 29, 41, 42, 43, 44}


def test_sms_and_dnc_round_trip(emulator: LiveServer) -> None:
    with _client(emulator) as client:
        chat = create_sms.sync(
            client=client,
            body=SmsRequest(
                chat_type=SmsRequestChatType.MESSAGING_SMS,
                end_user_number="+1 415-555-0100",
                outbound_number="+1 339-219-5276",
                message="hello",
            ),
        )
        added = add_dnc_contacts.sync(
            client=client, body=DncAddRequest(contacts=[DncContact(phone_number="1-415-111-1111")])
        )
        listed = check_dnc_number.sync(client=client, phone_number="1-415-111-1111")
        remove_dnc_numbers.sync_detailed(
            client=client, body=DncRemoveRequest(phone_numbers=["1-415-111-1111"])
        )
        after = check_dnc_number.sync(client=client, phone_number="1-415-111-1111")
    assert isinstance(chat, Chat) and chat.outbound_number == "+13392195276"
    assert isinstance(added, list) and added[0].status == DncResultStatus.CREATED
    assert isinstance(listed, DncCheckResult) and listed.do_not_call is True
    assert isinstance(after, DncCheckResult) and after.do_not_call is False


def test_bulk_upload_proceed_and_finish(emulator: LiveServer) -> None:
    rows = [{"email": "jane@somedomain.com", "first_name": "Jane", "last_name": "Doe"}]
    upload = File(
        payload=io.BytesIO(json.dumps(rows).encode()), file_name="users.json", mime_type="application/json"
    )
    with _client(emulator) as client:
        link = upload_bulk_users.sync(client=client, body=BulkUserUploadRequest(file=upload))
        assert link is not None and not isinstance(link, Error)
        emulator.advance(2)  # the worker checks the file's scheme
        checked = get_bulk_user_job.sync(client=client, job_id=link.id)
        errors = get_bulk_user_scheme_errors.sync(client=client, job_id=link.id)
        proceed_bulk_user_job.sync(client=client, body=BulkUserProceedRequest(id=link.id))
        emulator.advance(3)  # ... and applies it
        done = get_bulk_user_job.sync(client=client, job_id=link.id)
    assert checked is not None and not isinstance(checked, Error | list)
    assert checked.status == BulkUserJobStatus.VALID_SCHEME
    assert errors == []
    assert done is not None and not isinstance(done, Error | list)
    assert (done.status, done.affected_rows) == (BulkUserJobStatus.FINISHED, 1)
