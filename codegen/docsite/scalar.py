"""OpenAPI reference pages with a try-it console: Scalar API Reference's standalone bundle, pinned in
docs/renderer and copied into the site, so the page needs nothing from outside it."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from collections.abc import Mapping
from html import escape
from pathlib import Path
from typing import Any

from codegen.docsite.html import page, script_json
from codegen.docsite.specs import ApiSpec
from codegen.docsite.tryit import Tenant, authentication

PACKAGE = "@scalar/api-reference"
BUNDLE = "dist/browser/standalone.js"
BUNDLE_NAME = "scalar.standalone.js"
LOADER = Path(__file__).with_name("reference.js")

# Off: everything that would reach a Scalar service or a font CDN (the site works offline and sends the
# reader's requests only to the emulator), and what does not apply to a local static page.
BASE_OPTIONS: Mapping[str, Any] = {
    "telemetry": False,
    "withDefaultFonts": False,
    "mcp": {"disabled": True},
    "agent": {"disabled": True},  # "Ask AI" sends the document to Scalar's service
    "showDeveloperTools": "never",
    "persistAuth": False,
    "defaultOpenAllTags": True,
    "documentDownloadType": "json",
    "hideDarkModeToggle": True,
    "forceDarkModeState": "light",
    "customCss": ".scalar-app { --scalar-custom-header-height: 44px; }",
}


@dataclasses.dataclass(frozen=True)
class Renderer:
    version: str
    bundle: Path


def _installed_version(renderer_dir: Path) -> str | None:
    manifest = renderer_dir / "node_modules" / PACKAGE / "package.json"
    if not manifest.is_file():
        return None
    return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])


def ensure_renderer(renderer_dir: Path) -> Renderer:
    """Install the pinned Scalar with ``npm ci`` unless node_modules already holds exactly that version."""
    manifest = json.loads((renderer_dir / "package.json").read_text(encoding="utf-8"))
    pinned = str(manifest["dependencies"][PACKAGE])
    if _installed_version(renderer_dir) != pinned:
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError(f"npm is needed once to install {PACKAGE} (docs/renderer); install Node.js")
        # --ignore-scripts: only the prebuilt bundle is used, no package needs its install hooks.
        command = [npm, "ci", "--prefix", str(renderer_dir), "--no-audit", "--no-fund", "--ignore-scripts"]
        subprocess.run(command, check=True)
    installed = _installed_version(renderer_dir)
    if installed != pinned:
        raise RuntimeError(
            f"npm ci installed {PACKAGE} {installed}, but docs/renderer/package.json pins {pinned}"
        )
    package_dir = renderer_dir / "node_modules" / PACKAGE
    return Renderer(version=pinned, bundle=package_dir / BUNDLE)


def copy_bundle(renderer: Renderer, assets_dir: Path) -> None:
    shutil.copyfile(renderer.bundle, assets_dir / BUNDLE_NAME)
    shutil.copyfile(LOADER, assets_dir / LOADER.name)


def options(spec: ApiSpec, tenants: Mapping[str, Tenant]) -> dict[str, Any]:
    """Scalar's configuration for one spec: the demo credentials prefilled where the API has a demo tenant."""
    # The slug names the page's element ids (<slug>/tag/...): the API id keeps them stable across titles.
    chosen = dict(BASE_OPTIONS, title=spec.title, slug=spec.api_id)
    auth = authentication(spec, tenants)
    if auth is not None:
        chosen["authentication"] = auth
    return chosen


def write_api_page(spec: ApiSpec, api_dir: Path, tenants: Mapping[str, Tenant], *, guide: str | None) -> None:
    """``index.html`` with the spec embedded, so the page also renders when opened from disk; reference.js
    adds the emulator serving the page to every server list before Scalar starts."""
    body = f"""<div id="reference"></div>
<script id="openapi-document" type="application/json">{script_json(spec.document)}</script>
<script id="reference-options" type="application/json">{script_json(options(spec, tenants))}</script>
<script src="../assets/{BUNDLE_NAME}"></script>
<script src="../assets/{LOADER.name}"></script>"""
    links = [f'<a href="openapi.json">{escape(spec.spec_version)} (openapi.json)</a>']
    if guide:
        links.insert(0, f'<a href="{escape(guide)}">Guide</a>')
    html = page(
        title=f"{spec.title} — Switchboard API reference",
        body=body,
        root="../",
        crumb=spec.title,
        aside=" · ".join(links),
    )
    (api_dir / "index.html").write_text(html, encoding="utf-8", newline="\n")
