"""Each API's demo tenant and a generated client pointed at the emulator with that tenant's credentials.

The generated clients are separate packages (generated/<api>-client); each is imported only when a
test asks for its client, so a suite that tests one integration installs one client.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..providers.callgear_call_api import demo as callgear_demo
from ..providers.ccai_platform import demo as ccai_demo
from ..providers.voximplant_kit import demo as kit_demo
from ..providers.voximplant_management import demo as management_demo
from ..providers.voxology import demo as voxology_demo


@dataclass(frozen=True, slots=True)
class Tenant:
    """Where an API is served on the emulator, and who the demo tenant is there."""

    api_id: str
    base_path: str
    tenant: str  # the tenant string of the far-end model and the delivery log
    credentials: dict[str, Any] = field(default_factory=dict)


DEMO_TENANTS: dict[str, Tenant] = {
    tenant.api_id: tenant
    for tenant in (
        Tenant(
            "ccai-platform",
            "/apps/api/v1",
            ccai_demo.DEMO_SUBDOMAIN,
            {"subdomain": ccai_demo.DEMO_SUBDOMAIN, "token": ccai_demo.DEMO_TOKEN},
        ),
        Tenant(
            "callgear-call-api",
            "/v4.0",
            str(callgear_demo.DEMO_ACCOUNT_ID),
            {
                "login": callgear_demo.DEMO_LOGIN,
                "password": callgear_demo.DEMO_PASSWORD,
                "access_token": callgear_demo.DEMO_KEY,
            },
        ),
        Tenant(
            "voximplant-kit",
            "/api",
            kit_demo.DEMO_DOMAIN,
            {"domain": kit_demo.DEMO_DOMAIN, "access_token": kit_demo.DEMO_TOKEN},
        ),
        Tenant(
            "voxology",
            "/v1",
            voxology_demo.DEMO_APP_ID,
            {
                "api_key": voxology_demo.DEMO_API_KEY,
                "account_id": voxology_demo.DEMO_USERNAME,
                "password": voxology_demo.DEMO_PASSWORD,
            },
        ),
        Tenant(
            "voximplant-management",
            "/platform_api",
            str(management_demo.DEMO_ACCOUNT_ID),
            {"account_id": management_demo.DEMO_ACCOUNT_ID, "api_key": management_demo.DEMO_API_KEY},
        ),
    )
}


def _ccai(base_url: str, credentials: dict[str, Any], options: dict[str, Any]) -> Any:
    module = importlib.import_module("ccai_platform_client")
    return module.AuthenticatedClient(
        subdomain=credentials["subdomain"], token=credentials["token"], base_url=base_url, **options
    )


def _callgear(base_url: str, credentials: dict[str, Any], options: dict[str, Any]) -> Any:
    module = importlib.import_module("callgear_call_api_client")
    return module.Client(
        login=credentials["login"],
        password=credentials["password"],
        base_url=base_url,
        **options,
    )


def _kit(base_url: str, credentials: dict[str, Any], options: dict[str, Any]) -> Any:
    module = importlib.import_module("voximplant_kit_client")
    return module.AuthenticatedClient(
        domain=credentials["domain"],
        access_token=credentials["access_token"],
        base_url=base_url,
        **options,
    )


def _voxology(base_url: str, credentials: dict[str, Any], options: dict[str, Any]) -> Any:
    module = importlib.import_module("voxology_client")
    return module.AuthenticatedClient(
        api_key=credentials["api_key"],
        account_id=credentials.get("account_id"),
        password=credentials.get("password"),
        base_url=base_url,
        **options,
    )


def _management(base_url: str, credentials: dict[str, Any], options: dict[str, Any]) -> Any:
    module = importlib.import_module("voximplant_management_client")
    return module.AuthenticatedClient(
        account_id=credentials["account_id"],
        api_key=credentials["api_key"],
        base_url=base_url,
        **options,
    )


# (base URL, credentials, constructor options such as httpx_args or verify_ssl) -> a client
ClientFactory = Callable[[str, dict[str, Any], dict[str, Any]], Any]

CLIENT_FACTORIES: dict[str, ClientFactory] = {
    "ccai-platform": _ccai,
    "callgear-call-api": _callgear,
    "voximplant-kit": _kit,
    "voxology": _voxology,
    "voximplant-management": _management,
}
