"""Helpers for the Voximplant Management emulator tests: form posts with the demo account's API key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import yaml

from ..conftest import LiveServer

BASE = "/platform_api"
SPEC = Path(__file__).parents[2] / "specs" / "voximplant-management" / "openapi.yaml"


def spec_methods() -> set[str]:
    """Every method the spec describes (the seed's and the official client's)."""
    paths = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["paths"]
    return {str(path).strip("/") for path in paths}


DEMO = {"account_id": "1", "api_key": "demo-api-key"}


def post(
    emulator: LiveServer, method: str, auth: dict[str, str] | None = None, **fields: Any
) -> dict[str, Any]:
    """POST /platform_api/{method}/ with the fields form-encoded; every outcome comes with HTTP 200."""
    data = {key: str(value) for key, value in fields.items()}
    response = httpx.post(
        f"{emulator.url}{BASE}/{method}/", data={**(DEMO if auth is None else auth), **data}
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def ok(emulator: LiveServer, method: str, **fields: Any) -> dict[str, Any]:
    body = post(emulator, method, **fields)
    assert "error" not in body, body
    return body


def error(emulator: LiveServer, method: str, **fields: Any) -> dict[str, Any]:
    body = post(emulator, method, **fields)
    assert set(body) == {"error"}, body
    refusal: dict[str, Any] = body["error"]
    return refusal


def control(emulator: LiveServer, method: str, path: str, **payload: Any) -> Any:
    with emulator.control() as client:
        response = client.request(method, f"/voximplant-management{path}", json=payload or None)
    response.raise_for_status()
    return response.json()


def new_app(emulator: LiveServer, name: str = "app1") -> int:
    app_id: int = ok(emulator, "AddApplication", application_name=name)["application_id"]
    return app_id


def new_user(emulator: LiveServer, app_id: int, name: str) -> int:
    user_id: int = ok(
        emulator,
        "AddUser",
        application_id=app_id,
        user_name=name,
        user_display_name=name.title(),
        user_password="Passw0rd!",
    )["user_id"]
    return user_id
