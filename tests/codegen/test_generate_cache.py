"""The generation cache: an unchanged client is skipped, any change to what it is made from regenerates
it, and a client changed by hand since it was generated is never taken as fresh (so drift shows)."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

from codegen import generate
from codegen.apis import APIS, ROOT
from codegen.cache import GenerationCache, tree_hash


@dataclass(frozen=True)
class FakeApi:
    """An Api's shape over a scratch folder: a spec, and the client generated from it."""

    id: str
    kind: str
    spec: Path
    client_dir: Path


@pytest.fixture
def world(tmp_path: Path) -> tuple[FakeApi, Path]:
    codegen_dir = tmp_path / "codegen"
    (codegen_dir / "templates" / "demo").mkdir(parents=True)
    (codegen_dir / "templates" / "demo" / "client.py.jinja").write_text("class Client: ...\n")
    (codegen_dir / "clients").mkdir()
    (codegen_dir / "clients" / "demo.yaml").write_text("package_name_override: demo_client\n")
    spec = tmp_path / "specs" / "demo" / "openapi.yaml"
    spec.parent.mkdir(parents=True)
    spec.write_text("openapi: 3.1.0\ninfo: {title: Demo, version: '1'}\npaths: {}\n")
    client = tmp_path / "generated" / "demo-client"
    (client / "demo_client").mkdir(parents=True)
    (client / "demo_client" / "__init__.py").write_text('"""Demo client."""\n')
    return FakeApi("demo", "openapi", spec, client), codegen_dir


def _cache(tmp_path: Path, codegen_dir: Path) -> GenerationCache:
    # A new instance per run, as every `python -m codegen.generate` starts afresh.
    return GenerationCache(path=tmp_path / "cache.json", codegen_dir=codegen_dir)


def _generated(api: FakeApi, tmp_path: Path, codegen_dir: Path) -> None:
    _cache(tmp_path, codegen_dir).record(api)


def test_an_unchanged_client_is_fresh(world: tuple[FakeApi, Path], tmp_path: Path) -> None:
    api, codegen_dir = world
    assert not _cache(tmp_path, codegen_dir).is_fresh(api)  # never generated
    _generated(api, tmp_path, codegen_dir)
    assert _cache(tmp_path, codegen_dir).is_fresh(api)


def test_a_changed_spec_regenerates(world: tuple[FakeApi, Path], tmp_path: Path) -> None:
    api, codegen_dir = world
    _generated(api, tmp_path, codegen_dir)
    api.spec.write_text(api.spec.read_text() + "x-note: changed\n")
    assert not _cache(tmp_path, codegen_dir).is_fresh(api)


@pytest.mark.parametrize(
    "change",
    ["edit a template", "add a template", "edit a client config", "add a post-generation step"],
)
def test_any_change_under_codegen_regenerates(
    world: tuple[FakeApi, Path], tmp_path: Path, change: str
) -> None:
    api, codegen_dir = world
    _generated(api, tmp_path, codegen_dir)
    if change == "edit a template":
        (codegen_dir / "templates" / "demo" / "client.py.jinja").write_text("class Client:  # v2\n")
    elif change == "add a template":
        (codegen_dir / "templates" / "demo" / "errors.py.jinja").write_text("class Error: ...\n")
    elif change == "edit a client config":
        (codegen_dir / "clients" / "demo.yaml").write_text("package_name_override: other\n")
    else:
        (codegen_dir / "postprocess.py").write_text("def tidy() -> None: ...\n")
    assert not _cache(tmp_path, codegen_dir).is_fresh(api)


def test_compiled_files_and_tool_caches_do_not_count(world: tuple[FakeApi, Path], tmp_path: Path) -> None:
    api, codegen_dir = world
    _generated(api, tmp_path, codegen_dir)
    (codegen_dir / "__pycache__").mkdir()
    (codegen_dir / "__pycache__" / "generate.cpython-311.pyc").write_bytes(b"\0compiled")
    for leftover in (".ruff_cache/0.17/123", ".mypy_cache/3.11/x.json", "demo_client.egg-info/PKG-INFO"):
        (api.client_dir / leftover).parent.mkdir(parents=True)
        (api.client_dir / leftover).write_text("written by a tool")
    assert _cache(tmp_path, codegen_dir).is_fresh(api)


@pytest.mark.parametrize("edit", ["edited", "added", "deleted"])
def test_a_client_changed_by_hand_is_not_fresh(
    world: tuple[FakeApi, Path], tmp_path: Path, edit: str
) -> None:
    """The drift check's guarantee: generated/ differing from what was generated is regenerated."""
    api, codegen_dir = world
    _generated(api, tmp_path, codegen_dir)
    module = api.client_dir / "demo_client" / "__init__.py"
    if edit == "edited":
        module.write_text('"""Demo client, patched by hand."""\n')
    elif edit == "added":
        (api.client_dir / "demo_client" / "extra.py").write_text("X = 1\n")
    else:
        module.unlink()
    assert not _cache(tmp_path, codegen_dir).is_fresh(api)


def test_an_unreadable_cache_file_means_generating(world: tuple[FakeApi, Path], tmp_path: Path) -> None:
    api, codegen_dir = world
    (tmp_path / "cache.json").write_text("{not json")
    assert not _cache(tmp_path, codegen_dir).is_fresh(api)


def test_tree_hash_follows_names_and_bytes(tmp_path: Path) -> None:
    (tmp_path / "a").write_text("one")
    before = tree_hash(tmp_path)
    (tmp_path / "a").rename(tmp_path / "b")
    renamed = tree_hash(tmp_path)
    (tmp_path / "b").write_text("two")
    assert len({before, renamed, tree_hash(tmp_path)}) == 3
    assert tree_hash(tmp_path / "missing") == ""


def test_main_skips_fresh_clients_and_force_regenerates_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`python -m codegen.generate` end to end, with the generators replaced by counters (the real
    clients on disk are only read, for their hashes)."""
    made: list[str] = []
    monkeypatch.setattr(
        generate, "GENERATORS", {kind: lambda api: made.append(api.id) for kind in ("openapi", "openrpc")}
    )
    monkeypatch.setattr(generate, "GenerationCache", lambda: GenerationCache(path=tmp_path / "cache.json"))
    ids = [api.id for api in APIS]
    generate.main([])
    assert made == ids  # no cache yet: every client
    made.clear()
    generate.main([])
    assert made == []  # nothing changed: nothing generated
    generate.main(["--force", APIS[0].id])
    assert made == [APIS[0].id]


def test_the_drift_session_bypasses_the_cache() -> None:
    source = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    drift = next(
        node for node in ast.parse(source).body if isinstance(node, ast.FunctionDef) and node.name == "drift"
    )
    calls = [
        [arg.value for arg in call.args if isinstance(arg, ast.Constant)]
        for call in ast.walk(drift)
        if isinstance(call, ast.Call)
    ]
    assert ["python", "-m", "codegen.generate", "--force"] in calls
