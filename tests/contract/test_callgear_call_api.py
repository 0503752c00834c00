"""Property tests of the CallGear emulator against its OpenRPC spec (schemathesis reads no OpenRPC).

For every method, Hypothesis draws params from the method's own params schema (hypothesis-jsonschema),
biased towards the demo account's real numbers, employees and live calls so that calls succeed as
well as fail:
- valid params get a result that validates against the method's result schema (with metadata), or an
  error the method documents (never a params error, never internal_error);
- params broken in one place (a required one dropped, a wrong type, a value out of range, an unknown
  one) get the documented params error naming that parameter.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft7Validator

from codegen.apis import find
from emulator.core.jsonrpc import RpcMethod, compile_document
from emulator.core.specs import load_spec

from ..conftest import LiveServer

DOCUMENT = compile_document(load_spec("callgear-call-api", "openrpc.yaml"))
METHODS = sorted(DOCUMENT.methods)
PARAMS_ERRORS = {"required_parameter_missed", "data_type_error", "invalid_parameter_value"}
NO_METADATA = {"access_token_blocked", "access_token_invalid", "access_token_expired", "auth_error"}
SETTINGS = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
_ids = itertools.count(1)

# The demo account's world, so that drawn params reach past the first refusal.
REAL_VALUES: dict[str, list[Any]] = {
    "login": ["your_login"],
    "password": ["your_password"],
    "virtual_phone_number": ["74993720692", "74951045771"],
    "contact": ["79260000000", "79265555555"],
    "scenario_id": [23456],
    "media_file_id": [2701, 2561],
    "tag_id": [36, 254, 456],
    "button": ["1", "2", "3", "9"],
    "to": ["79261111111", "101", "102"],
    "operator": ["79262444491"],
}
MESSAGE = {
    "anyOf": [
        {
            "type": "object",
            "properties": {"type": {"const": "media"}, "value": {"enum": ["237", "2034"]}},
            "required": ["type", "value"],
            "additionalProperties": False,
        }
    ]
}
EMPLOYEE = {
    "type": "object",
    "properties": {"id": {"enum": [25, 2345]}},
    "required": ["id"],
    "additionalProperties": False,
}


def _biased(method: RpcMethod, token: str, call_ids: list[int], leg_ids: list[int]) -> dict[str, Any]:
    """The params schema, each param also allowed (and so often drawn as) a value of the demo account."""
    properties: dict[str, Any] = {}
    for param in method.params:
        name, schema = param["name"], copy.deepcopy(param.get("schema", {}))
        if name == "access_token":
            properties[name] = {"const": token}
            continue
        real: list[Any] = REAL_VALUES.get(name, [])
        if name == "call_session_id":
            real = call_ids
        elif name == "leg_id":
            real = leg_ids
        options = [{"enum": real}] if real else []
        if name in ("contact_message", "employee_message", "operator_message", "to_message"):
            options += MESSAGE["anyOf"]
        if name == "employee":
            options.append(EMPLOYEE)
        properties[name] = {"anyOf": [*options, schema]} if options else schema
    return {
        "type": "object",
        "properties": properties,
        "required": [p["name"] for p in method.params if p.get("required")],
        "additionalProperties": False,
    }


class Caller:
    def __init__(self, live: LiveServer) -> None:
        self.live = live
        self.http = httpx.Client(base_url=live.url, timeout=10)

    def rpc(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        request_id = next(_ids)
        response = self.http.post(
            "/v4.0", json={"jsonrpc": "2.0", "id": request_id, "method": method, "params": params}
        )
        assert response.status_code == 200, response.text
        reply: dict[str, Any] = response.json()
        assert reply["jsonrpc"] == "2.0" and reply["id"] == request_id
        assert ("result" in reply) != ("error" in reply)
        return reply

    def control(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.http.request(method, f"/_emulator/callgear-call-api/accounts/1{path}", **kwargs)
        response.raise_for_status()
        return response.json()

    def world(self) -> tuple[str, list[int], list[int]]:
        """A fresh login and live calls in each state: talking, on hold, consulting, ringing."""
        token = self.rpc("login.user", {"login": "your_login", "password": "your_password"})["result"][
            "data"
        ]["access_token"]
        calls = []
        for n in range(4):  # an employee each: an employee on one call is busy for the others
            employee = {"id": 60 + n, "full_name": f"Agent {n}", "phone_numbers": [f"7926000006{n}"]}
            self.control("POST", "/employees", json=employee)
            started = self.rpc(
                "start.employee_call",
                {
                    "access_token": token,
                    "first_call": "employee",
                    "virtual_phone_number": "74993720692",
                    "contact": "79260000000",
                    "employee": {"id": employee["id"]},
                },
            )
            calls.append(started["result"]["data"]["call_session_id"])
        talking, held, consulting, _ringing = calls
        for call_id in (talking, held, consulting):
            self.control("POST", f"/calls/{call_id}/answer")
        hold = {"access_token": token, "contact_message": {"type": "media", "value": "2034"}}
        for call_id in (held, consulting):
            assert "result" in self.rpc("hold.call", {**hold, "call_session_id": call_id})
        assert "result" in self.rpc(
            "make.call", {"access_token": token, "call_session_id": consulting, "to": "79261111111"}
        )
        # Legs of the talking call only, so that drawn (call, leg) pairs often match.
        legs = [leg["leg_id"] for leg in self.control("GET", f"/calls/{talking}")["legs"]]
        return token, [*calls, 1], [*legs, 1]


@pytest.fixture
def caller(emulator: LiveServer) -> Caller:
    return Caller(emulator)


def _documented(method: RpcMethod) -> set[tuple[int, str]]:
    return {(error["code"], error["data"]["mnemonic"]) for error in method.errors}


@pytest.mark.parametrize("name", METHODS)
def test_valid_params_get_a_valid_result_or_a_documented_error(caller: Caller, name: str) -> None:
    method = DOCUMENT.methods[name]
    token, call_ids, leg_ids = caller.world()
    if name == "disconnect.leg":
        call_ids = [call_ids[0], 1]  # the talking call, whose legs leg_ids holds
    result_validator = Draft7Validator(method.result_schema)
    documented = _documented(method)
    outcomes: set[str] = set()

    @SETTINGS
    @given(from_schema(_biased(method, token, call_ids, leg_ids)))
    def check(params: dict[str, Any]) -> None:
        assume(method.validator.is_valid(params))  # the emulator's own reading of the schema
        reply = caller.rpc(name, params)
        if "result" in reply:
            errors = [e.message for e in result_validator.iter_errors(reply["result"])]
            assert errors == [], (params, reply)
            assert "limits" in reply["result"]["metadata"]
            outcomes.add("result")
            return
        error = reply["error"]
        key = (error["code"], error["data"]["mnemonic"])
        assert key in documented, (params, reply)
        assert key[1] not in PARAMS_ERRORS | {"internal_error"}, (params, reply)
        assert ("metadata" in error["data"]) == (key[1] not in NO_METADATA), (params, reply)
        outcomes.add(key[1])

    check()
    if name == "logout.user":  # it ends the session the other draws use
        assert outcomes <= {"result", "access_token_invalid"}
    assert "result" in outcomes or name == "logout.user", outcomes


def _wrong_type(schema: dict[str, Any]) -> Any:
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    for candidate in ([1, 2], {"x": 1}, 3.5, "text", True):
        if not Draft7Validator({"type": kinds}).is_valid(candidate):
            return candidate
    raise AssertionError(schema)


@st.composite
def broken(draw: st.DrawFn, method: RpcMethod, token: str) -> tuple[dict[str, Any], str, str]:
    """Valid params broken in one place: (params, expected mnemonic, expected field)."""
    params = draw(from_schema(_biased(method, token, [1], [1])))
    if method.name == "login.user":  # credentials are checked before params: keep them right
        params.update(login="your_login", password="your_password")
    schemas = {p["name"]: p.get("schema", {}) for p in method.params}
    required = [p["name"] for p in method.params if p.get("required")]
    ways = ["unknown", "type"] + (["missing"] if required else [])
    constrained = [n for n, s in schemas.items() if "enum" in s or "pattern" in s or "maximum" in s]
    ways += ["value"] if constrained else []
    way = draw(st.sampled_from(ways))
    if way == "missing":
        name = draw(st.sampled_from(required))
        del params[name]
        return params, "required_parameter_missed", name
    if way == "unknown":
        name = draw(st.sampled_from(["colour", "accessToken", "callSessionId"]))
        params[name] = draw(st.integers() | st.text(max_size=5))
        return params, "invalid_parameter_value", name
    if way == "type":
        name = draw(st.sampled_from(sorted(schemas)))
        schema = schemas[name]
        params[name] = _wrong_type(schema if "type" in schema else {"type": "object"})
        return params, "data_type_error", name
    name = draw(st.sampled_from(constrained))
    schema = schemas[name]
    if "maximum" in schema:
        params[name] = schema["maximum"] + draw(st.integers(min_value=1, max_value=1000))
    else:
        params[name] = draw(st.sampled_from(["#not-valid", "?", "2.0", "ON", "операция"]))
    return params, "invalid_parameter_value", name


@pytest.mark.parametrize("name", METHODS)
def test_broken_params_get_the_documented_params_error(caller: Caller, name: str) -> None:
    method = DOCUMENT.methods[name]
    token, _, _ = caller.world()
    documented = _documented(method)

    @SETTINGS
    @given(broken(method, token))
    def check(case: tuple[dict[str, Any], str, str]) -> None:
        params, mnemonic, field = case
        assume(not method.validator.is_valid(params))
        reply = caller.rpc(name, params)
        assert "error" in reply, (params, reply)
        error = reply["error"]
        assert (error["code"], error["data"]["mnemonic"]) in documented
        assert (error["data"]["mnemonic"], error["data"]["field"]) == (mnemonic, field), (params, reply)
        if mnemonic != "required_parameter_missed":
            assert error["data"]["value"] == params[field]
        # The caller is known (unless its credentials were what was broken): the reply reports the limits.
        assert ("metadata" in error["data"]) == (field not in ("access_token", "login", "password")), reply

    check()


def test_every_documented_method_is_served() -> None:
    spec_methods = {m["name"] for m in load_spec("callgear-call-api", "openrpc.yaml")["methods"]}
    assert set(METHODS) == spec_methods and len(METHODS) == 22
    assert find("callgear-call-api").kind == "openrpc"
