"""Load an OpenRPC spec and its generator settings (codegen/clients/<api>.yaml)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from emulator.core.specs import resolve_pointer


@dataclass(frozen=True)
class Config:
    """How to generate one OpenRPC client; read from codegen/clients/<api>.yaml."""

    project_name: str
    package_name: str
    package_version: str
    error_key: str  # the field of error.data that names an error (e.g. mnemonic)
    login_method: str
    logout_method: str
    token_param: str  # the param every authenticated method takes
    credential_params: tuple[str, ...]  # the login method's params, kept by the client
    token_path: tuple[str, ...]  # where the login result holds the token ...
    expires_path: tuple[str, ...]  # ... and its expiry (a Unix timestamp)
    renew_on: tuple[str, ...]  # error keys after which the client logs in again and retries once
    env_prefix: str  # environment variables: {prefix}_BASE_URL, _TIMEOUT, _MAX_RETRIES, one per credential
    kinds: dict[str, str]  # error key -> the kind class its exception class derives from
    idempotent_prefixes: tuple[str, ...]  # methods that only read: retried like a GET

    @classmethod
    def read(cls, path: Path) -> Config:
        raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        auth = raw["auth"]
        return cls(
            project_name=raw["project_name"],
            package_name=raw["package_name"],
            package_version=str(raw["package_version"]),
            error_key=raw["error_key"],
            login_method=auth["login_method"],
            logout_method=auth["logout_method"],
            token_param=auth["token_param"],
            credential_params=tuple(auth["credential_params"]),
            token_path=tuple(auth["token_path"]),
            expires_path=tuple(auth["expires_path"]),
            renew_on=tuple(auth["renew_on"]),
            env_prefix=raw["env_prefix"],
            kinds={key: kind for kind, keys in raw["error_kinds"].items() for key in keys},
            idempotent_prefixes=tuple(raw["idempotent_prefixes"]),
        )


@dataclass(frozen=True)
class Spec:
    document: dict[str, Any]
    config: Config

    @classmethod
    def read(cls, spec_path: Path, config_path: Path) -> Spec:
        document: dict[str, Any] = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        return cls(document, Config.read(config_path))

    @property
    def title(self) -> str:
        return str(self.document["info"]["title"])

    @property
    def description(self) -> str:
        return str(self.document["info"].get("description", ""))

    @property
    def base_url(self) -> str:
        servers = self.document.get("servers") or [{"url": "http://localhost"}]
        return str(servers[0]["url"])

    def resolve(self, ref: str) -> dict[str, Any]:
        target: dict[str, Any] = resolve_pointer(self.document, ref)
        return target

    def resolve_node(self, node: dict[str, Any]) -> dict[str, Any]:
        """A reference object's target (followed through chains of references), or the node itself."""
        seen: set[str] = set()
        while isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise ValueError(f"circular reference {ref}")
            seen.add(ref)
            node = self.resolve(ref)
        return node

    def methods(self) -> list[dict[str, Any]]:
        return [self.resolve_node(method) for method in self.document["methods"]]

    def all_errors(self) -> Iterator[dict[str, Any]]:
        """Every error object: the shared ones, then those written inline in methods."""
        yield from self.document.get("components", {}).get("errors", {}).values()
        for method in self.methods():
            for error in method.get("errors", []):
                if "$ref" not in error:
                    yield error

    def error_key_of(self, error: dict[str, Any]) -> str:
        data = error.get("data")
        if isinstance(data, dict) and isinstance(data.get(self.config.error_key), str):
            return str(data[self.config.error_key])
        return f"code_{abs(int(error['code']))}"
