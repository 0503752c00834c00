"""Find the hand-curated specs under specs/ and load them as JSON-compatible data."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml

try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # PyYAML built without libyaml: same result, only slower
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

SpecKind = Literal["openapi", "openrpc"]
SPEC_FILES: Mapping[str, SpecKind] = {"openapi.yaml": "openapi", "openrpc.yaml": "openrpc"}
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class _JsonLoader(_BaseLoader):
    """Keeps YAML timestamps as strings: JSON, and so the renderers, have no date type."""


_JsonLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


@dataclasses.dataclass(frozen=True)
class ApiSpec:
    api_id: str
    kind: SpecKind
    source: Path
    document: Mapping[str, Any]

    @property
    def title(self) -> str:
        return str(self.document.get("info", {}).get("title", self.api_id))

    @property
    def version(self) -> str:
        return str(self.document.get("info", {}).get("version", ""))

    @property
    def spec_version(self) -> str:
        """E.g. ``OpenAPI 3.1.0`` or ``OpenRPC 1.3.2``."""
        label = "OpenAPI" if self.kind == "openapi" else "OpenRPC"
        return f"{label} {self.document.get(self.kind, '?')}"

    @property
    def operation_count(self) -> int:
        if self.kind == "openrpc":
            return len(self.document.get("methods", []))
        count = 0
        for section in ("paths", "webhooks"):
            for item in (self.document.get(section) or {}).values():
                count += sum(1 for method in HTTP_METHODS if method in item)
        return count


def load_yaml(path: Path) -> Mapping[str, Any]:
    with path.open(encoding="utf-8") as stream:
        document = yaml.load(stream, Loader=_JsonLoader)  # a SafeLoader subclass: no arbitrary objects
    if not isinstance(document, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return document


def discover(specs_dir: Path) -> list[ApiSpec]:
    """Every ``specs/<api>/openapi.yaml`` and ``specs/<api>/openrpc.yaml``, sorted by API id."""
    if not specs_dir.is_dir():
        return []
    found: list[ApiSpec] = []
    for api_dir in sorted(path for path in specs_dir.iterdir() if path.is_dir()):
        present = [(name, kind) for name, kind in SPEC_FILES.items() if (api_dir / name).is_file()]
        if len(present) > 1:
            raise ValueError(f"{api_dir}: holds more than one of {', '.join(SPEC_FILES)}; keep one per API")
        for name, kind in present:
            found.append(ApiSpec(api_dir.name, kind, api_dir / name, load_yaml(api_dir / name)))
    return found
