"""Render the client package from the model with the Jinja2 templates in codegen/templates/openrpc/.

Output is deterministic (sorted, no timestamps) and finished by ruff (fix-only, then format) with the
package's own ruff settings, as the OpenAPI clients are.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..apis import ROOT, Api
from ..extras import add_openrpc_extras
from .load import Spec
from .model import ClientModel, build, snake

TEMPLATES = ROOT / "codegen" / "templates" / "openrpc"
# The retrying transport the OpenAPI clients use too.
SHARED_TEMPLATES = ROOT / "codegen" / "templates" / "shared"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader([TEMPLATES, SHARED_TEMPLATES]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # Python source, not HTML
    )
    env.globals["snake"] = snake
    env.filters["pyrepr"] = repr
    return env


def _files(client: ClientModel) -> dict[str, tuple[str, dict[str, object]]]:
    """Relative path -> (template, context) for every file of the package."""
    spec, config = client.spec, client.spec.config
    base = {"spec": spec, "config": config}
    package = config.package_name
    files: dict[str, tuple[str, dict[str, object]]] = {
        "pyproject.toml": ("pyproject.toml.jinja", base),
        ".gitignore": ("gitignore.jinja", base),
        f"{package}/__init__.py": ("package_init.py.jinja", base),
        f"{package}/client.py": ("client.py.jinja", base),
        f"{package}/errors.py": ("errors.py.jinja", {**base, "errors": client.errors}),
        f"{package}/types.py": ("types.py.jinja", base),
        f"{package}/api/__init__.py": ("api_init.py.jinja", base),
    }
    names = sorted([m.name for m in client.models] + [e.name for e in client.enums])
    files[f"{package}/models/__init__.py"] = (
        "models_init.py.jinja",
        {**base, "models": client.models, "enums": client.enums, "names": names},
    )
    for model in client.models:
        files[f"{package}/models/{model.module}.py"] = ("model.py.jinja", {**base, "model": model})
    for enum in client.enums:
        files[f"{package}/models/{enum.module}.py"] = ("enum.py.jinja", {**base, "enum": enum})
    for tag in client.tag_modules:
        methods = [m for m in client.methods if m.tag_module == tag]
        context = {**base, "tag": tag, "methods": methods}
        files[f"{package}/api/{tag}/__init__.py"] = ("tag_init.py.jinja", context)
    for method in client.methods:
        context = {**base, "method": method}
        files[f"{package}/api/{method.tag_module}/{method.module}.py"] = ("method.py.jinja", context)
    return files


def _ruff(folder: Path) -> None:
    for command in (
        ["check", ".", "--fix-only", "--quiet", "--no-cache"],
        ["format", ".", "--quiet", "--no-cache"],
    ):
        subprocess.run([sys.executable, "-m", "ruff", *command], cwd=folder, check=True)


def render_client(spec: Spec, out: Path) -> None:
    """Write the whole package for `spec` into the empty folder `out`, finished by ruff."""
    client = build(spec)
    env = _environment()
    for relative, (template, context) in sorted(_files(client).items()):
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(env.get_template(template).render(**context), encoding="utf-8", newline="\n")
    (out / spec.config.package_name / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    _ruff(out)


def render_package(api: Api, out: Path) -> None:
    """The client package of `api` with its README and changelog (codegen.extras), into the empty `out`."""
    render_client(Spec.read(api.spec, api.config), out)
    add_openrpc_extras(api, out)


def generate_openrpc_client(api: Api) -> None:
    """Render into a scratch folder, then swap it in whole (no stale files survive)."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / api.client_dir.name
        render_package(api, out)
        if api.client_dir.exists():
            shutil.rmtree(api.client_dir)
        api.client_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(out, api.client_dir)
