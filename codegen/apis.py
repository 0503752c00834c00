"""The APIs this project specifies, and where each one's spec, client and templates live."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True, slots=True)
class Api:
    id: str
    package: str
    spec_file: str = "openapi.yaml"
    # How the client is generated: "openapi" (openapi-python-client) or "openrpc" (codegen.openrpc).
    kind: str = "openapi"

    @property
    def spec(self) -> Path:
        return ROOT / "specs" / self.id / self.spec_file

    @property
    def client_dir(self) -> Path:
        return ROOT / "generated" / f"{self.id}-client"

    @property
    def config(self) -> Path:
        return ROOT / "codegen" / "clients" / f"{self.id}.yaml"

    @property
    def templates(self) -> Path | None:
        folder = ROOT / "codegen" / "templates" / self.id
        return folder if folder.is_dir() else None


APIS: tuple[Api, ...] = (
    Api("ccai-platform", "ccai_platform_client"),
    Api("callgear-call-api", "callgear_call_api_client", spec_file="openrpc.yaml", kind="openrpc"),
    Api("voximplant-kit", "voximplant_kit_client"),
    Api("voxology", "voxology_client"),
    Api("voximplant-management", "voximplant_management_client"),
    # The emulator's own control API (/_emulator/), not a vendor's.
    Api("switchboard-control", "switchboard_control_client"),
)


def find(api_id: str) -> Api:
    for api in APIS:
        if api.id == api_id:
            return api
    raise KeyError(f"unknown API {api_id!r}; known: {', '.join(a.id for a in APIS)}")
