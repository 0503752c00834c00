"""OpenAPI reference pages rendered in the browser by Redoc's standalone bundle (pinned in docs/renderer)."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from html import escape
from pathlib import Path

from codegen.docsite.html import page
from codegen.docsite.specs import ApiSpec

BUNDLE_FILES = ("redoc.standalone.js", "redoc.standalone.js.LICENSE.txt")

# Redoc's defaults name web fonts it never loads; system fonts keep the offline page consistent.
_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
_OPTIONS = {
    "scrollYOffset": ".topbar",
    "downloadDefinitionUrl": "openapi.json",
    "expandResponses": "200,201",
    "theme": {"typography": {"fontFamily": _FONTS, "headings": {"fontFamily": _FONTS}}},
}


@dataclasses.dataclass(frozen=True)
class Renderer:
    version: str
    bundle_dir: Path


def _installed_version(renderer_dir: Path) -> str | None:
    manifest = renderer_dir / "node_modules" / "redoc" / "package.json"
    if not manifest.is_file():
        return None
    return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])


def ensure_renderer(renderer_dir: Path) -> Renderer:
    """Install the pinned Redoc with ``npm ci`` unless node_modules already holds exactly that version."""
    pinned = str(
        json.loads((renderer_dir / "package.json").read_text(encoding="utf-8"))["dependencies"]["redoc"]
    )
    if _installed_version(renderer_dir) != pinned:
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError(
                "npm is needed once to install the Redoc bundle (docs/renderer); install Node.js"
            )
        # --ignore-scripts: only the prebuilt bundle is used, no package needs its install hooks.
        command = [npm, "ci", "--prefix", str(renderer_dir), "--no-audit", "--no-fund", "--ignore-scripts"]
        subprocess.run(command, check=True)
    installed = _installed_version(renderer_dir)
    if installed != pinned:
        raise RuntimeError(
            f"npm ci installed redoc {installed}, but docs/renderer/package.json pins {pinned}"
        )
    return Renderer(version=pinned, bundle_dir=renderer_dir / "node_modules" / "redoc" / "bundles")


def copy_bundle(renderer: Renderer, assets_dir: Path) -> None:
    for name in BUNDLE_FILES:
        shutil.copyfile(renderer.bundle_dir / name, assets_dir / name)


def _script_json(value: object) -> str:
    """JSON that cannot end the <script> element it sits in."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def write_api_page(spec: ApiSpec, api_dir: Path) -> None:
    """``index.html`` with the spec embedded, so the page also works when opened from disk."""
    body = f"""<div id="redoc"></div>
<script id="openapi-document" type="application/json">{_script_json(spec.document)}</script>
<script src="../assets/redoc.standalone.js"></script>
<script>
Redoc.init(
  JSON.parse(document.getElementById("openapi-document").textContent),
  {_script_json(_OPTIONS)},
  document.getElementById("redoc"),
);
</script>"""
    html = page(
        title=f"{spec.title} — Switchboard API reference",
        body=body,
        root="../",
        crumb=spec.title,
        aside=f'<a href="openapi.json">{escape(spec.spec_version)} (openapi.json)</a>',
    )
    (api_dir / "index.html").write_text(html, encoding="utf-8", newline="\n")
