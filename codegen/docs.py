"""Build the docs site (served by the emulator at /docs) from docs/ and every spec under specs/.

    python -m codegen.docs [--out site] [--screenshots]

The guides (docs/*.md, mkdocs.yml) are built by mkdocs-material, with search, beside pages generated from
the specs (each API's operation list, the documentation contradictions, the control API's routes). Each
OpenAPI spec gets a reference page with a try-it console (Scalar, pinned in docs/renderer), each OpenRPC
spec a generated page with a JSON-RPC request box. All links are relative, so the site works under any
prefix; served by the emulator, every page names the origin it is served from.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

from codegen.docsite import control_routes, openrpc, pages, scalar
from codegen.docsite.html import CSS, ORIGIN_SCRIPT, STYLESHEET
from codegen.docsite.specs import ApiSpec, discover
from codegen.docsite.tryit import DEMO_SEED, demo_tenants, rpc_key

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
DOCS_DIR = ROOT / "docs"
MKDOCS_CONFIG = ROOT / "mkdocs.yml"
RENDERER_DIR = DOCS_DIR / "renderer"
DEFAULT_OUT = ROOT / "site"
SITE_FILES = Path(__file__).resolve().parent / "docsite"
# Marks a directory as ours, so a rebuild may empty it without risking an unrelated --out.
MARKER = ".switchboard-docs"
# Not pages: the renderer's npm tree and review screenshots stay out of the mkdocs sources.
SKIPPED_SOURCES = ("renderer", "screenshots")


def _check_out(out: Path) -> None:
    """Refuse to empty a directory we did not build (mkdocs clears its site_dir)."""
    if out.exists() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise SystemExit(f"{out} exists, is not empty and was not built by codegen.docs; not clearing it")


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:  # outside the working directory
        return str(path)


def guide_page(docs_dir: Path, spec: ApiSpec) -> Path | None:
    guide = docs_dir / "guides" / f"{spec.api_id}.md"
    return guide if guide.is_file() else None


def _stage_sources(docs_dir: Path, staging: Path, specs: Sequence[ApiSpec]) -> None:
    """docs/ plus the generated pages and the guides' assets, as mkdocs' docs_dir."""
    for entry in docs_dir.iterdir():
        if entry.name in SKIPPED_SOURCES:
            continue
        if entry.is_dir():
            shutil.copytree(entry, staging / entry.name)
        else:
            shutil.copyfile(entry, staging / entry.name)
    assets = staging / "assets"
    assets.mkdir(exist_ok=True)
    shutil.copyfile(SITE_FILES / ORIGIN_SCRIPT, assets / ORIGIN_SCRIPT)
    shutil.copyfile(SITE_FILES / "theme" / "switchboard.css", assets / "switchboard.css")
    (staging / "operations").mkdir()
    for spec in specs:
        guide = "../../guides/" + spec.api_id + "/" if guide_page(docs_dir, spec) else None
        text = pages.operations_page(spec, guide=guide)
        (staging / "operations" / f"{spec.api_id}.md").write_text(text, encoding="utf-8", newline="\n")
    (staging / "doc-notes.md").write_text(pages.doc_notes_page(specs), encoding="utf-8", newline="\n")
    index = staging / "index.md"
    if index.is_file():
        guides = [spec.api_id for spec in specs if guide_page(docs_dir, spec)]
        text = index.read_text(encoding="utf-8").replace(
            pages.API_TABLE_MARKER, pages.api_table(specs, guides)
        )
        index.write_text(text, encoding="utf-8", newline="\n")
    control = staging / "control-api.md"
    if control.is_file():
        control.write_text(
            control_routes.fill(control.read_text(encoding="utf-8"), tuple(s.api_id for s in specs)),
            encoding="utf-8",
        )


def _build_guides(out: Path, staging: Path, specs: Sequence[ApiSpec], config_file: Path) -> int:
    """mkdocs into ``out``; returns the number of pages it wrote."""
    config = load_config(str(config_file), docs_dir=str(staging), site_dir=str(out))
    reference: list[object] = [{spec.title: f"operations/{spec.api_id}.md"} for spec in specs]
    reference.append({"Documentation contradictions": "doc-notes.md"})
    config.nav = [*(config.nav or []), {"Reference": reference}]
    mkdocs_build(config)
    return sum(1 for _ in out.rglob("index.html"))


def build_site(
    out: Path = DEFAULT_OUT,
    *,
    specs_dir: Path = SPECS_DIR,
    docs_dir: Path = DOCS_DIR,
    config_file: Path = MKDOCS_CONFIG,
    renderer_dir: Path = RENDERER_DIR,
    seed: Path = DEMO_SEED,
    log: Callable[[str], None] = print,
) -> list[Path]:
    """Build the whole site into ``out`` and return the API reference pages written."""
    specs = discover(specs_dir)
    _check_out(out)
    with tempfile.TemporaryDirectory(prefix="switchboard-docs-") as staging:
        _stage_sources(docs_dir, Path(staging), specs)
        guide_count = _build_guides(out, Path(staging), specs, config_file)
    (out / MARKER).write_text(
        "Built by python -m codegen.docs; rebuilt from scratch each time.\n", encoding="utf-8", newline="\n"
    )
    log(f"{_display(out)}: {guide_count} guide pages (mkdocs-material, with search)")
    assets = out / "assets"
    (assets / STYLESHEET).write_text(CSS, encoding="utf-8", newline="\n")
    shutil.copyfile(SITE_FILES / openrpc.CONSOLE_SCRIPT.name, assets / openrpc.CONSOLE_SCRIPT.name)
    renderer = None
    if any(spec.kind == "openapi" for spec in specs):
        renderer = scalar.ensure_renderer(renderer_dir)
        scalar.copy_bundle(renderer, assets)
    tenants = demo_tenants(seed)
    written = []
    for spec in specs:
        api_dir = out / spec.api_id
        api_dir.mkdir()
        text = json.dumps(spec.document, ensure_ascii=False, indent=2) + "\n"
        (api_dir / f"{spec.kind}.json").write_text(text, encoding="utf-8", newline="\n")
        guide = f"../guides/{spec.api_id}/" if guide_page(docs_dir, spec) else None
        if spec.kind == "openapi":
            assert renderer is not None  # installed above whenever an OpenAPI spec exists
            scalar.write_api_page(spec, api_dir, tenants, guide=guide)
            how = f"Scalar {renderer.version}, {spec.operation_count} operations"
        else:
            openrpc.write_api_page(spec, api_dir, key=rpc_key(spec, tenants), guide=guide)
            how = f"OpenRPC page with a request box, {spec.operation_count} methods"
        written.append(api_dir / "index.html")
        log(f"{_display(written[-1])}: {spec.title} {spec.version} ({spec.spec_version}; {how})")
    return written


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m codegen.docs", description="Build the static docs site from docs/ and specs/."
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (default: site/)")
    parser.add_argument(
        "--screenshots",
        action="store_true",
        help="then serve the site and write a screenshot of each API reference page into <out>/screenshots "
        "(needs Chromium at /usr/bin/chromium and playwright)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    written = build_site(args.out)
    print(
        f"built the guides and {len(written)} API reference page(s) into {_display(args.out)} "
        f"in {time.perf_counter() - started:.1f}s"
    )
    if args.screenshots:
        from codegen.docsite import screenshots  # playwright is needed only here

        for shot in screenshots.take(args.out):
            print(f"{_display(shot)}: screenshot")


if __name__ == "__main__":
    main()
