"""After a client is generated: the modules and files openapi-python-client does not make, from the spec.

- `<package>/pagination.py`: iterators over every paginated operation (the spec's `x-pagination`);
- `<package>/webhooks.py`: parsers of the documented callbacks (the spec's `webhooks`, `x-callback-hash`);
- `README.md` (codegen/readmes/<api>.md.jinja), `CHANGELOG.md` (codegen/changelogs/<api>.md) and the
  sdist's inclusion of the changelog in `pyproject.toml`.

The package version is the client config's; it must be the spec's `info.version` plus a client revision
(`<spec version>.postN`) and head the changelog.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from openapi_python_client import Project, _get_document
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from packaging.version import Version

from .apis import ROOT, Api
from .extras_pagination import SpecExtensionError, paginated_operations
from .extras_webhooks import hash_rules, webhooks

EXTRAS_TEMPLATES = ROOT / "codegen" / "templates" / "extras"
READMES = ROOT / "codegen" / "readmes"
CHANGELOGS = ROOT / "codegen" / "changelogs"
SDIST_INCLUDES = '\n[tool.pdm.build]\nsource-includes = ["CHANGELOG.md"]\n'


def load_spec(api: Api) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's: the large specs load 10x faster
    document: dict[str, Any] = yaml.load(api.spec.read_text(encoding="utf-8"), Loader=loader)
    return document


def client_version(api: Api) -> str:
    """The package version: the client config's, checked against the spec's version and the changelog."""
    config = yaml.safe_load(api.config.read_text(encoding="utf-8"))
    version = str(config.get("package_version_override") or config.get("package_version"))
    spec_version = str(load_spec(api)["info"]["version"])
    parsed, spec = Version(version), Version(spec_version)
    revision_only = parsed.post is not None and not (parsed.pre or parsed.dev or parsed.local)
    if Version(parsed.base_version) != Version(spec.base_version) or not revision_only:
        raise SpecExtensionError(f"{api.id}: version {version} must be the spec's {spec_version} plus .postN")
    top = re.search(r"^## (\S+)", changelog(api), re.M)
    if top is None or top.group(1) != version:
        raise SpecExtensionError(f"{api.id}: {CHANGELOGS / (api.id + '.md')} must start with '## {version}'")
    return version


def changelog(api: Api) -> str:
    return (CHANGELOGS / f"{api.id}.md").read_text(encoding="utf-8")


def _generator_data(api: Api) -> tuple[GeneratorData, Config]:
    config = Config.from_sources(
        ConfigFile.load_from_path(api.config),
        MetaType.PDM,
        api.spec,
        "utf-8",
        overwrite=True,
        output_path=None,
    )
    document = _get_document(source=config.document_source, timeout=config.http_timeout)
    data = GeneratorData.from_dict(document, config=config)  # type: ignore[arg-type]  # an error was reported by the first run
    if not isinstance(data, GeneratorData):
        raise SpecExtensionError(f"{api.id}: openapi-python-client cannot read the spec: {data}")
    return data, config


def _code_modules(api: Api, package_dir: Path) -> dict[str, Any]:
    """Write pagination.py and webhooks.py (where the spec has any); what they hold, for the README."""
    data, config = _generator_data(api)
    document = load_spec(api)
    project = Project(openapi=data, config=config, custom_template_path=api.templates)
    env = project.env
    env.loader = ChoiceLoader([FileSystemLoader(EXTRAS_TEMPLATES), env.loader])  # type: ignore[list-item]
    env.filters["pyrepr"] = repr
    title = str(document["info"]["title"])
    pages = paginated_operations(document, data)
    if pages:
        imports = set().union(*(op.imports for op in pages))
        text = env.get_template("pagination.py.jinja").render(
            title=title, operations=pages, imports=imports, styles=sorted({op.style for op in pages})
        )
        (package_dir / "pagination.py").write_text(text, encoding="utf-8")
    hooks = webhooks(document, data, config.field_prefix)
    if hooks:
        text = env.get_template("webhooks.py.jinja").render(
            title=title,
            webhooks=hooks,
            shapes={hook.name: hook.shape for hook in hooks},
            content_type_map={hook.name: hook.content_types for hook in hooks},
            content_types=sorted({t for hook in hooks for t in hook.content_types}),
            hash_rules=hash_rules(hooks, data),
        )
        (package_dir / "webhooks.py").write_text(text, encoding="utf-8")
    return {"paginated": pages, "webhooks": hooks}


def _readme_environment(api: Api) -> Environment:
    return Environment(
        loader=FileSystemLoader([READMES, EXTRAS_TEMPLATES]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # Markdown
    )


def _package_files(api: Api, out: Path, context: dict[str, Any]) -> None:
    version = client_version(api)
    document = load_spec(api)
    readme = _readme_environment(api).get_template(f"{api.id}.md.jinja")
    text = readme.render(
        api=api,
        version=version,
        spec_version=str(document["info"]["version"]),
        title=str(document["info"]["title"]),
        project_name=api.client_dir.name,
        **context,
    )
    (out / "README.md").write_text(text, encoding="utf-8")
    (out / "CHANGELOG.md").write_text(changelog(api), encoding="utf-8")
    pyproject = out / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    if f'version = "{version}"' not in text:
        raise SpecExtensionError(f"{api.id}: the generated pyproject.toml does not carry version {version}")
    pyproject.write_text(text + SDIST_INCLUDES, encoding="utf-8")


def _ruff(folder: Path) -> None:
    for command in (
        ["check", ".", "--fix-only", "--quiet", "--no-cache"],
        ["format", ".", "--quiet", "--no-cache"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "ruff", *command], cwd=folder, capture_output=True, text=True
        )
        if done.returncode != 0:
            raise SpecExtensionError(
                f"ruff {command[0]} refused the generated code:\n{done.stdout}{done.stderr}"
            )


def add_openapi_extras(api: Api, out: Path) -> None:
    """Complete the freshly generated OpenAPI client in `out`."""
    package = yaml.safe_load(api.config.read_text(encoding="utf-8"))["package_name_override"]
    context = _code_modules(api, out / package)
    _package_files(api, out, context)
    _ruff(out)


def add_openrpc_extras(api: Api, out: Path) -> None:
    """Complete the freshly rendered OpenRPC client in `out` (no paging or callbacks in this API)."""
    _package_files(api, out, {"paginated": [], "webhooks": []})
