"""Finding and loading the hand-curated specs, with local `$ref`s resolved once."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from .spec_cache import cached_parse

_PACKAGED = Path(__file__).resolve().parents[1] / "_specs"
_CHECKOUT = Path(__file__).resolve().parents[2] / "specs"


def specs_dir() -> Path:
    """The specs folder: $SWITCHBOARD_SPECS, the repository checkout, or the copy shipped in the wheel."""
    override = os.environ.get("SWITCHBOARD_SPECS")
    if override:
        return Path(override)
    return _CHECKOUT if _CHECKOUT.is_dir() else _PACKAGED


# libyaml's loader when PyYAML has it: parsing the five specs is most of the emulator's start-up, and it
# takes a fifth of the pure-Python loader's time (the documents come out the same).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load_spec(api_id: str, filename: str = "openapi.yaml") -> dict[str, Any]:
    text = (specs_dir() / api_id / filename).read_bytes()
    document: dict[str, Any] = cached_parse(text, lambda raw: yaml.load(raw, Loader=_LOADER))
    return document


def resolve_pointer(document: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise ValueError(f"only local references are supported, got {ref!r}")
    node: Any = document
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def dereference(document: dict[str, Any], node: Any, _seen: tuple[str, ...] = ()) -> Any:
    """Inline every local `$ref` below `node`; sibling keywords of a `$ref` are kept (OpenAPI 3.1).

    A recursive reference (a schema that contains itself, like a list of actions whose actions hold lists of
    actions) is inlined once and then left as a `$ref`: `standalone()` makes such a schema resolvable.
    """
    if isinstance(node, list):
        return [dereference(document, item, _seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        if ref in _seen:
            return node
        target = dereference(document, resolve_pointer(document, ref), (*_seen, ref))
        siblings = {k: dereference(document, v, _seen) for k, v in node.items() if k != "$ref"}
        return {**target, **siblings} if isinstance(target, dict) else target
    return {key: dereference(document, value, _seen) for key, value in node.items()}


def standalone(schema: Any, document: dict[str, Any]) -> Any:
    """A dereferenced schema that can be validated on its own: when recursive `$ref`s were left in it, the
    document's components travel along so that `#/components/...` pointers still resolve."""
    if isinstance(schema, dict) and _has_ref(schema) and "components" in document:
        return {**schema, "components": document["components"]}
    return schema


def _has_ref(node: Any) -> bool:
    if isinstance(node, dict):
        return "$ref" in node or any(_has_ref(value) for value in node.values())
    if isinstance(node, list):
        return any(_has_ref(item) for item in node)
    return False


def base_path(document: dict[str, Any]) -> str:
    """The path part of the first server URL, e.g. `/apps/api/v1`; templated hosts are ignored."""
    servers = document.get("servers") or [{"url": "/"}]
    url: str = servers[0]["url"]
    return urlsplit(url.replace("{", "").replace("}", "")).path.rstrip("/")
