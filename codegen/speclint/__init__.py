"""Lint every OpenAPI spec with the spec world's own tools: Redocly CLI (recommended ruleset) and Spectral
(its OpenAPI ruleset), both pinned in this folder's package.json and installed with `npm ci`.

The rules turned off, each with its reason, are in redocly.yaml and .spectral.yaml beside this file.
`python -m codegen.speclint` prints errors and warnings per spec and tool and fails on any error.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..apis import APIS, Api

HERE = Path(__file__).resolve().parent
BIN = HERE / "node_modules" / ".bin"
TOOLS = ("@redocly/cli", "@stoplight/spectral-cli")
SPECTRAL_SEVERITIES = {0: "error", 1: "warn"}  # 2 info and 3 hint count as neither


@dataclass(frozen=True, slots=True)
class Finding:
    tool: str
    severity: str  # "error" or "warn"
    rule: str
    where: str
    message: str


def _installed(package: str) -> str | None:
    manifest = HERE / "node_modules" / package / "package.json"
    return str(json.loads(manifest.read_text(encoding="utf-8"))["version"]) if manifest.is_file() else None


def ensure_tools() -> None:
    """`npm ci` unless node_modules already holds exactly the pinned versions."""
    pinned = json.loads((HERE / "package.json").read_text(encoding="utf-8"))["devDependencies"]
    if all(_installed(package) == pinned[package] for package in TOOLS):
        return
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit(
            "npm is needed to install Redocly CLI and Spectral (codegen/speclint); install Node.js"
        )
    # --ignore-scripts: both tools run as plain Node.js, no package needs its install hooks.
    command = [npm, "ci", "--prefix", str(HERE), "--no-audit", "--no-fund", "--ignore-scripts"]
    subprocess.run(command, check=True)
    wrong = [package for package in TOOLS if _installed(package) != pinned[package]]
    if wrong:
        raise SystemExit(f"npm ci did not install the pinned {', '.join(wrong)}")


def _json_output(command: list[str]) -> Any:
    # Both tools exit non-zero when they find an error; the findings are in the JSON either way.
    result = subprocess.run(command, capture_output=True, text=True, cwd=HERE, check=False)
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"{command[0]} gave no JSON report:\n{result.stdout}\n{result.stderr}") from None


def redocly(target: str) -> list[Finding]:
    """Redocly's findings for an API of redocly.yaml (by its id, with its own rules) or a spec file."""
    command = [str(BIN / "redocly"), "lint", target, "--config", "redocly.yaml", "--format", "json"]
    report = _json_output([*command, "--max-problems", "100000"])
    return [
        Finding("redocly", p["severity"], p["ruleId"], p["location"][0].get("pointer", ""), p["message"])
        for p in report["problems"]
        if p["severity"] in ("error", "warn") and not p.get("ignored")
    ]


def spectral(spec: Path) -> list[Finding]:
    command = [str(BIN / "spectral"), "lint", str(spec), "--ruleset", ".spectral.yaml", "--format", "json"]
    return [
        Finding(
            "spectral",
            SPECTRAL_SEVERITIES[p["severity"]],
            p["code"],
            ".".join(map(str, p["path"])),
            p["message"],
        )
        for p in _json_output([*command, "--quiet"])
        if p["severity"] in SPECTRAL_SEVERITIES
    ]


def lint(api: Api) -> tuple[list[Finding], list[Finding]]:
    """Redocly's and Spectral's findings for one API, the two tools run side by side."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        by_redocly = pool.submit(redocly, api.id)
        by_spectral = pool.submit(spectral, api.spec)
        return by_redocly.result(), by_spectral.result()


def openapi_apis() -> list[Api]:
    return [api for api in APIS if api.kind == "openapi"]
