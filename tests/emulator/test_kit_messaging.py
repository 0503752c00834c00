"""The messaging host: custom-channel tokens and events, bot replies, WhatsApp templates."""

from __future__ import annotations

from typing import Any

import httpx

from ..conftest import LiveServer
from ..customer_server import CustomerServer
from .kit import BASE, CHANNEL, advance, api, control

EVENT = {
    "client_data": {"client_id": "client-42", "client_display_name": "Alex"},
    "event_id": "evt-1",
    "event_type": "send_message",
    "event_data": {"message": {"message_id": "m-1", "text": "Hello!"}},
}


def _login(live: LiveServer) -> dict[str, str]:
    with api(live) as client:
        response = client.post("/v3/botService/login", data={"channel_uuid": CHANNEL})
    assert response.status_code == 200, response.text
    tokens: dict[str, str] = response.json()["result"]
    return tokens


def _event(
    live: LiveServer, jwt: str, channel: str = CHANNEL, event: dict[str, Any] | None = None
) -> httpx.Response:
    return httpx.post(
        f"{live.url}{BASE}/{channel}", json=event or EVENT, headers={"Authorization": f"Bearer {jwt}"}
    )


def test_channel_events_open_a_conversation_the_bot_answers(emulator: LiveServer) -> None:
    tokens = _login(emulator)
    first = _event(emulator, tokens["access_token"])
    repeat = _event(emulator, tokens["access_token"])  # same event_id: recorded once
    (conversation,) = control(emulator, "GET", "/accounts/demo/conversations")
    reply = httpx.post(
        f"{emulator.url}{BASE}/v3/botService/sendResponse",
        params={"conversation_uuid": conversation["uuid"]},
        json={"text": "Hi Alex!", "payload": [{"type": "text", "text": "Hi Alex!"}]},
    )
    (conversation,) = control(emulator, "GET", "/accounts/demo/conversations")
    assert first.json() == repeat.json() == {"success": True, "result": True}
    assert [m["direction"] for m in conversation["messages"]] == ["in", "out"]
    assert conversation["client_id"] == "client-42"
    assert reply.json()["result"] is True
    (outgoing,) = conversation["outbox"]  # what Kit posts to the channel's callback URL
    assert outgoing["event_type"] == "send_message"
    assert outgoing["client_data"] == {"client_id": "client-42"}
    assert outgoing["event_data"]["message"]["text"] == "Hi Alex!"
    assert outgoing["event_data"]["sender_data"]["is_bot"] is True


def test_events_need_a_fresh_token_of_their_channel(emulator: LiveServer) -> None:
    tokens = _login(emulator)
    other_channel = "0a4b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"
    control(emulator, "POST", "/accounts/demo/channels", json={"uuid": other_channel})
    missing = httpx.post(f"{emulator.url}{BASE}/{CHANNEL}", json=EVENT)
    wrong_channel = _event(emulator, tokens["access_token"], other_channel)
    garbage = _event(emulator, "not-a-jwt")
    advance(emulator, 15 * 60 + 1)
    expired = _event(emulator, tokens["access_token"])
    assert missing.status_code == garbage.status_code == 401
    assert wrong_channel.status_code == 403
    assert expired.status_code == 401
    assert expired.json()["result"]["error"] == "Token expired: refresh it with botService/refreshToken"


def test_refresh_tokens_rotate(emulator: LiveServer) -> None:
    tokens = _login(emulator)
    url = f"{emulator.url}{BASE}/v3/botService/refreshToken"
    advance(emulator, 20 * 60)
    fresh = httpx.post(url, data={"refresh_token": tokens["refresh_token"]})
    reused = httpx.post(url, data={"refresh_token": tokens["refresh_token"]})
    assert fresh.status_code == 200
    assert _event(emulator, fresh.json()["result"]["access_token"]).status_code == 200
    assert reused.status_code == 401
    advance(emulator, 24 * 60 * 60 + 1)
    stale = httpx.post(url, data={"refresh_token": fresh.json()["result"]["refresh_token"]})
    assert stale.status_code == 401


def test_login_needs_a_channel_of_the_account(emulator: LiveServer) -> None:
    with api(emulator) as client:
        unknown = client.post(
            "/v3/botService/login", data={"channel_uuid": "0a4b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"}
        )
        malformed = client.post("/v3/botService/login", data={"channel_uuid": "nope"})
    assert unknown.status_code == 404
    assert malformed.status_code == 400


def test_whatsapp_template_starts_a_conversation_that_takes_messages(emulator: LiveServer) -> None:
    with api(emulator) as client:
        sent = client.post(
            "/v3/botService/sendTemplateMessage",
            data={
                "client_id": "+12025550123",
                "channel_id": "wa-1",
                "message_template_id": "welcome_1",
                "text_param_values": '["Alex"]',
            },
        )
        unknown = client.post(
            "/v3/botService/sendTemplateMessage",
            data={"client_id": "+12025550123", "channel_id": "wa-1", "message_template_id": "nope"},
        )
        result = sent.json()["result"]
        follow_up = client.post(
            "/v3/botService/sendMessage",
            data={"conversation_uuid": result["conversation_uuid"], "text": "See you"},
        )
        empty = client.post(
            "/v3/botService/sendMessage", data={"conversation_uuid": result["conversation_uuid"]}
        )
    (conversation,) = control(emulator, "GET", "/accounts/demo/conversations")
    assert sent.status_code == 200 and unknown.status_code == 404
    assert [m["text"] for m in conversation["messages"]] == [
        "Hello Alex, thanks for contacting us!",
        "See you",
    ]
    assert conversation["messages"][0]["message_id"] == result["message_uuid"]
    assert follow_up.json()["result"] is True
    assert empty.status_code == 400 and empty.json()["result"]["error"] == "text or payload is required"


def test_replies_are_posted_to_the_channels_callback_url(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    channel = "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"
    control(
        emulator,
        "POST",
        "/accounts/demo/channels",
        json={"uuid": channel, "callback_url": f"{customer_server.url}/channel"},
    )
    with api(emulator) as client:
        jwt = client.post("/v3/botService/login", data={"channel_uuid": channel}).json()["result"]
    _event(emulator, jwt["access_token"], channel).raise_for_status()
    conversation = next(
        c for c in control(emulator, "GET", "/accounts/demo/conversations") if c["channel"] == channel
    )
    httpx.post(
        f"{emulator.url}{BASE}/v3/botService/sendResponse",
        params={"conversation_uuid": conversation["uuid"]},
        json={"text": "Hi Alex!", "payload": []},
    ).raise_for_status()
    advance(emulator, 0)
    (received,) = customer_server.requests_to("/channel")
    assert received.method == "POST" and received.headers["content-type"] == "application/json"
    assert received.body["event_type"] == "send_message"
    assert received.body["client_data"] == {"client_id": "client-42"}
    assert received.body["event_data"]["message"]["text"] == "Hi Alex!"
