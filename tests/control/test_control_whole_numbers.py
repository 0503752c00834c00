"""Whole numbers written as 5.0 are integers to JSON Schema, and so to the control API's checks."""

from __future__ import annotations

from ..conftest import LiveServer


def test_a_callgear_account_takes_whole_numbers_written_with_a_point(emulator: LiveServer) -> None:
    settings = {"minute_limit": 30.0, "method_points": {"start.simple_call": 2.0}}
    with emulator.control() as control:
        created = control.post("/callgear-call-api/accounts", json={"id": 4242, "settings": settings})
        assert created.status_code in (200, 201), created.text
        stored = created.json()["settings"]
        assert stored["minute_limit"] == 30 and isinstance(stored["minute_limit"], int)
        assert stored["method_points"]["start.simple_call"] == 2
        assert isinstance(stored["method_points"]["start.simple_call"], int)
        refused = control.post(
            "/callgear-call-api/accounts", json={"id": 4243, "settings": {"method_points": {"x": 2.5}}}
        )
        assert refused.status_code == 400
        assert "non-negative integers" in refused.json()["error"]
