"""One stateful write per API that answers with what it created, and a read of everything stored.

A write returns the key of what it created once the vendor acknowledged it (2xx, or a JSON-RPC or
Voximplant result without an error); anything else raises. `stored` reads every record of that kind
back, through the vendor API or the control API, as (id, key) pairs. A key is the assigned id with
something only the n-th write sent (a number, a name), so a record overwritten by a later write that
was handed the same id again no longer shows the key of the first.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

CCAI_AUTH = ("demo", "demo-token")
# Incoming calls queue for the menu's agents: many can be created at once (an outbound call takes its
# agent, who is then busy until that call ends).
CCAI_CALL = {
    "call_type": "Voice Inbound (API)",
    "menu_id": 9,
    "lang": "en",
    "end_user_number": "+1 859-657-9625",
}
KIT = {"domain": "demo", "access_token": "demo-token"}
VOX = {"account_id": "1", "api_key": "demo-api-key"}
VOXOLOGY_KEY = {"X-API-Key": "demo-api-key"}
CALLGEAR_KEY = "demo-permanent-key"

Record = tuple[str, str]


class Refused(AssertionError):
    """The vendor did not acknowledge a write."""


def _checked(response: httpx.Response) -> Any:
    if not response.is_success:
        request = response.request
        raise Refused(f"{request.method} {request.url.path}: {response.status_code} {response.text}")
    return response.json() if response.content else None


def _ccai_write(client: httpx.Client, n: int) -> str:
    # The call keeps the end user's number it was given: what tells this call from another.
    body = {**CCAI_CALL, "end_user_number": f"+1 859{n:07d}"}
    created = _checked(client.post("/apps/api/v1/calls", json=body, auth=CCAI_AUTH))
    return f"{created['id']} {body['end_user_number']}"


def _ccai_stored(client: httpx.Client) -> list[Record]:
    calls = _checked(client.get("/_emulator/ccai-platform/customers/demo/calls"))
    return [(str(c["id"]), f"{c['id']} {c['x_end_user_number']}") for c in calls]


def kit_number(n: int) -> str:
    return f"1202{n:07d}"


def _kit_write(client: httpx.Client, n: int) -> str:
    # addDncContacts answers `true` only: the entry is known by its number, its id is read back.
    number = kit_number(n)
    body = _checked(
        client.post(
            "/api/v3/dnc/addDncContacts", params=KIT, data={"id": 1, "contacts": json.dumps([number])}
        )
    )
    if body != {"success": True, "result": True}:
        raise Refused(str(body))
    return number


def _kit_stored(client: httpx.Client) -> list[Record]:
    # per-page 0 is the functions SDK's "every record" in one page
    body = _checked(
        client.post("/api/v3/dnc/searchDncContacts", params=KIT, data={"list_id": 1, "per-page": 0})
    )
    return [(str(e["id"]), e["number"]) for e in body["result"]]


def _vox(client: httpx.Client, method: str, **fields: Any) -> Any:
    body = _checked(client.post(f"/platform_api/{method}/", data={**VOX, **fields}))
    if "error" in body:
        raise Refused(f"{method}: {body}")
    return body


def _vox_write(client: httpx.Client, n: int) -> str:
    added = _vox(client, "AddApplication", application_name=f"robust-{n}")
    return f"{added['application_id']} {added['application_name']}"


def _vox_stored(client: httpx.Client) -> list[Record]:
    apps = _vox(client, "GetApplications", count=100_000)["result"]
    return [(str(a["application_id"]), f"{a['application_id']} {a['application_name']}") for a in apps]


def _voxology_write(client: httpx.Client, n: int) -> str:
    trunk = {"direction": "inbound", "inbound": {"destination": f"pbx{n}.example.com"}}
    created = _checked(client.post("/v1/Trunks", json=trunk, headers=VOXOLOGY_KEY))
    return f"{created['trunk_id']} {created['inbound']['destination']}"


def _voxology_stored(client: httpx.Client) -> list[Record]:
    trunks = _checked(client.get("/v1/Trunks", headers=VOXOLOGY_KEY))["trunks"]
    return [(t["trunk_id"], f"{t['trunk_id']} {t['inbound']['destination']}") for t in trunks]


def _callgear_write(client: httpx.Client, n: int) -> str:
    params = {
        "access_token": CALLGEAR_KEY,
        "first_call": "employee",
        "virtual_phone_number": "74993720692",
        "contact": f"7926{n:07d}",
        "employee": {"id": 25},
    }
    request = {"jsonrpc": "2.0", "id": n, "method": "start.employee_call", "params": params}
    reply = _checked(client.post("/v4.0", json=request))
    if "result" not in reply:
        raise Refused(str(reply))
    return f"{reply['result']['data']['call_session_id']} {params['contact']}"


def _callgear_stored(client: httpx.Client) -> list[Record]:
    calls = _checked(client.get("/_emulator/callgear-call-api/accounts/1/calls"))
    return [(str(c["call_session_id"]), f"{c['call_session_id']} {c['contact_phone_number']}") for c in calls]


@dataclass(frozen=True)
class Workload:
    name: str
    write: Callable[[httpx.Client, int], str]
    stored: Callable[[httpx.Client], list[Record]]


WORKLOADS = (
    Workload("ccai-platform calls", _ccai_write, _ccai_stored),
    Workload("voximplant-kit DNC contacts", _kit_write, _kit_stored),
    Workload("voximplant-management applications", _vox_write, _vox_stored),
    Workload("voxology trunks", _voxology_write, _voxology_stored),
    Workload("callgear call sessions", _callgear_write, _callgear_stored),
)
