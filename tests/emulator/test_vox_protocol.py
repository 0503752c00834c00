"""The Voximplant wire: per-method paths and the single `cmd` endpoint, form or query string, any-case
booleans, validation in Voximplant's error format, transport errors, hostile input; never a 500."""

from __future__ import annotations

import httpx
import pytest

from ..conftest import LiveServer
from .vox import BASE, DEMO, error, new_app, ok


def test_the_cmd_endpoint_runs_the_same_operations(emulator: LiveServer) -> None:
    created = httpx.post(
        f"{emulator.url}{BASE}", data={**DEMO, "cmd": "AddApplication", "application_name": "viacmd"}
    )
    listed = httpx.post(f"{emulator.url}{BASE}/", params={"cmd": "GetApplications"}, data=DEMO)
    assert created.json()["application_name"] == "viacmd.demo.n1.voximplant.com"
    assert [a["application_id"] for a in listed.json()["result"]] == [created.json()["application_id"]]


@pytest.mark.parametrize(
    ("fields", "code", "text"),
    [({}, 102, "Missing 'cmd' parameter"), ({"cmd": "AddNothing"}, 103, "Unknown command: AddNothing")],
)
def test_cmd_errors(emulator: LiveServer, fields: dict[str, str], code: int, text: str) -> None:
    reply = httpx.post(f"{emulator.url}{BASE}", data={**DEMO, **fields})
    assert reply.status_code == 200
    assert reply.json() == {"error": {"code": code, "msg": text}}


def test_fields_may_travel_in_the_query_string_and_the_trailing_slash_is_optional(
    emulator: LiveServer,
) -> None:
    reply = httpx.post(f"{emulator.url}{BASE}/AddApplication", params={**DEMO, "application_name": "inquery"})
    assert reply.json()["result"] == 1
    secure = httpx.post(
        f"{emulator.url}{BASE}/SetApplicationInfo/",
        params={**DEMO, "application_id": reply.json()["application_id"]},
        data={"secure_record_storage": "TRUE"},
    )
    assert secure.json()["secure_record_storage"] is True  # booleans in any case, as the Python client sends


def test_validation_errors_name_the_field(emulator: LiveServer) -> None:
    missing = error(emulator, "AddUser", application_id=1, user_name="abc", user_password="Passw0rd!")
    alternative = error(
        emulator, "AddUser", user_name="abc", user_display_name="A", user_password="Passw0rd!"
    )
    bad_type = error(emulator, "GetApplications", count="many")
    bad_list = error(emulator, "DelUser", user_id="1;two")
    assert missing == {"code": 101, "msg": "user_display_name is required"}
    assert alternative == {"code": 101, "msg": "application_id or application_name is required"}
    assert bad_type["code"] == 101 and "count" in bad_type["msg"]
    assert bad_list["code"] == 101 and "user_id" in bad_list["msg"]


def test_other_http_methods_and_unknown_paths(emulator: LiveServer) -> None:
    wrong_method = httpx.get(f"{emulator.url}{BASE}/GetAccountInfo/", params=DEMO)
    unknown = httpx.post(f"{emulator.url}{BASE}/NoSuchMethod/", data=DEMO)
    assert wrong_method.status_code == 405 and wrong_method.headers["allow"] == "POST"
    assert wrong_method.json()["error"]["code"] == 103
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == 103


HOSTILE: list[tuple[str, bytes, dict[str, str]]] = [
    ("JSON body", b'{"application_name": "x"}', {"content-type": "application/json"}),
    ("broken multipart", b"--xx\r\nnope", {"content-type": "multipart/form-data; boundary=xx"}),
    ("invalid UTF-8", b"application_name=\xff\xfe", {"content-type": "application/x-www-form-urlencoded"}),
    (
        "huge number",
        b"application_name=a1&count=" + b"9" * 40,
        {"content-type": "application/x-www-form-urlencoded"},
    ),
    (
        "NaN",
        b"application_id=1&acd_queue_name=q&service_probability=nan",
        {"content-type": "application/x-www-form-urlencoded"},
    ),
    (
        "10 MB form",
        b"application_name=" + b"a" * (10 * 1024 * 1024),
        {"content-type": "application/x-www-form-urlencoded"},
    ),
]


@pytest.mark.parametrize(("label", "body", "headers"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_input_gets_a_voximplant_error_and_the_emulator_keeps_serving(
    emulator: LiveServer, label: str, body: bytes, headers: dict[str, str]
) -> None:
    method = (
        "AddQueue" if label == "NaN" else "GetApplications" if label == "huge number" else "AddApplication"
    )
    reply = httpx.post(f"{emulator.url}{BASE}/{method}/", params=DEMO, content=body, headers=headers)
    assert reply.status_code in (200, 413), (label, reply.status_code)
    assert reply.json()["error"]["code"] in (101, 404), (label, reply.text[:200])
    assert new_app(emulator, "stillalive") > 0


def test_json_inside_a_string_is_parsed_and_checked(emulator: LiveServer) -> None:
    app_id = new_app(emulator)
    not_json = error(emulator, "SQ_BindSkill", application_id=app_id, user_id="all", sq_skills="[{")
    wrong_shape = error(
        emulator, "SQ_BindSkill", application_id=app_id, user_id="all", sq_skills='[{"sq_skill_id": 1}]'
    )
    assert not_json["code"] == 101 and "sq_skills is not valid JSON" in not_json["msg"]
    assert wrong_shape["code"] == 101 and "sq_skill_level" in wrong_shape["msg"]
    assert ok(emulator, "GetAccountInfo")["result"]["account_id"] == 1
