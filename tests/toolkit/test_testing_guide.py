"""The testing guide's faults example passes as a user's suite would run it, with the plugin."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[2]
GUIDE = (ROOT / "docs" / "testing.md").read_text(encoding="utf-8")
FAULTS_EXAMPLE = GUIDE.split("## Faults", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]


def test_the_testing_guide_s_faults_example_passes(pytester: pytest.Pytester) -> None:
    # The package's pytest11 entry point loads the plugin; a checkout used without installing names it.
    installed = any(entry.name == "switchboard" for entry in entry_points(group="pytest11"))
    plugin = () if installed else ("-p", "emulator.testing.plugin")
    pytester.makepyfile(test_faults=FAULTS_EXAMPLE)
    result = pytester.runpytest(
        *plugin, "-p", "no:cacheprovider", "-W", "ignore::pytest.PytestAssertRewriteWarning"
    )
    result.assert_outcomes(passed=1)
