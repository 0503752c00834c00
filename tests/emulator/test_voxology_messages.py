"""Messages: outbound SMS with status webhooks, inbound SMS from the control API, opt-outs, listing."""

from __future__ import annotations

from ..conftest import LiveServer
from ..customer_server import CustomerServer
from .voxology import FAR_END, NUMBER, api, configure, control, deliveries, error, schema_errors, settings


def send(emulator: LiveServer, **extra: object) -> dict[str, object]:
    with api(emulator) as client:
        response = client.post(
            "/Messages",
            json={"api_no": NUMBER, "caller_no": FAR_END, "text_message": "sample message", **extra},
        )
    assert response.status_code == 200, response.text
    sent: dict[str, object] = response.json()
    return sent


def test_a_sent_message_reports_each_status_to_its_webhook(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    sent = send(emulator, external_id="order-7", status_webhook={"url": f"{customer_server.url}/status"})
    assert sent["status"] == "accepted"
    emulator.advance(0.5)  # queued, then sending
    assert [r.body["status"] for r in customer_server.requests_to("/status")] == ["queued", "sending"]
    emulator.advance(2.5)  # sent to the carrier, then its delivery receipt
    message_id = str(sent["message_id"])
    assert message_id.startswith("SMO:") and sent["uri"] == f"/v1/Messages/{message_id}"
    webhooks = [r.body for r in customer_server.requests_to("/status")]
    assert [w["status"] for w in webhooks] == ["queued", "sending", "sent", "delivered"]
    assert all(w["message_id"] == message_id and w["external_id"] == "order-7" for w in webhooks)
    assert all(schema_errors("MessageStatusWebhook", w) == [] for w in webhooks)
    recorded = deliveries(emulator, "message_status")
    assert [(d["state"], d["response_status"]) for d in recorded] == [("delivered", 204)] * 4

    with api(emulator) as client:
        viewed = client.get(f"/Messages/{message_id}").json()
        encoded = client.get(f"/Messages/{message_id.replace(':', '%3A')}").json()
        listed = client.get("/Messages", params={"external_id": "order-7"}).json()
        other = client.get("/Messages", params={"external_id": "order-8"}).json()
    assert viewed == encoded
    assert (viewed["status"], viewed["direction"], viewed["num_parts"]) == ("delivered", "outbound", 1)
    assert schema_errors("Message", viewed) == []
    assert [m["message_id"] for m in listed["messages"]] == [message_id]
    assert other["messages"] == []


def test_undeliverable_messages_end_undelivered_with_an_error(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    settings(emulator, message_outcome="undelivered")
    sent = send(emulator, status_webhook={"url": f"{customer_server.url}/status"})
    emulator.advance(3)
    final = customer_server.requests_to("/status")[-1].body
    assert (final["status"], final["error_code"]) == ("undelivered", 4720)
    with api(emulator) as client:
        assert client.get(f"/Messages/{sent['message_id']}").json()["status"] == "undelivered"


def test_long_and_unicode_messages_are_billed_in_parts(emulator: LiveServer) -> None:
    ascii_id = send(emulator, text_message="a" * 153)["message_id"]
    unicode_id = send(emulator, text_message="é" * 67)["message_id"]
    with api(emulator) as client:
        assert client.get(f"/Messages/{ascii_id}").json()["num_parts"] == 2
        assert client.get(f"/Messages/{unicode_id}").json()["num_parts"] == 2


def test_an_inbound_sms_is_stored_and_sent_to_the_number_callback(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    configure(
        emulator, NUMBER, f"{customer_server.url}/voice", callback_sms={"url": f"{customer_server.url}/sms"}
    )
    message = control(
        emulator, "POST", "/inbound/sms", json={"to": NUMBER, "from": FAR_END, "text": "Hi there"}
    )
    emulator.advance(0)  # the callback is sent once the message is stored
    assert message["message_id"].startswith("SMI:") and message["status"] == "received"
    [callback] = customer_server.requests_to("/sms")
    assert customer_server.requests_to("/voice") == []
    assert callback.body["text_message"] == "Hi there" and callback.body["direction"] == "inbound"
    assert (callback.body["api_no_city"], callback.body["caller_no_region"]) == ("Newport Beach", "CA")
    assert schema_errors("InboundMessageCallback", callback.body) == []
    with api(emulator) as client:
        inbound = client.get("/Messages", params={"direction": "inbound"}).json()["messages"]
    assert [m["message_id"] for m in inbound] == [message["message_id"]]


def test_stop_opts_the_far_end_out_until_start(emulator: LiveServer) -> None:
    control(emulator, "POST", "/inbound/sms", json={"to": NUMBER, "from": FAR_END, "text": "STOP"})
    blocked = send(emulator)
    control(emulator, "POST", "/inbound/sms", json={"to": NUMBER, "from": FAR_END, "text": "start"})
    allowed = send(emulator)
    emulator.advance(3)
    with api(emulator) as client:
        assert client.get(f"/Messages/{blocked['message_id']}").json()["status"] == "opt-out"
        assert client.get(f"/Messages/{allowed['message_id']}").json()["status"] == "delivered"


def test_sms_needs_an_sms_capable_number_of_ours(emulator: LiveServer) -> None:
    with api(emulator) as client:
        foreign = client.post(
            "/Messages", json={"api_no": "+13105550000", "caller_no": FAR_END, "text_message": "x"}
        )
        short_ttl = client.post(
            "/Messages",
            json={"api_no": NUMBER, "caller_no": FAR_END, "text_message": "x", "time_to_live": 999},
        )
        dial_sms = client.post(
            "/Dials/SMS", json={"call": {"no": FAR_END, "caller_id_no": NUMBER}, "message": "Hi"}
        )
    error(foreign, 403, 403293)
    assert error(short_ttl, 400, 400001)["help"] == "time_to_live must be at least 1000 milliseconds"
    assert dial_sms.status_code == 201
    with api(emulator) as client:
        log = client.get(f"/History/Logs/Calls/{dial_sms.json()['call']['id']}").json()
        texts = client.get("/Messages").json()["messages"]
    assert (log["type"], log["origin_api"], log["text_message"]) == ("sms", "Dials_SMS", "Hi")
    assert [m["text_message"] for m in texts] == ["Hi"]
