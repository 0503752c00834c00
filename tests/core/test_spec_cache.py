"""Parsed specs cached by the hash of their text: parsed once, exact types kept, a bad cache file ignored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from emulator.core.spec_cache import cached_parse

TEXT = (
    b"paths:\n  /calls:\n    post:\n      responses:\n        201: {description: made}\nsince: 2016-03-16\n"
)


@pytest.fixture
def parses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    monkeypatch.setenv("SWITCHBOARD_CACHE_DIR", str(tmp_path / "cache"))
    return []


def _parse(seen: list[bytes]) -> Any:
    def parse(text: bytes) -> Any:
        seen.append(text)
        return yaml.safe_load(text)

    return parse


def test_the_same_text_is_parsed_once_with_its_types(parses: list[bytes]) -> None:
    first = cached_parse(TEXT, _parse(parses))
    again = cached_parse(TEXT, _parse(parses))
    assert parses == [TEXT]
    assert again == first
    assert list(again["paths"]["/calls"]["post"]["responses"]) == [201]  # an int key, as YAML read it
    assert again["since"] == dt.date(2016, 3, 16)


def test_changed_text_is_parsed_again(parses: list[bytes]) -> None:
    cached_parse(TEXT, _parse(parses))
    changed = TEXT.replace(b"made", b"created")
    assert cached_parse(changed, _parse(parses))["paths"]["/calls"]["post"]["responses"][201] == {
        "description": "created"
    }
    assert parses == [TEXT, changed]


def test_a_broken_cache_file_is_parsed_over(parses: list[bytes], tmp_path: Path) -> None:
    cached_parse(TEXT, _parse(parses))
    [cached] = (tmp_path / "cache").iterdir()
    cached.write_bytes(b"not a pickle")
    assert cached_parse(TEXT, _parse(parses))["since"] == dt.date(2016, 3, 16)
    assert len(parses) == 2
