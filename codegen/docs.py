"""Build the static docs site (served by the emulator at /docs) from every spec under specs/.

    python -m codegen.docs [--out site]

OpenAPI specs are rendered by the pinned Redoc bundle (docs/renderer), OpenRPC specs by a small
generated page, and docs/getting-started.md becomes the front page. All links are relative, so the
site works under any prefix and straight from disk.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from codegen.docsite import home, openrpc, redoc
from codegen.docsite.html import CSS, STYLESHEET
from codegen.docsite.specs import ApiSpec, discover

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
GETTING_STARTED = ROOT / "docs" / "getting-started.md"
RENDERER_DIR = ROOT / "docs" / "renderer"
DEFAULT_OUT = ROOT / "site"
# Marks a directory as ours, so a rebuild may empty it without risking an unrelated --out.
MARKER = ".switchboard-docs"


def _prepare(out: Path) -> None:
    """Empty ``out`` so pages of removed specs do not linger; refuse to touch a directory we did not build."""
    if out.exists():
        if any(out.iterdir()) and not (out / MARKER).is_file():
            raise SystemExit(f"{out} exists, is not empty and was not built by codegen.docs; not clearing it")
        shutil.rmtree(out)
    (out / "assets").mkdir(parents=True)
    (out / MARKER).write_text(
        "Built by python -m codegen.docs; rebuilt from scratch each time.\n", encoding="utf-8", newline="\n"
    )


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:  # outside the working directory
        return str(path)


def _write_document(spec: ApiSpec, api_dir: Path) -> None:
    """Ship the spec as JSON beside its page, for download and for tools."""
    text = json.dumps(spec.document, ensure_ascii=False, indent=2) + "\n"
    (api_dir / f"{spec.kind}.json").write_text(text, encoding="utf-8", newline="\n")


def build_site(
    out: Path = DEFAULT_OUT,
    *,
    specs_dir: Path = SPECS_DIR,
    getting_started: Path = GETTING_STARTED,
    renderer_dir: Path = RENDERER_DIR,
    log: Callable[[str], None] = print,
) -> list[Path]:
    """Build the whole site into ``out`` and return the HTML pages written, front page first."""
    specs = discover(specs_dir)
    _prepare(out)
    (out / "assets" / STYLESHEET).write_text(CSS, encoding="utf-8", newline="\n")
    renderer = None
    if any(spec.kind == "openapi" for spec in specs):
        renderer = redoc.ensure_renderer(renderer_dir)
        redoc.copy_bundle(renderer, out / "assets")

    index = out / "index.html"
    front_page = home.render_home(getting_started.read_text(encoding="utf-8"), specs)
    index.write_text(front_page, encoding="utf-8", newline="\n")
    log(f"{_display(index)}: getting started, linking {len(specs)} API reference page(s)")
    pages = [index]
    for spec in specs:
        api_dir = out / spec.api_id
        api_dir.mkdir()
        _write_document(spec, api_dir)
        if spec.kind == "openapi":
            assert renderer is not None  # installed above whenever an OpenAPI spec exists
            redoc.write_api_page(spec, api_dir)
            how = f"Redoc {renderer.version}, {spec.operation_count} operations"
        else:
            openrpc.write_api_page(spec, api_dir)
            how = f"generated OpenRPC page, {spec.operation_count} methods"
        pages.append(api_dir / "index.html")
        log(f"{_display(pages[-1])}: {spec.title} {spec.version} ({spec.spec_version}; {how})")
    return pages


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m codegen.docs", description="Build the static docs site from specs/."
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (default: site/)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    pages = build_site(args.out)
    print(f"built {len(pages)} page(s) into {_display(args.out)} in {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
