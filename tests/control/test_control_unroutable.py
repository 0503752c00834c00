"""A control path that matches no route (a newline in a segment, say) is a 404, and the spec says so on
every operation whose path has parameters."""

from __future__ import annotations

from pathlib import Path

import yaml

from ..conftest import LiveServer

SPEC = Path(__file__).resolve().parents[2] / "specs" / "switchboard-control" / "openapi.yaml"
VERBS = {"get", "put", "post", "delete", "patch"}


def test_a_segment_with_a_newline_matches_no_route_and_is_a_404(emulator: LiveServer) -> None:
    with emulator.control() as control:
        assert control.get("/farend/voxology/acct/12025550123").status_code == 200
        assert control.get("/farend/voxology/acct%0A/12025550123").status_code == 404


def test_every_operation_with_path_parameters_documents_a_404() -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    missing = [
        f"{verb.upper()} {path}"
        for path, item in spec["paths"].items()
        if "{" in path
        for verb, operation in item.items()
        if verb in VERBS and "404" not in operation["responses"]
    ]
    assert missing == []
