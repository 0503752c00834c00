"""Every command of Voximplant's own Python client (voximplant-apiclient) against the emulator over HTTPS.

Data-driven: each client method gets the spec's request example of its command (the example's keys are the
wire names, which are the method's parameter names), converted to what the method expects, with the ids it
names replaced by those that earlier calls created. The calls run creates first, then uses, then deletes.
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from voximplant.apiclient import VoximplantAPI, VoximplantException

from ..conftest import LiveServer

SPEC = Path(__file__).parents[2] / "specs" / "voximplant-management" / "openapi.yaml"
METHOD = re.compile(r"def (\w+)\(self[^)]*\):(?:(?!\n    def ).)*?_perform_request\('(\w+)'", re.S)
SOURCE = "12125550142"

# Creates before uses before deletes; a verb not listed runs with the uses.
VERB_ORDER = [
    "Add", "Create", "Attach", "Append", "Bind", "Link", "Set", "Control", "Start", "Send", "Request",
    "Verify", "Activate", "Check", "Is", "Get", "Download", "Edit", "Update", "Change", "Reorder", "Stop",
    "Recover", "Cancel", "Remove", "Unbind", "Deactivate", "Del", "Delete",
]  # fmt: skip


# What a command's example cannot give: this account's own things, and an order of events it needs.
OVERRIDES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "BindSipRegistration": lambda ids: {
        "sip_registration_id": ids["sip_registration_id"],
        "application_id": ids["application_id"],
        "rule_id": ids["rule_id"],
        "bind": True,
    },
    # One line dialled at a time, so that the appended task still waits when EditCallListTask edits it.
    "CreateCallList": lambda ids: {"max_simultaneous": 1},
    "EditCallListTask": lambda ids: {"task_id": 2},
    # The example's window is a past day without traffic: today's (the number bought, the SMS sent) fills
    # the report that DownloadHistoryReport then downloads.
    "GetTransactionHistoryAsync": lambda ids: {
        "from_date": datetime.now(UTC) - timedelta(days=1),
        "to_date": datetime.now(UTC) + timedelta(days=1),
    },
    "DownloadHistoryReport": lambda ids: {"history_report_id": ids["transactions_report_id"]},
    "ControlSms": lambda ids: {"phone_number": SOURCE},
    "SendSmsMessage": lambda ids: {"source": SOURCE},
    "SQ_BindSkill": lambda ids: {
        "sq_skills": json.dumps([{"sq_skill_id": ids["sq_skill_id"], "sq_skill_level": 5}])
    },
    "LinkregulationAddress": lambda ids: {"phone_id": ids["london_phone_id"]},
}


def _seed(control: httpx.Client, account_id: int, command: str, ids: dict[str, Any]) -> None:
    """What Voximplant sells or verifies outside the API, made through the emulator's control routes."""
    base = f"/voximplant-management/accounts/{account_id}"

    def made(path: str, body: dict[str, Any]) -> Any:
        answer = control.post(path, json=body)
        answer.raise_for_status()
        return answer.json()

    if command == "DelCallerID":  # a caller ID is verified by a call to it
        ids["callerid_id"] = made(f"{base}/caller-ids", {"callerid_number": "12125550111"})["callerid_id"]
    elif command == "DeleteRecord":  # a record is made by a scenario's call
        session = {"application_id": ids["application_id"], "duration": 30, "record": True}
        ids["record_id"] = made(f"{base}/call-sessions", session)["records"][0]["record_id"]
    elif command == "LinkregulationAddress":  # a London number needs an address filed in the control panel
        ids["london_phone_id"] = made(f"{base}/phone-numbers", {"phone_number": "442079460123"})["phone_id"]
        address = {"country_code": "GB", "phone_region_code": "20", "city": "London", "street": "Strand"}
        ids["regulation_address_id"] = made(f"{base}/regulation-addresses", address)["regulation_address_id"]
    elif command == "SetChildAccountInfo":  # a child account is made by the partner API
        child = {"account_name": "every-child", "parent_account_id": account_id}
        ids["child_account_id"] = made("/voximplant-management/accounts", child)["account_id"]
    elif command == "DownloadInvoice":  # an invoice is issued by billing
        ids["invoice_id"] = made(f"{base}/invoices", {"total_amount": 25.0})["invoice_id"]
    elif command == "ActivateOutboundTestPhoneNumber":  # the code the verification call spoke
        answer = control.get(f"{base}/test-number")
        answer.raise_for_status()
        ids["verification_code"] = answer.json()["code"]


def _client_methods() -> dict[str, str]:
    """Every method of the installed client that performs a request, with the command it sends."""
    found = importlib.util.find_spec("voximplant.apiclient.client")
    assert found is not None and found.origin is not None
    return {name: command for name, command in METHOD.findall(Path(found.origin).read_text(encoding="utf-8"))}


def _request_count() -> int:
    """How many times the client's source performs a request: one per method, if no method was missed."""
    found = importlib.util.find_spec("voximplant.apiclient.client")
    assert found is not None and found.origin is not None
    return Path(found.origin).read_text(encoding="utf-8").count("self._perform_request(")


def _examples() -> dict[str, dict[str, Any]]:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    examples: dict[str, dict[str, Any]] = {}
    for item in document["paths"].values():
        body = (item["post"].get("requestBody") or {}).get("content", {})
        form = body.get("application/x-www-form-urlencoded", {}).get("examples", {})
        examples[item["post"]["operationId"]] = dict(form.get("request", {}).get("value") or {})
    return examples


def _verb(command: str) -> str:
    bare = command.removeprefix("SQ_").removeprefix("A2P")
    match = re.match(r"[A-Z][a-z]*", bare)
    assert match is not None
    return match.group(0)


def _rank(command: str) -> tuple[bool, int]:
    verb = _verb(command)
    rank = VERB_ORDER.index(verb) if verb in VERB_ORDER else VERB_ORDER.index("Get")
    # The application holds everything else: it goes last.
    return command == "DelApplication", rank


def _to_client(value: Any) -> Any:
    """The spec example's wire value as the client's method takes it (it formats dates itself)."""
    if isinstance(value, str):
        for pattern, kind in (("%Y-%m-%d %H:%M:%S", datetime), ("%Y-%m-%d", date)):
            try:
                parsed = datetime.strptime(value, pattern)
            except ValueError:
                continue
            return parsed if kind is datetime else parsed.date()
    return value


def _harvest(result: Any, created: dict[str, Any]) -> None:
    """Remember the ids a create answered with, for the calls that use them."""
    found = result.get("result") if isinstance(result, dict) else None
    for source in (result, found, found[0] if isinstance(found, list) and found else None):
        if isinstance(source, dict):
            for key, value in source.items():
                if key.endswith("_id") and isinstance(value, (int, str)) and key != "account_id":
                    created.setdefault(key, value)


def _documented_fields() -> dict[str, set[str]]:
    """The top-level fields of each command's documented success answer."""
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    fields: dict[str, set[str]] = {}
    for item in document["paths"].values():
        answer = item["post"]["responses"]["200"]["content"]["application/json"]
        success = answer.get("examples", {}).get("success", {}).get("value")
        fields[item["post"]["operationId"]] = set(success) if isinstance(success, dict) else set()
    return fields


def _is_result(answer: Any, documented: set[str]) -> bool:
    """A command's answer: a JSON body with its documented fields, or a file's content (downloads, reports).

    Some methods hand back the JSON body without raising its error, so an error body is no result."""
    if isinstance(answer, dict):
        return "error" not in answer and bool((documented | {"result", "file_content"}) & set(answer))
    # The client returns raw bytes only from a successful answer; a report of a busy day is not empty.
    return isinstance(answer, bytes) and len(answer) > 0


@pytest.fixture
def fresh(
    tls_server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[VoximplantAPI, int, int]]:
    """The demo state reset; a new account with a service account and an SMS number; the client for it."""
    assert tls_server.tls is not None and tls_server.tls.ca is not None
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tls_server.tls.ca))
    tls_server.reset()  # frozen: a call list waits for the clock, so each command meets it as created
    with tls_server.control() as control:
        account_id = control.post("/voximplant-management/accounts", json={"account_name": "every"}).json()[
            "account_id"
        ]
        credentials = control.post(f"/voximplant-management/accounts/{account_id}/service-accounts").json()
        number = control.post(
            f"/voximplant-management/accounts/{account_id}/phone-numbers",
            json={"phone_number": SOURCE, "sms_supported": True},
        )
        number.raise_for_status()
    path = tmp_path / "credentials.json"
    path.write_text(json.dumps(credentials), encoding="utf-8")
    yield (
        VoximplantAPI(str(path), endpoint=f"127.0.0.1:{tls_server.port}"),
        account_id,
        number.json()["phone_id"],
    )
    tls_server.reset(clock="real")  # the lists still dialling and the calls still ringing end here


def test_every_command_of_the_official_client(
    fresh: tuple[VoximplantAPI, int, int], tls_server: LiveServer
) -> None:
    api, account_id, phone_id = fresh
    methods = _client_methods()
    examples = _examples()
    documented = _documented_fields()
    created: dict[str, Any] = {"account_id": account_id, "phone_id": phone_id}
    outcome: dict[str, str] = {}  # by method name: "ok", or the error it raised
    for name in sorted(methods, key=lambda n: _rank(methods[n])):
        command = methods[name]
        method = getattr(api, name)
        signature = inspect.signature(method)
        with tls_server.control() as control:
            _seed(control, account_id, command, created)
        arguments = {key: _to_client(value) for key, value in examples[command].items()}
        for key in list(arguments):
            if key in created and arguments[key] != "all":
                arguments[key] = created[key]
        if command in OVERRIDES:
            arguments.update(OVERRIDES[command](created))
        for parameter in signature.parameters.values():
            if parameter.default is inspect.Parameter.empty and parameter.name not in arguments:
                arguments[parameter.name] = created.get(parameter.name)
        try:
            result = method(**arguments)
        except VoximplantException as error:
            outcome[name] = f"{command} {error.code}: {error.message}"
            continue
        outcome[name] = (
            "ok" if _is_result(result, documented[command]) else f"{command} not a result: {result!r:.200}"
        )
        if _verb(command) in {"Add", "Create", "Attach", "Append"}:
            _harvest(result, created)
        if command == "GetTransactionHistoryAsync":
            created["transactions_report_id"] = result["history_report_id"]
    failed = {name: answer for name, answer in outcome.items() if answer != "ok"}
    assert (
        len(methods) == len(set(methods.values())) == _request_count() == 184
    )  # voximplant-apiclient 2.12.0
    assert sorted(outcome) == sorted(methods)  # every method that performs a request was called
    # The real service would answer every one of these calls: each gave a result, none an error.
    assert failed == {}
