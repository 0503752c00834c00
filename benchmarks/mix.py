"""The fixed request mixes: which operations each load sends, how often, and the wrk Lua script.

A mix is deterministic: wrk's single thread walks a repeating cycle of `sum(weights)` requests in an
interleaved order (smooth weighted round robin), so every run sends exactly the same shares. Every request
carries the demo tenant's real credentials, so the emulator authenticates, validates and runs each one.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

SPECS = Path(__file__).resolve().parent.parent / "specs"

MENU_ID = 9  # the demo IVR menu
END_USER_NUMBER = "+1 859-657-9625"
OUTBOUND_NUMBER = "+1 339-219-5276"
DNC_NUMBER = "+1 415-111-1111"


def basic(user: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return {"Authorization": f"Basic {token}"}


CCAI_AUTH = basic("demo", "demo-token")  # the emulator's demo customer; Prism only checks presence
VOXOLOGY_ACCOUNT = basic("john.doe@company.com", "demo-password")
VOXOLOGY_APP = {"X-API-Key": "demo-api-key"}
KIT_QUERY = "domain=demo&access_token=demo-token"
# Credentials in the query string (documented beside the form body): Prism reads only the query for them.
VOXIMPLANT_QUERY = "account_id=1&api_key=demo-api-key"
CALLGEAR_KEY = "demo-permanent-key"


@dataclass(frozen=True)
class Operation:
    """One request of a mix: `path` is relative to the mix's base path, `query` already URL-encoded;
    a body is JSON (`body`) or a urlencoded form (`form`)."""

    name: str
    weight: int
    method: str
    path: str
    query: str = ""
    body: Any = field(default=None)
    form: Mapping[str, str] | None = None
    auth: Mapping[str, str] = field(default_factory=dict)

    def target_under(self, prefix: str) -> str:
        """Request target with the path mounted under `prefix` (Prism mounts spec paths at /)."""
        return f"{prefix}{self.path}" + (f"?{self.query}" if self.query else "")

    @property
    def body_text(self) -> str | None:
        if self.form is not None:
            return urlencode(self.form)
        return None if self.body is None else json.dumps(self.body, separators=(",", ":"))

    @property
    def headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json", **self.auth}
        if self.form is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif self.body is not None:
            headers["Content-Type"] = "application/json"
        return headers


@dataclass(frozen=True)
class Mix:
    """A load: its operations under one API's base path, and the spec Prism mocks for it (None: Prism
    cannot serve it, e.g. an OpenRPC API)."""

    name: str
    description: str
    base_path: str
    operations: tuple[Operation, ...]
    spec: Path | None
    jsonrpc: bool = False  # answers are 200 either way: a probe reads the body for an error

    @property
    def cycle(self) -> int:
        return sum(op.weight for op in self.operations)


def _rpc(method: str, weight: int, **params: Any) -> Operation:
    body = {"jsonrpc": "2.0", "id": 1, "method": method, "params": params}
    return Operation(method, weight, "POST", "", body=body)


CCAI_SPEC = SPECS / "ccai-platform" / "openapi.yaml"
CCAI_BASE = "/apps/api/v1"
WAIT_TIMES = Operation("wait times", 4, "GET", "/wait_times", "lang=en", auth=CCAI_AUTH)
DNC_CHECK = Operation(
    "DNC check", 2, "GET", "/outbound_dialer/dnc/check", "phone_number=%2B14151111111", auth=CCAI_AUTH
)
TEMPLATE = Operation("bulk users template", 1, "GET", "/bulk/users/template", auth=CCAI_AUTH)
# An incoming call queues for the menu's agents, so every repetition is accepted (an outbound call takes
# its agent, who is busy until that call ends).
INCOMING_CALL = Operation(
    "incoming call",
    2,
    "POST",
    "/calls",
    body={
        "call_type": "Voice Inbound (API)",
        "menu_id": MENU_ID,
        "end_user_number": END_USER_NUMBER,
        "outbound_number": OUTBOUND_NUMBER,
        "lang": "en",
    },
    auth=CCAI_AUTH,
)
DNC_ADD = Operation(
    "DNC add",
    1,
    "POST",
    "/outbound_dialer/dnc",
    body={"contacts": [{"phone_number": DNC_NUMBER}]},
    auth=CCAI_AUTH,
)

READ = Mix("read", "CCAI reads", CCAI_BASE, (WAIT_TIMES, DNC_CHECK, TEMPLATE), CCAI_SPEC)
WRITE = Mix(
    "write", "CCAI writes: a call created, a number added", CCAI_BASE, (INCOMING_CALL, DNC_ADD), CCAI_SPEC
)
CCAI = Mix(
    "ccai-platform", "CCAI reads and writes", CCAI_BASE, (*READ.operations, *WRITE.operations), CCAI_SPEC
)
CALLGEAR = Mix(
    "callgear-call-api",
    "CallGear JSON-RPC: list calls, log in",
    "/v4.0",
    (
        _rpc("list.calls", 3, access_token=CALLGEAR_KEY),
        _rpc("login.user", 1, login="your_login", password="your_password"),
    ),
    None,
    jsonrpc=True,
)
KIT = Mix(
    "voximplant-kit",
    "Kit: account, call history",
    "/api",
    (
        Operation("getAccountInfo", 2, "GET", "/v3/account/getAccountInfo", KIT_QUERY),
        Operation("history searchCalls", 1, "GET", "/v3/history/searchCalls", KIT_QUERY),
    ),
    SPECS / "voximplant-kit" / "openapi.yaml",
)
VOXOLOGY = Mix(
    "voxology",
    "Voxology: account, balance, caller ids",
    "/v1",
    (
        Operation("account", 1, "GET", "/Account", auth=VOXOLOGY_ACCOUNT),
        Operation("balance", 1, "GET", "/Account/Billings/Balance", auth=VOXOLOGY_ACCOUNT),
        Operation("caller ids", 2, "GET", "/CallerIDs", auth=VOXOLOGY_APP),
    ),
    SPECS / "voxology" / "openapi.yaml",
)
MANAGEMENT = Mix(
    "voximplant-management",
    "Voximplant Management: account info, applications",
    "/platform_api",
    (
        Operation("GetAccountInfo", 1, "POST", "/GetAccountInfo/", VOXIMPLANT_QUERY, form={}),
        Operation("GetApplications", 2, "POST", "/GetApplications/", VOXIMPLANT_QUERY, form={"count": "20"}),
    ),
    SPECS / "voximplant-management" / "openapi.yaml",
)

GOAL_MIXES = (READ, WRITE)  # what the goals are judged on
PER_API = (CCAI, CALLGEAR, KIT, VOXOLOGY, MANAGEMENT)

# Requests that must be refused, probed once per target to show that it checks credentials and bodies.
REFUSALS: tuple[Operation, ...] = (
    Operation("refused: no credentials", 0, "GET", "/wait_times", "lang=en"),
    Operation("refused: call without fields", 0, "POST", "/calls", body={}, auth=CCAI_AUTH),
)


def schedule(operations: Sequence[Operation]) -> list[int]:
    """Indexes into `operations` for one cycle, spread evenly (nginx's smooth weighted round robin)."""
    total = sum(op.weight for op in operations)
    current = [0] * len(operations)
    order: list[int] = []
    for _ in range(total):
        for i, op in enumerate(operations):
            current[i] += op.weight
        best = max(range(len(operations)), key=lambda i: current[i])
        current[best] -= total
        order.append(best)
    return order


def _lua_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


RESULT_MARKER = "SWITCHBOARD_WRK_RESULT "

_LUA_DONE = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '%s{"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"min":%d,"max":%d,"mean":%.3f,"stdev":%.3f,"p50":%d,"p90":%d,"p99":%d,"p999":%d}}\\n',
    MARKER, summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.min, latency.max, latency.mean, latency.stdev,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9)))
end
"""


def lua_script(operations: Sequence[Operation], prefix: str) -> str:
    """wrk script: pre-formatted requests, a fixed cycle, and a `done()` that prints the summary as JSON."""
    lines = [
        "-- Generated by benchmarks/mix.py: a Switchboard benchmark mix. Do not edit by hand.",
        f"MARKER = {_lua_string(RESULT_MARKER)}",
        "local reqs = {}",
        "local cycle = {" + ", ".join(str(i + 1) for i in schedule(operations)) + "}",
        "local n = #cycle",
        "local pos = 0",
        "",
        "init = function(args)",
    ]
    for i, op in enumerate(operations):
        headers = ", ".join(f"[{_lua_string(k)}] = {_lua_string(v)}" for k, v in op.headers.items())
        body = "nil" if op.body_text is None else _lua_string(op.body_text)
        method, target = _lua_string(op.method), _lua_string(op.target_under(prefix))
        lines.append(f"  reqs[{i + 1}] = wrk.format({method}, {target}, {{{headers}}}, {body})")
    lines += [
        "end",
        "",
        "request = function()",
        "  pos = pos % n + 1",
        "  return reqs[cycle[pos]]",
        "end",
        _LUA_DONE,
    ]
    return "\n".join(lines)


HELLO = Mix("hello", "one GET of a fixed JSON body", "", (Operation("hello", 1, "GET", "/"),), None)
