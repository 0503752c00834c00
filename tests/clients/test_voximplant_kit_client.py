"""The generated Voximplant Kit client end to end against the emulator on a real socket, sync and async."""

from __future__ import annotations

import asyncio
import io
import json
import re
import zipfile
from typing import Any
from uuid import UUID

import httpx
import pytest
import yaml
from voximplant_kit_client import AuthenticatedClient, Client, errors
from voximplant_kit_client.api.account import get_account_info
from voximplant_kit_client.api.attempts import search_attempts
from voximplant_kit_client.api.bot_service import login, refresh_token, send_event, send_response
from voximplant_kit_client.api.helper import get_list_timezones
from voximplant_kit_client.api.history import export_calls_history_report, history_search_calls_v_3
from voximplant_kit_client.api.key_value_storage import kv_get, kv_put
from voximplant_kit_client.api.outbound_campaigns import (
    append_to_campaign,
    outbound_init_campaign,
    outbound_search_campaigns,
    outbound_stat,
)
from voximplant_kit_client.api.reports import download_report, get_report_status
from voximplant_kit_client.api.scenarios import run_scenario
from voximplant_kit_client.api.tags import search_tags
from voximplant_kit_client.models import (
    AppendToCampaignForm,
    BoolResponseType,
    BotLoginForm,
    BotRefreshForm,
    CallsHistoryResponseType,
    CampaignStatForm,
    ChannelDataObject,
    CompletionCode,
    ErrorType,
    ExportCallsHistoryReportForm,
    ExportCallsHistoryReportFormFormat,
    GetAccountInfoResponseType,
    GetListTimezonesResponseType,
    InitCampaignForm,
    KvGetForm,
    KvPutForm,
    MessagingEventMessageType,
    MessagingIncomingEventType,
    MessagingIncomingEventTypeClientData,
    MessagingIncomingEventTypeEventData,
    MessagingIncomingEventTypeEventType,
    ReportIdForm,
    RunScenarioForm,
    SearchTagsForm,
)
from voximplant_kit_client.types import File

from codegen.apis import find

from ..conftest import LiveServer

CHANNEL = "7b0c9ed4-7c37-4a6a-9a1f-6f2b0b8f2d11"


def _client(emulator: LiveServer, token: str = "demo-token") -> AuthenticatedClient:
    return AuthenticatedClient(domain="demo", access_token=token, base_url=f"{emulator.url}/api")


def _control(emulator: LiveServer, method: str, path: str, **kwargs: Any) -> Any:
    with emulator.control() as control:
        response = control.request(method, f"/voximplant-kit/accounts/demo{path}", **kwargs)
    response.raise_for_status()
    return response.json() if response.content else None


def test_region_names_the_three_hosts_and_each_method_goes_to_its_own() -> None:
    """Every operation with its own `servers` in the spec is sent to that host; the rest to the API host."""
    document = yaml.safe_load(find("voximplant-kit").spec.read_text(encoding="utf-8"))
    seen: list[httpx.URL] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"success": True, "result": True})

    client = AuthenticatedClient(
        domain="demo", access_token="t0k", region="eu", httpx_args={"transport": httpx.MockTransport(record)}
    )
    for path, item in document["paths"].items():
        for method, operation in item.items():
            concrete = re.sub(r"\{[^}]+\}", "x1", path)
            client.get_httpx_client().request(method, concrete)
            servers = operation.get("servers") or document["servers"][:1]
            expected = servers[0]["url"].replace("{region}", "eu") + concrete
            assert str(seen[-1].copy_with(query=None)) == expected, operation["operationId"]
            assert seen[-1].params["domain"] == "demo" and seen[-1].params["access_token"] == "t0k"
    assert len(seen) == 83


def test_async_client_routes_too_and_region_is_checked() -> None:
    seen: list[str] = []

    async def record(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(
            200, json={"success": True, "result": {"access_token": "a", "refresh_token": "r"}}
        )

    client = AuthenticatedClient(
        domain="demo", access_token="t", region="us", httpx_args={"transport": httpx.MockTransport(record)}
    )
    parsed = asyncio.run(login.asyncio(client=client, body=BotLoginForm(channel_uuid=UUID(CHANNEL))))
    assert parsed is not None and seen == [
        "https://kit-im-us.voximplant.com/api/v3/botService/login?domain=demo&access_token=t"
    ]
    with pytest.raises(ValueError, match="region"):
        AuthenticatedClient(domain="demo", access_token="t", region="mars")
    with pytest.raises(ValueError, match="base_url"):
        AuthenticatedClient(domain="demo", access_token="t")


def test_scenario_call_campaign_and_report_sync(emulator: LiveServer) -> None:
    _control(emulator, "PUT", "/outcomes/12025550101", json={"outcome": "busy"})
    with _client(emulator) as client:
        account = get_account_info.sync(client=client)
        started = run_scenario.sync(
            client=client,
            body=RunScenarioForm(
                scenario_id=101, phone="12025550123", variables='{"name":"Alex"}', caller_id="12025550100"
            ),
        )
        while_talking = history_search_calls_v_3.sync(client=client)
        with emulator.control() as control:
            control.post("/clock", json={"advance_seconds": 61}).raise_for_status()  # the call plays out
        history = history_search_calls_v_3.sync(client=client)
        campaign = outbound_init_campaign.sync(
            client=client,
            body=InitCampaignForm(
                title="Client campaign",
                max_attempts=1,
                interval=5,
                max_lines=2,
                scenario_id=101,
                phone_number_id=11,
                caller_id=21,
                time_start="00:00:00",
                time_end="23:59:59",
                date_start="2000-01-01 00:00:00",
                date_end="9999-12-31 23:59:59",
                permanent=False,
                description="from the generated client",
            ),
        )
        assert campaign is not None and not isinstance(campaign, ErrorType)
        campaign_id = campaign.result.id
        assert isinstance(campaign_id, int)
        rows = json.dumps([{"phone": "12025550101", "UTC": "America/New_York"}])
        appended = append_to_campaign.sync(
            client=client, body=AppendToCampaignForm(campaign_id=campaign_id, rows=rows)
        )
        with emulator.control() as control:
            control.post("/clock", json={"advance_seconds": 3}).raise_for_status()  # busy after 2 s
        attempts = search_attempts.sync(client=client, campaign_id=campaign_id)
        stat = outbound_stat.sync(client=client, body=CampaignStatForm(campaign_ids=f"[{campaign_id}]"))
        queued = export_calls_history_report.sync(
            client=client, body=ExportCallsHistoryReportForm(format_=ExportCallsHistoryReportFormFormat.XLSX)
        )
        assert queued is not None and not isinstance(queued, ErrorType)
        report_id = queued.result.report_id
        with emulator.control() as control:
            control.post("/clock", json={"advance_seconds": 3}).raise_for_status()
        status = get_report_status.sync(client=client, body=ReportIdForm(report_id=report_id))
        report = download_report.sync(client=client, body=ReportIdForm(report_id=report_id))
    assert isinstance(account, GetAccountInfoResponseType) and account.result.domain.name == "demo"
    assert isinstance(started, BoolResponseType) and started.result is True
    assert isinstance(while_talking, CallsHistoryResponseType) and while_talking.result == []
    assert isinstance(history, CallsHistoryResponseType)
    assert history.result[0].completion_code == CompletionCode.CALL_ANSWERED
    assert history.field_meta.total_count == 1
    assert appended is not None and not isinstance(appended, ErrorType) and appended.result.success_count == 1
    assert attempts is not None and not isinstance(attempts, ErrorType)
    assert [a.completion_code for a in attempts.result] == [CompletionCode.CALL_BUSY]
    assert stat is not None and not isinstance(stat, ErrorType) and stat.result[0].call_failed == 1
    assert status is not None and not isinstance(status, ErrorType) and status.result.processed is True
    assert isinstance(report, File)
    with zipfile.ZipFile(io.BytesIO(report.payload.read())) as workbook:
        assert "xl/workbook.xml" in workbook.namelist()


def test_official_wire_keys_read_into_the_models_and_time_zones_need_no_credentials(
    emulator: LiveServer,
) -> None:
    with Client(base_url=f"{emulator.url}/api") as anonymous:
        zones = get_list_timezones.sync(client=anonymous)
    with _client(emulator) as client:
        campaign = outbound_init_campaign.sync(
            client=client,
            body=InitCampaignForm(
                title="Wire keys",
                max_attempts=1,
                interval=5,
                max_lines=1,
                scenario_id=101,
                phone_number_id=11,
                caller_id=21,
                time_start="00:00:00",
                time_end="23:59:59",
                date_start="2000-01-01 00:00:00",
                date_end="9999-12-31 23:59:59",
                permanent=True,
                description="camelCase paging, capitalised stat keys, UTC in fail_list",
            ),
        )
        assert campaign is not None and not isinstance(campaign, ErrorType)
        rows = json.dumps(
            [{"phone": "12025550101", "UTC": "America/New_York"}, {"phone": "1", "UTC": "Mars/X"}]
        )
        appended = append_to_campaign.sync(
            client=client, body=AppendToCampaignForm(campaign_id=campaign.result.id, rows=rows)
        )
        stat = outbound_stat.sync(
            client=client, body=CampaignStatForm(campaign_ids=f"[{campaign.result.id}]")
        )
        page = outbound_search_campaigns.sync(client=client, page=1, per_page=1)
    assert isinstance(zones, GetListTimezonesResponseType)
    assert "America/New_York" in {zone.name for zone in zones.result}
    assert campaign.result.permanent is True
    assert appended is not None and not isinstance(appended, ErrorType)
    assert [(row.phone, row.utc) for row in appended.result.fail_list] == [("1", "Mars/X")]
    assert stat is not None and not isinstance(stat, ErrorType)
    assert (stat.result[0].status, stat.result[0].call_item_count, stat.result[0].call_ended) == (
        "started",
        1,
        0,
    )
    assert page is not None and not isinstance(page, ErrorType)
    assert (page.field_meta.current_page, page.field_meta.per_page) == (1, 1)
    assert page.field_meta.total_count >= 1 and page.field_meta.page_count == page.field_meta.total_count


def test_errors_are_typed(emulator: LiveServer) -> None:
    with _client(emulator, token="wrong") as client:
        refused = get_account_info.sync_detailed(client=client)
    reader = _client(emulator, token="demo-read-token")
    with reader, pytest.raises(errors.PermissionDeniedError) as forbidden:
        run_scenario.sync(
            client=reader, body=RunScenarioForm(scenario_id=101, phone="1", variables="{}", caller_id="1")
        )
    assert refused.status_code == 401
    assert isinstance(refused.parsed, ErrorType) and refused.parsed.result.code == 401
    assert (forbidden.value.status, forbidden.value.code) == (403, 403)
    assert forbidden.value.message == "You are not allowed to perform this action."


def test_storage_tags_and_custom_channel_async(emulator: LiveServer) -> None:
    async def scenario() -> None:
        async with _client(emulator) as client:
            put = await kv_put.asyncio(
                client=client, body=KvPutForm(key="account", value='{"visits":1}', ttl=-1)
            )
            got = await kv_get.asyncio(client=client, body=KvGetForm(key="account"))
            tags = await search_tags.asyncio(client=client, body=SearchTagsForm(per_page=0))
            tokens = await login.asyncio(client=client, body=BotLoginForm(channel_uuid=UUID(CHANNEL)))
            assert put is not None and not isinstance(put, ErrorType) and put.result == "ok"
            assert got is not None and not isinstance(got, ErrorType) and got.result == '{"visits":1}'
            assert tags is not None and not isinstance(tags, ErrorType)
            assert [t.tag_name for t in tags.result] == ["VIP", "Complaint"]
            assert tokens is not None and not isinstance(tokens, ErrorType)
            event = MessagingIncomingEventType(
                client_data=MessagingIncomingEventTypeClientData(client_id="client-7"),
                event_id="evt-7",
                event_type=MessagingIncomingEventTypeEventType.SEND_MESSAGE,
                event_data=MessagingIncomingEventTypeEventData(message=MessagingEventMessageType(text="Hi")),
            )
            channel = client.with_headers({"Authorization": f"Bearer {tokens.result.access_token}"})
            accepted = await send_event.asyncio(UUID(CHANNEL), client=channel, body=event)
            assert isinstance(accepted, BoolResponseType) and accepted.result is True
        async with Client(base_url=f"{emulator.url}/api") as anonymous:
            fresh = await refresh_token.asyncio(
                client=anonymous, body=BotRefreshForm(refresh_token=tokens.result.refresh_token)
            )
            assert fresh is not None and not isinstance(fresh, ErrorType)
            (conversation,) = _control(emulator, "GET", "/conversations")
            replied = await send_response.asyncio(
                client=anonymous,
                conversation_uuid=UUID(conversation["uuid"]),
                body=ChannelDataObject(text="Hello!"),
            )
            assert isinstance(replied, BoolResponseType)

    asyncio.run(scenario())
    (conversation,) = _control(emulator, "GET", "/conversations")
    assert [m["text"] for m in conversation["messages"]] == ["Hi", "Hello!"]
