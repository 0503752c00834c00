"""The Kit spec against what Voximplant's official PHP clients send and read
(tests/data/voximplant_kit_official_client.yaml): every method's verb, path, credentials and parameters,
and every model the clients read, field by field."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
TABLE_PATH = ROOT / "tests" / "data" / "voximplant_kit_official_client.yaml"
# The spec under test; another copy (an older revision, say) can be checked by pointing this variable at it.
SPEC_PATH = Path(os.environ.get("KIT_SPEC", ROOT / "specs" / "voximplant-kit" / "openapi.yaml"))
SCALARS = {"integer", "number", "boolean", "string"}
FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")

TABLE: dict[str, Any] = yaml.safe_load(TABLE_PATH.read_text())
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow $refs within the spec (schemas, parameters, responses)."""
    while "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = SPEC["components"][section][name]
    return node


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, list):
        return set(declared)
    return {declared} if isinstance(declared, str) else set()


def _properties(schema: dict[str, Any]) -> dict[str, Any]:
    props = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        props.update(_properties(_resolve(part)))
    return props


class Walk:
    """Compares spec schemas with the clients' models; collects what disagrees and what was compared."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.compared: set[str] = set()

    def value(self, expected: Any, schema: dict[str, Any], where: str) -> None:
        schema = _resolve(schema)
        types = _types(schema)
        if isinstance(expected, list):  # [X]: an array of X
            if "array" not in types:
                self.problems.append(
                    f"{where}: the client reads an array, the spec has {sorted(types) or schema}"
                )
                return
            self.value(expected[0], schema.get("items", {}), f"{where}[]")
        elif expected in SCALARS:
            if expected not in types:
                self.problems.append(f"{where}: the client reads {expected}, the spec has {sorted(types)}")
        else:
            self.model(expected, schema, where)

    def model(self, name: str, schema: dict[str, Any], where: str) -> None:
        schema = _resolve(schema)
        self.compared.add(name)
        branches = schema.get("anyOf") or schema.get("oneOf")
        if branches and "type" not in schema:  # a union of objects: each branch is an object
            for branch in branches:
                if "object" not in _types(_resolve(branch)):
                    self.problems.append(f"{where}: a {name} branch of the spec is not an object")
            return
        if "object" not in _types(schema):
            self.problems.append(
                f"{where}: the client reads the object {name}, the spec has {sorted(_types(schema))}"
            )
            return
        props = _properties(schema)
        for key, expected in (TABLE["models"][name] or {}).items():
            if key not in props:
                self.problems.append(f"{where}: the client reads {name}.{key}, the spec has no such key")
            else:
                self.value(expected, props[key], f"{where}.{key}")


def _operation(method: dict[str, Any]) -> dict[str, Any]:
    item = SPEC["paths"].get(method["path"], {})
    operation: dict[str, Any] | None = item.get(method["verb"].lower())
    assert operation is not None, f"the spec has no {method['verb']} {method['path']}"
    return operation


def _credentials(operation: dict[str, Any]) -> str:
    requirements = operation.get("security", SPEC["security"])
    if not any(requirements):
        return "none"
    schemes = {_scheme_kind(name) for requirement in requirements for name in requirement}
    return schemes.pop() if len(schemes) == 1 else f"mixed {sorted(schemes)}"


def _scheme_kind(name: str) -> str:
    scheme = SPEC["components"]["securitySchemes"][name]
    if scheme["type"] == "http" and scheme["scheme"] == "bearer":
        return "bearer"
    if (
        scheme["type"] == "apiKey"
        and scheme["in"] == "query"
        and scheme["name"] in ("access_token", "domain")
    ):
        return "query"
    return name


def _answer_schema(operation: dict[str, Any], status: str) -> dict[str, Any]:
    content = _resolve(operation["responses"][status]).get("content", {})
    schema: dict[str, Any] = content["application/json"]["schema"]
    return schema


def _form_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    content = operation.get("requestBody", {}).get("content", {})
    media = next((content[m] for m in FORMS if m in content), None)
    return None if media is None else _resolve(media["schema"])


def check_method(name: str, method: dict[str, Any]) -> Walk:
    walk = Walk()
    operation = _operation(method)
    where = f"{name} ({operation['operationId']})"
    credentials = _credentials(operation)
    if credentials != method["credentials"]:
        walk.problems.append(
            f"{where}: the client sends credentials '{method['credentials']}', the spec says '{credentials}'"
        )
    parameters = {p["name"]: p for p in map(_resolve, operation.get("parameters", [])) if p["in"] == "query"}
    for param, expected in (method.get("query") or {}).items():
        if param not in parameters:
            walk.problems.append(f"{where}: the client sends ?{param}, the spec has no such query parameter")
        else:
            walk.value(expected, parameters[param]["schema"], f"{where} ?{param}")
    form = _form_schema(operation)
    if method.get("form"):
        if form is None:
            walk.problems.append(f"{where}: the client sends a form, the spec takes none")
        else:
            props = _properties(form)
            for field, expected in method["form"].items():
                if field not in props:
                    walk.problems.append(
                        f"{where}: the client sends the form field {field}, the spec has none"
                    )
                else:
                    walk.value(expected, props[field], f"{where} form {field}")
    if method.get("json_body"):
        body = operation["requestBody"]["content"]["application/json"]["schema"]
        walk.model(method["json_body"], body, f"{where} body")
    if method["answer"] == "file":
        media = set(_resolve(operation["responses"]["200"])["content"]) - {"application/json"}
        if not media:
            walk.problems.append(f"{where}: the client downloads a file, the spec answers only JSON")
    else:
        walk.model(method["answer"], _answer_schema(operation, "200"), f"{where} 200")
    for status in ("400", "401"):
        if status in operation["responses"]:
            walk.model(TABLE["error_answer"], _answer_schema(operation, status), f"{where} {status}")
    return walk


@pytest.mark.parametrize("name", list(TABLE["methods"]))
def test_method_agrees_with_the_official_client(name: str) -> None:
    walk = check_method(name, TABLE["methods"][name])
    assert walk.problems == []


def test_every_official_client_model_is_compared_with_the_spec() -> None:
    """Models the methods reach are walked from their answers, the rest by name; none is left out."""
    walk = Walk()
    for name, method in TABLE["methods"].items():
        walk.compared |= check_method(name, method).compared
    reached = set(walk.compared)
    for name in TABLE["models"]:
        if name not in reached and name not in TABLE["not_in_spec"]:
            assert name in SCHEMAS, f"{name} is neither reached by a method nor a schema of the spec"
            walk.model(name, SCHEMAS[name], name)
    assert walk.problems == []
    assert walk.compared | set(TABLE["not_in_spec"]) == set(TABLE["models"])
    assert not set(TABLE["not_in_spec"]) & set(SCHEMAS)  # a schema added for one of them gets compared
    assert len(TABLE["methods"]) == 31 and len(walk.compared) == len(TABLE["models"]) - len(
        TABLE["not_in_spec"]
    )


def test_the_spec_records_where_the_official_client_corrected_it() -> None:
    """The three models whose wire keys differ from the client's property names say so in the spec."""
    for schema in ("Meta", "CampaignStatType", "AppendFailType"):
        assert SCHEMAS[schema].get("x-evidence") == "official-client"
        assert any("attribute map" in note or "maps" in note for note in SCHEMAS[schema]["x-doc-notes"])
    timezones = SPEC["paths"]["/v3/helper/getListTimezones"]["get"]
    assert timezones["security"] == [] and "401" not in timezones["responses"]
