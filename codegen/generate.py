"""Regenerate every client under generated/ from its spec (deterministic: same spec, same bytes).

python -m codegen.generate [--force] [API_ID ...]

A client whose inputs and output are unchanged since it was last generated is skipped (codegen/cache.py);
--force regenerates every client named regardless, as the drift check does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from .apis import APIS, ROOT, Api, find
from .cache import GenerationCache

if TYPE_CHECKING:
    from rich.console import Console


def _console() -> Console:
    # Imported when there is work to show: a run with nothing to generate stays well under a second.
    from rich.console import Console

    return Console(stderr=True)


# The client, errors and endpoint templates every OpenAPI client shares; each API's folder adds its hooks.
SHARED_TEMPLATES = ROOT / "codegen" / "templates" / "shared"


def assemble_templates(api: Api, folder: Path) -> Path:
    """The templates for one OpenAPI client: the shared ones, overlaid by the API's own (its hooks)."""
    shutil.copytree(SHARED_TEMPLATES, folder)
    if api.templates:
        shutil.copytree(api.templates, folder, dirs_exist_ok=True)
    return folder


def generate_openapi_client(api: Api) -> None:
    """Run openapi-python-client into a scratch folder, then swap it in whole (no stale files survive)."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / api.client_dir.name
        command = [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(api.spec),
            "--config",
            str(api.config),
            "--output-path",
            str(out),
            "--meta",
            "pdm",
        ]
        command += ["--custom-template-path", str(assemble_templates(api, Path(scratch) / "templates"))]
        # openapi-python-client orders some literal-enum values through a set: pin string hashing.
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        result = subprocess.run(command, capture_output=True, text=True, cwd=scratch, check=False, env=env)
        # It reports what it skipped (an endpoint it cannot generate) on stderr, and still exits 0.
        output = result.stdout + result.stderr
        if result.returncode != 0 or "Warning(s) encountered" in output or "Error(s)" in output:
            _console().print(result.stdout, result.stderr, markup=False)
            raise SystemExit(f"generating {api.id} failed or warned (see above)")
        # Imported here, as the generators are: only a real generation needs them.
        from .extras import add_openapi_extras

        add_openapi_extras(api, out)  # pagination, webhooks, README, changelog
        if api.client_dir.exists():
            shutil.rmtree(api.client_dir)
        api.client_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(out, api.client_dir)


def generate_openrpc_client(api: Api) -> None:
    # Imported here: Jinja2 and the model are only needed when a client is really generated.
    from .openrpc.render import generate_openrpc_client as generate

    generate(api)


# Api.kind -> the generator for it.
GENERATORS = {"openapi": generate_openapi_client, "openrpc": generate_openrpc_client}


def main(argv: list[str]) -> None:
    force = "--force" in argv
    names = [arg for arg in argv if arg != "--force"]
    requested = [find(name) for name in names] or list(APIS)
    cache = GenerationCache()
    apis = requested if force else [api for api in requested if not cache.is_fresh(api)]
    skipped = len(requested) - len(apis)
    if not apis:
        print(f"{skipped} client(s) unchanged since last generated (--force regenerates)", file=sys.stderr)
        return
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = _console()
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=console,
    ) as progress:
        task = progress.add_task("generating clients", total=len(apis))
        for api in apis:
            progress.update(
                task, description=f"generating {api.client_dir.relative_to(api.client_dir.parents[1])}"
            )
            GENERATORS[api.kind](api)
            cache.record(api)
            progress.advance(task)
    unchanged = f", {skipped} unchanged" if skipped else ""
    console.print(f"[green]generated {len(apis)} client(s){unchanged}[/]")


if __name__ == "__main__":
    main(sys.argv[1:])
