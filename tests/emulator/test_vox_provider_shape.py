"""Every Voximplant operation has behaviour, and no method group shadows another's helpers."""

from __future__ import annotations

import inspect
from collections import defaultdict
from pathlib import Path

import yaml

from emulator.app import create_app
from emulator.core.environment import Settings
from emulator.providers.voximplant_management import VoximplantManagementProvider

SPEC = Path(__file__).parents[2] / "specs" / "voximplant-management" / "openapi.yaml"


def test_every_operation_has_a_handler() -> None:
    app = create_app(Settings(rate_limit=False, demo=False))
    [api] = [api for api in app.apis if api.base_path == "/platform_api"]
    handlers = api._handlers
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert set(handlers) == {item["post"]["operationId"] for item in document["paths"].values()}
    assert len(handlers) >= 111  # the seed's methods and those of the official client
    assert [name for name, handler in handlers.items() if handler is None] == []
    app.env.store.close()


def test_no_group_defines_a_name_another_group_defines() -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for cls in VoximplantManagementProvider.__mro__:
        if cls.__module__.startswith("emulator.providers.voximplant_management"):
            for name, value in vars(cls).items():
                if callable(value) or isinstance(value, staticmethod | classmethod):
                    owners[name].append(cls.__name__)
    # Methods are looked up along the MRO: a name defined twice would silently call the wrong group's code.
    # Constructors are the exception: each group's __init__ calls super().__init__, so every one runs.
    assert {
        name: classes for name, classes in owners.items() if len(classes) > 1 and name != "__init__"
    } == {}
    for cls in VoximplantManagementProvider.__mro__:
        if "__init__" in vars(cls) and cls.__module__.startswith("emulator.providers.voximplant_management"):
            assert "super().__init__(env)" in inspect.getsource(vars(cls)["__init__"]), cls
