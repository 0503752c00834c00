"""The generated webhook helpers (`<package>.webhooks`, from the specs' `webhooks`): every documented callback
read from every content type it is documented in, and Kit's hash checked on what the emulator delivered."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from voximplant_kit_client import AuthenticatedClient as KitClient
from voximplant_kit_client import webhooks as kit_webhooks
from voximplant_kit_client.api.callbacks import callback_create
from voximplant_kit_client.models import CallbackCreateForm, CallbackRequest
from voxology_client import webhooks as voxology_webhooks

from emulator.core.specs import dereference, load_spec
from emulator.providers.voxology.wire import encode

from ..conftest import LiveServer
from ..customer_server import CustomerServer
from ..emulator.kit import advance, api, control, run_scenario

VOXOLOGY = load_spec("voxology")
RESOLVED = dereference(VOXOLOGY, VOXOLOGY)


def _example(schema: dict[str, Any]) -> Any:
    """A value the schema accepts, from its examples, enum or type (callbacks the docs show no example of)."""
    if "examples" in schema:
        return schema["examples"][0]
    if "enum" in schema:
        return next(value for value in schema["enum"] if value is not None)
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), "null") if isinstance(kind, list) else kind
    if "oneOf" in schema or "anyOf" in schema:
        return _example((schema.get("oneOf") or schema.get("anyOf"))[0])
    if kind == "object":
        return {
            name: _example(sub)
            for name, sub in schema.get("properties", {}).items()
            if name in schema.get("required", [])
        }
    return {"string": "text", "integer": 7, "number": 1.5, "boolean": True, "array": [], "null": None}[
        str(kind)
    ]


def _payloads() -> list[tuple[str, str, dict[str, Any]]]:
    """(webhook, content type, payload) for every documented callback and content type: the spec's examples,
    or one built from the schema's required properties (keys stripped: the docs' example has `"x "` typos)."""
    cases = []
    for name, item in RESOLVED["webhooks"].items():
        content = item["post"]["requestBody"]["content"]
        examples = [e["value"] for media in content.values() for e in (media.get("examples") or {}).values()]
        payload = examples[0] if examples else _example(next(iter(content.values()))["schema"])
        payload = {key.strip(): value for key, value in payload.items()}
        cases += [(name, content_type, payload) for content_type in content]
    return cases


@pytest.mark.parametrize(("webhook", "content_type", "payload"), _payloads(), ids=lambda v: str(v)[:40])
def test_every_voxology_callback_reads_from_every_documented_content_type(
    webhook: str, content_type: str, payload: dict[str, Any]
) -> None:
    parse = voxology_webhooks.PARSERS[webhook]
    from_json = parse(json.dumps(payload).encode(), "application/json")
    body, sent_as, _ = encode("POST", content_type, payload)  # as the emulator (and Voxology) sends it
    assert body is not None and sent_as == content_type
    parsed = parse(body.encode(), f"{content_type}; charset=utf-8")
    expected, got = from_json.to_dict(), parsed.to_dict()
    if content_type == "application/x-www-form-urlencoded":
        # A form carries the key presses' latest digits, not their history (as documented).
        for press in expected.get("key_presses", []):
            press.pop("history", None)
    if content_type != "application/json":
        # Text formats write an empty object and a null alike (nothing): compare what has a value.
        expected, got = (
            {key: value for key, value in found.items() if value not in (None, {})}
            for found in (expected, got)
        )
    assert got == expected


def test_a_voice_callback_form_reads_as_typed_values() -> None:
    body = "service=programmable_voice&type=live_call&app_id=a&call_id=1%402&caller_no=%2B1&api_no=%2B2"
    body += "&direction=outbound&status=live-in-progress&duration=1200&connect_time_sec=&is_webhook=true"
    body += "&key_presses.menu=3&recordings.greeting=R1&custom_data.crm_id=77"
    callback = voxology_webhooks.parse_voice_callback(body, "application/x-www-form-urlencoded")
    assert callback.duration == 1200 and callback.connect_time_sec is None
    assert [(p.name, p.digits) for p in callback.key_presses] == [("menu", "3")]
    assert [(r.name, r.id) for r in callback.recordings] == [("greeting", "R1")]
    assert callback.custom_data.to_dict() == {"crm_id": "77"}
    assert str(callback.type_) == "live_call"


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        ("{}", "text/plain", "not text/plain"),
        ("{not json", "application/json", "does not parse"),
        ("[1, 2]", "application/json", "not an object"),
        ('{"service": "programmable_voice"}', "application/json", "not the documented body"),
        ("<request><service>", "application/xml", "does not parse"),
    ],
)
def test_a_body_that_is_not_the_callback_is_refused(body: str, content_type: str, message: str) -> None:
    with pytest.raises(voxology_webhooks.WebhookError, match=message):
        voxology_webhooks.parse_voice_callback(body, content_type)


def test_message_status_is_documented_as_json_only() -> None:
    with pytest.raises(voxology_webhooks.WebhookError, match="sent as application/json"):
        voxology_webhooks.parse_message_status("a=b", "application/x-www-form-urlencoded")


SALT, DOMAIN = "pepper-42", "demo"


def _documented_hash(salt: str, domain: str, event: str) -> str:
    """The callback/create notes: md5(salt + domainName + callbackName), hexadecimal."""
    return hashlib.md5(f"{salt}{domain}{event}".encode()).hexdigest()


def _delivered(emulator: LiveServer, customer_server: CustomerServer) -> bytes:
    """The body of the finished_call callback the emulator delivers for a scenario call, as sent."""
    client = KitClient(domain=DOMAIN, access_token="demo-token", base_url=f"{emulator.url}/api")
    form = CallbackCreateForm(
        name="CRM",
        url=f"{customer_server.url}/kit",
        salt=SALT,
        callbacks='["finished_call"]',
        is_enabled=True,
    )
    callback_create.sync(client=client, body=form)
    with api(emulator) as http:
        run_scenario(http, "12025550123").raise_for_status()
    advance(emulator, 61)
    (received,) = customer_server.requests_to("/kit")
    (event,) = control(emulator, "GET", "/accounts/demo/callback_events")
    assert event["body"] == received.body
    return json.dumps(received.body).encode()


def test_kits_delivered_callback_parses_and_its_hash_verifies(
    emulator: LiveServer, customer_server: CustomerServer
) -> None:
    body = _delivered(emulator, customer_server)
    payload = kit_webhooks.parse_callback(body, "application/json")
    (item,) = payload.callbacks
    assert item.hash_ == _documented_hash(SALT, DOMAIN, "finished_call")
    assert kit_webhooks.callback_hash(item, salt=SALT, domain=DOMAIN) == item.hash_
    assert kit_webhooks.verify_callback(payload, salt=SALT, domain=DOMAIN)
    assert item.additional_properties["finished_call"]["phone_b"] == "12025550123"

    assert not kit_webhooks.verify_callback(payload, salt="other", domain=DOMAIN)
    assert not kit_webhooks.verify_callback(payload, salt=SALT, domain="other")
    raw = json.loads(body)
    tampered_hash = json.loads(body)
    tampered_hash["callbacks"][0]["hash"] = ("0" if item.hash_[0] != "0" else "1") + item.hash_[1:]
    tampered_type = json.loads(body)
    tampered_type["callbacks"][0]["type"] = "call_finalized"
    for tampered in (tampered_hash, tampered_type):
        assert tampered != raw
        parsed = kit_webhooks.parse_callback(json.dumps(tampered), "application/json")
        assert not kit_webhooks.verify_callback(parsed, salt=SALT, domain=DOMAIN)
    empty = kit_webhooks.parse_callback('{"callbacks": []}', "application/json")
    assert not kit_webhooks.verify_callback(empty, salt=SALT, domain=DOMAIN)


def test_kits_documented_example_verifies_with_its_salt_and_domain() -> None:
    kit = load_spec("voximplant-kit")
    media = kit["webhooks"]["callback"]["post"]["requestBody"]["content"]["application/json"]
    (example,) = media["examples"].values()
    payload = kit_webhooks.PARSERS["callback"](json.dumps(example["value"]), "application/json")
    assert isinstance(payload, CallbackRequest)
    assert kit_webhooks.verify_callback(payload, salt="s3cret", domain="demo")
    assert payload.callbacks[0].hash_ == _documented_hash("s3cret", "demo", "finished_call")
    with pytest.raises(kit_webhooks.WebhookError):
        kit_webhooks.parse_callback('{"callbacks": [{"type": "finished_call"}]}', "application/json")
