"""What the try-it consoles send with: the demo tenant's credentials and the emulator's base path per API.

The credentials are read from the demo seed (emulator/seed/demo.yaml), the same file the emulator creates its
demo tenants from, so a console's prefilled values are always ones the emulator accepts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from codegen.docsite.specs import ApiSpec, load_yaml

ROOT = Path(__file__).resolve().parents[2]
DEMO_SEED = ROOT / "emulator" / "seed" / "demo.yaml"

Tenant = Mapping[str, Any]
# Per API: Scalar's `authentication.securitySchemes` (keyed by the spec's scheme names) from the demo tenant.
_SCHEMES: Mapping[str, Callable[[Tenant], dict[str, dict[str, str]]]] = {
    "ccai-platform": lambda t: {"basicAuth": {"username": t["subdomain"], "password": t["token"]}},
    "voximplant-kit": lambda t: {
        "accessToken": {"value": t["access_token"]},
        "domain": {"value": t["domain"]},
    },
    "voxology": lambda t: {
        "apiKeyAuth": {"value": t["api_key"]},
        "basicAuth": {"username": t["username"], "password": t["password"]},
    },
    "voximplant-management": lambda t: {
        "account_id": {"value": str(t["account_id"])},
        "api_key": {"value": t["api_key"]},
    },
}


def demo_tenants(seed: Path = DEMO_SEED) -> Mapping[str, Tenant]:
    """The first demo tenant of each API in the seed file."""
    document = load_yaml(seed)
    return {api: tenants[0] for api, tenants in document.items() if isinstance(tenants, list) and tenants}


def server_path(url: str) -> str:
    """The path part of a server URL template (``https://{region}.host/api`` -> ``/api``): where the emulator,
    which serves every host of a vendor on one origin, answers what that server would."""
    return re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url, flags=re.IGNORECASE).rstrip("/")


def authentication(spec: ApiSpec, tenants: Mapping[str, Tenant]) -> dict[str, Any] | None:
    """Scalar's ``authentication`` option with the demo credentials; None for an API without any."""
    build = _SCHEMES.get(spec.api_id)
    tenant = tenants.get(spec.api_id)
    if build is None or tenant is None:
        return None
    # No preferredSecurityScheme: Scalar would then use it for every operation, also those the spec
    # secures otherwise (Voxology's account-level methods take Basic, the rest the API key).
    return {"securitySchemes": build(tenant)}


def rpc_key(spec: ApiSpec, tenants: Mapping[str, Tenant]) -> str | None:
    """The demo account's permanent access key for a JSON-RPC API's request box (CallGear's), else None."""
    if spec.api_id != "callgear-call-api":
        return None
    tenant = tenants.get(spec.api_id)
    keys = tenant.get("keys") if tenant else None
    return str(keys[0]["key"]) if keys else None
