"""The spec linters of `nox -s lint` (Redocly CLI and Spectral, pinned through npm): each fails a broken
spec and passes a sound one, and every rule turned off says why."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from codegen.speclint import HERE, ensure_tools, redocly, spectral

SOUND: dict[str, object] = {
    "openapi": "3.1.0",
    "info": {
        "title": "t",
        "version": "1",
        "description": "d",
        "license": {"name": "MIT", "identifier": "MIT"},
    },
    "servers": [{"url": "http://127.0.0.1:8080"}],
    "security": [{"token": []}],
    "components": {"securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}},
    "tags": [{"name": "things", "description": "Things."}],
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "summary": "Read a thing",
                "description": "Reads a thing.",
                "tags": ["things"],
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "description": "Its id.",
                        "schema": {"type": "integer"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The thing.",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    },
                    "404": {"description": "No such thing."},
                },
            }
        }
    },
}


def _write(tmp_path: Path, document: dict[str, object]) -> Path:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document), encoding="utf-8")
    return spec


@pytest.fixture(scope="module", autouse=True)
def tools() -> None:
    ensure_tools()


def test_a_sound_spec_has_no_error(tmp_path: Path) -> None:
    spec = _write(tmp_path, SOUND)
    assert [f for f in redocly(str(spec)) if f.severity == "error"] == []
    assert [f for f in spectral(spec) if f.severity == "error"] == []


def test_an_undeclared_path_parameter_is_an_error_for_both_tools(tmp_path: Path) -> None:
    broken = yaml.safe_load(yaml.safe_dump(SOUND))
    broken["paths"]["/things/{id}"]["get"]["parameters"] = []
    spec = _write(tmp_path, broken)
    assert "path-parameters-defined" in {f.rule for f in redocly(str(spec)) if f.severity == "error"}
    assert "path-params" in {f.rule for f in spectral(spec) if f.severity == "error"}


@pytest.mark.parametrize("config", ["redocly.yaml", ".spectral.yaml"])
def test_every_rule_turned_off_says_why(config: str) -> None:
    lines = (HERE / config).read_text(encoding="utf-8").splitlines()
    turned_off = [index for index, line in enumerate(lines) if line.rstrip().endswith(": off")]
    assert turned_off, f"{config} turns no rule off: drop this test's parameter or the config"
    for index in turned_off:
        above = index - 1
        while lines[above].rstrip().endswith(": off"):  # rules off for one reason share its comment
            above -= 1
        assert lines[above].strip().startswith("#"), f"{config}:{index + 1} turns a rule off without a reason"
