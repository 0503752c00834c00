"""The packages as published: every client's wheel and sdist and switchboard's wheel build, carry their
README, changelog and version, and install together into a fresh virtual environment where they import."""

from __future__ import annotations

import email
import os
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging.version import Version

from codegen.apis import APIS, ROOT, Api
from codegen.extras import client_version, load_spec


def _run(
    *command: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{' '.join(command)}:\n{done.stdout}\n{done.stderr}"
    return done


def _build(source: Path, out: Path, *kinds: str) -> None:
    # No build isolation: the backends (pdm-backend, hatchling) come with the test extra; nothing is fetched.
    _run("uv", "build", "--no-build-isolation", "--quiet", "--out-dir", str(out), *kinds, str(source))


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every client's wheel and sdist (the vendors' and the control API's) and switchboard's wheel, once."""
    out = tmp_path_factory.mktemp("dist")
    for api in APIS:
        _build(api.client_dir, out)
    _build(ROOT, out, "--wheel")
    return out


def _wheel(dist: Path, project: str) -> Path:
    (wheel,) = dist.glob(f"{project.replace('-', '_')}-*.whl")
    return wheel


@pytest.fixture(scope="session")
def venv(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One fresh virtual environment with every wheel installed (dependencies from uv's cache when it can)."""
    folder = tmp_path_factory.mktemp("venv") / "env"
    _run("uv", "venv", "--quiet", "--python", sys.executable, str(folder))
    python = folder / "bin" / "python"
    wheels = [str(path) for path in sorted(dist.glob("*.whl"))]
    offline = subprocess.run(
        ["uv", "pip", "install", "--quiet", "--offline", "--python", str(python), *wheels],
        capture_output=True,
        text=True,
        check=False,
    )
    if offline.returncode != 0:  # a dependency uv has not cached yet: from the index
        _run("uv", "pip", "install", "--quiet", "--python", str(python), *wheels)
    yield python


@pytest.mark.parametrize("api", APIS, ids=lambda api: api.id)
def test_client_version_is_the_specs_plus_a_revision(api: Api) -> None:
    version = Version(client_version(api))
    spec = Version(str(load_spec(api)["info"]["version"]))
    assert Version(version.base_version) == Version(spec.base_version) and version.post is not None
    pyproject = (api.client_dir / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{version}"' in pyproject


@pytest.mark.parametrize("api", APIS, ids=lambda api: api.id)
def test_wheel_and_sdist_carry_readme_changelog_and_version(api: Api, dist: Path) -> None:
    version = client_version(api)
    wheel = _wheel(dist, api.client_dir.name)
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        (metadata_name,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        metadata = email.message_from_bytes(archive.read(metadata_name))
    assert metadata["Version"] == version and metadata["Description-Content-Type"] == "text/markdown"
    assert "## Pagination" in str(metadata.get_payload())
    assert f"{api.package}/py.typed" in names and f"{api.package}/client.py" in names
    (sdist,) = dist.glob(f"{api.client_dir.name.replace('-', '_')}-*.tar.gz")
    with tarfile.open(sdist) as archive:
        members = {Path(m).name for m in archive.getnames()}
    assert {"CHANGELOG.md", "README.md", "pyproject.toml"} <= members


def test_every_wheel_installs_into_a_fresh_environment_and_imports(venv: Path) -> None:
    modules = [api.package for api in APIS]
    extras = [
        f"{api.package}.{module}"
        for api in APIS
        for module in ("pagination", "webhooks")
        if (api.client_dir / api.package / f"{module}.py").exists()
    ]
    code = (
        "import importlib\n"
        f"for name in {[*modules, *extras, 'emulator', 'emulator.app']!r}:\n"
        "    print(importlib.import_module(name).__file__)\n"
    )
    # Outside the work tree and without its PYTHONPATH: only what the wheels installed can be imported.
    clean = {name: value for name, value in os.environ.items() if name not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = _run(str(venv), "-c", code, cwd=venv.parent, env=clean)
    files = done.stdout.split()
    assert len(files) == len(modules) + len(extras) + 2
    assert all(file.startswith(str(venv.parent.parent)) for file in files), files
    listed = _run("uv", "pip", "list", "--python", str(venv)).stdout
    for api in APIS:
        assert f"{api.client_dir.name} " in listed and client_version(api) in listed
