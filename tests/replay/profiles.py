"""Each replayed API: its base path, credentials, error message fields and set-up table."""

from __future__ import annotations

from typing import Any

from .examples import Case
from .replay import Profile
from .setup_callgear import CALLGEAR_IDS, CALLGEAR_PREPARE
from .setup_ccai import CCAI_IDS, CCAI_PREPARE
from .setup_kit import KIT_IDS, KIT_PREPARE
from .setup_management import MANAGEMENT_IDS, MANAGEMENT_PREPARE
from .setup_voxology import VOXOLOGY_IDS, VOXOLOGY_PREPARE


def _fields(*keys: str) -> Any:
    def pick(body: Any) -> dict[str, Any]:
        return {k: body.get(k) for k in keys} if isinstance(body, dict) else {"body": body}

    return pick


def _voxology_auth(case: Case) -> dict[str, Any]:
    if "basicAuth" in case.security:
        return {"auth": ("john.doe@company.com", "demo-password")}
    return {"headers": {"X-API-Key": "demo-api-key"}}


PROFILES: dict[str, Profile] = {
    "ccai-platform": Profile(
        base="/apps/api/v1",
        auth=lambda case: {"auth": ("demo", "demo-token")},
        message_keys=_fields("message"),
        ids=CCAI_IDS,
        prepare=CCAI_PREPARE,
    ),
    "voxology": Profile(
        base="/v1",
        auth=_voxology_auth,
        message_keys=_fields("status", "code", "message"),
        ids=VOXOLOGY_IDS,
        prepare=VOXOLOGY_PREPARE,
    ),
    # Voximplant Management's examples are illustrative: its answers are checked against their schema only.
    "voximplant-management": Profile(
        base="/platform_api",
        auth=lambda case: {"params": {"account_id": "1", "api_key": "demo-api-key"}},
        message_keys=_fields("error"),
        ids=MANAGEMENT_IDS,
        prepare=MANAGEMENT_PREPARE,
        schema_only=True,
    ),
    "voximplant-kit": Profile(
        base="/api",
        auth=lambda case: {"params": {"domain": "demo", "access_token": "demo-token"}},
        message_keys=_fields("success", "code", "message"),
        ids=KIT_IDS,
        prepare=KIT_PREPARE,
    ),
    "callgear-call-api": Profile(
        base="/v4.0",
        auth=lambda case: {},
        message_keys=_fields("code", "message"),
        ids=CALLGEAR_IDS,
        prepare=CALLGEAR_PREPARE,
    ),
}
