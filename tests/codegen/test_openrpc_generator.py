"""The OpenRPC client generator: deterministic output equal to the committed client, and the mapping
from JSON Schema to Python types, models, enums and error classes."""

from __future__ import annotations

import filecmp
from pathlib import Path
from typing import Any

from codegen.apis import find
from codegen.openrpc.load import Config, Spec
from codegen.openrpc.model import ModelType, build
from codegen.openrpc.render import render_package

CONFIG = Config(
    project_name="demo-client",
    package_name="demo_client",
    package_version="0.0.1",
    error_key="mnemonic",
    login_method="auth.login",
    logout_method="auth.logout",
    token_param="token",
    credential_params=("user", "secret"),
    token_path=("token",),
    expires_path=("expires",),
    renew_on=("expired",),
    env_prefix="DEMO",
    kinds={"expired": "AuthenticationError"},
    idempotent_prefixes=("list.",),
)


# What installing or checking the package leaves beside its sources (git ignores these too).
BUILD_LEFTOVERS = [".pdm-build", "__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"]


def _differences(left: Path, right: Path) -> list[str]:
    compared = filecmp.dircmp(left, right, ignore=BUILD_LEFTOVERS)
    found = [f"{left.name}: only in one: {name}" for name in compared.left_only + compared.right_only]
    found += [f"{left.name}/{name} differs" for name in compared.diff_files]
    for name in compared.common_dirs:
        found += _differences(left / name, right / name)
    return found


def test_regenerating_gives_the_committed_client_byte_for_byte(tmp_path: Path) -> None:
    api = find("callgear-call-api")
    out = tmp_path / api.client_dir.name
    render_package(api, out)
    assert _differences(out, api.client_dir) == []
    again = tmp_path / "again"
    render_package(api, again)
    assert _differences(out, again) == []


def _spec(methods: list[dict[str, Any]], schemas: dict[str, Any] | None = None) -> Spec:
    document = {
        "openrpc": "1.3.2",
        "info": {"title": "Demo", "version": "1"},
        "servers": [{"url": "https://rpc.example.com/v1"}],
        "methods": methods,
        "components": {
            "schemas": schemas or {},
            "errors": {
                "A": {
                    "code": -32001,
                    "message": "Login or password is wrong",
                    "data": {"mnemonic": "auth_error"},
                },
                "B": {"code": -32002, "message": "Blocked", "data": {"mnemonic": "in_blacklist"}},
                "C": {"code": -32602, "message": "Blocked here", "data": {"mnemonic": "in_blacklist"}},
            },
        },
    }
    return Spec(document, CONFIG)


def test_types_models_enums_and_errors() -> None:
    item = {
        "type": "object",
        "required": ["type", "when"],
        "properties": {
            "type": {"type": "string", "enum": ["on", "off", "*", "Operators' talk"]},
            "when": {"type": ["string", "null"]},
            "ids": {"type": "array", "items": {"type": "integer"}},
            "extra": {},
        },
    }
    method = {
        "name": "items.list_all",
        "params": [
            {"name": "token", "required": True, "schema": {"type": "string"}},
            {"name": "filter", "schema": {"type": "string", "enum": ["a", "b"]}},
            {"name": "class", "required": True, "schema": {"type": "integer"}},
        ],
        "result": {
            "name": "result",
            "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
        },
        "tags": [{"name": "Item things"}],
        "errors": [{"$ref": "#/components/errors/B"}, {"$ref": "#/components/errors/C"}],
    }
    client = build(_spec([method], {"Item": item}))
    (generated,) = client.methods
    assert (generated.module, generated.tag_module, generated.authenticated) == (
        "items_list_all",
        "item_things",
        True,
    )
    assert [(f.py_name, f.annotation()) for f in generated.arguments] == [
        ("class_", "int"),
        ("filter", "ItemsListAllFilter | Unset"),
    ]
    assert generated.result.annotation() == "list[Item]"
    assert generated.result.load("result") == "[Item.from_dict(item0) for item0 in result]"
    model = next(m for m in client.models if m.name == "Item")
    fields = {f.py_name: f for f in model.fields}
    assert fields["type_"].annotation() == "ItemType" and fields["type_"].wire_name == "type"
    assert fields["when"].annotation() == "str | None"
    assert fields["ids"].annotation() == "list[int] | Unset"
    assert fields["extra"].annotation() == "Any | Unset"
    assert isinstance(generated.result, object) and not isinstance(generated.result, ModelType)
    enum = next(e for e in client.enums if e.name == "ItemType")
    assert [(m.name, m.value) for m in enum.members] == [
        ("ON", "on"),
        ("OFF", "off"),
        ("VALUE_2", "*"),
        ("OPERATORS_TALK", "Operators' talk"),
    ]
    errors = {e.name: e for e in client.errors}
    assert set(errors) == {"AuthError", "InBlacklistError"}
    assert errors["InBlacklistError"].codes == [-32002, -32602]
    assert [e.name for e in generated.errors] == ["InBlacklistError"]
