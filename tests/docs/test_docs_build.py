"""What `python -m codegen.docs` writes: every page names the origin it is served from through a script
(never a fixed port elsewhere), the generated pages cover every note and route, and the screenshots."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from codegen.docsite import control_routes, screenshots
from codegen.docsite.html import DOCUMENTED_ORIGIN, ORIGIN_SCRIPT
from codegen.docsite.pages import operations
from codegen.docsite.specs import discover

from .conftest import Site

ROOT = Path(__file__).resolve().parents[2]


def _pages(site: Site) -> list[Path]:
    return sorted(path for path in site.out.rglob("*.html") if "screenshots" not in path.parts)


def test_every_page_shows_the_origin_it_is_served_from_not_a_fixed_port(repo_site: Site) -> None:
    pages = _pages(repo_site)
    assert len(pages) > 2 * len(repo_site.specs)  # guides, operation lists and references
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert "data-served-origin" in html, f"{path} does not show its origin"
        assert re.search(rf'<script src="[./]*assets/{ORIGIN_SCRIPT}"', html), f"{path} lacks {ORIGIN_SCRIPT}"
        # The fixed address stays only where the script swaps it: in code, in links, in scripts' data.
        rest = re.sub(r"<(code|a|script|pre)\b[^>]*>.*?</\1>", "", html, flags=re.DOTALL)
        assert DOCUMENTED_ORIGIN not in rest, f"{path} names {DOCUMENTED_ORIGIN} outside code"
        assert ":8080" not in re.sub(r"<[^>]+>", "", rest), f"{path} names port 8080 outside code"


def _notes(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "x-doc-notes":
                yield from ([value] if isinstance(value, str) else value)
            else:
                yield from _notes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _notes(value)


def test_the_contradictions_page_lists_every_note_of_every_spec(repo_site: Site) -> None:
    html = (repo_site.out / "doc-notes" / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).replace("&quot;", '"').replace("&#39;", "'")
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    total = 0
    for spec in repo_site.specs:
        for note in _notes(spec.document):
            total += 1
            plain = " ".join(note.split()).replace("`", "")  # Markdown code spans lose their backticks
            assert plain in text, f"{spec.api_id}: note missing: {note[:80]}"
    assert total > 0 and f"({total} notes)" in text


def test_the_control_api_page_lists_every_control_route(repo_site: Site) -> None:
    html = (repo_site.out / "control-api" / "index.html").read_text(encoding="utf-8")
    assert control_routes.MARKER not in html
    for _, path, _ in control_routes.routes():
        assert f"<code>{path}</code>" in html, f"{path} is not on the control API page"


@pytest.mark.browser
def test_a_screenshot_of_each_reference_page_is_written(browser: Browser, standin_site: Site) -> None:
    specs_dir = standin_site.specs[0].source.parent.parent
    shots = screenshots.take(standin_site.out, specs_dir, browser=browser)
    assert [shot.name for shot in shots] == [f"{spec.api_id}.png" for spec in discover(specs_dir)]
    for shot in shots:
        data = shot.read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000, shot


def test_each_operation_list_names_every_operation_as_written(repo_site: Site) -> None:
    """The generated lists (what the site's search finds an operation by) hold each name verbatim."""
    for spec in repo_site.specs:
        page = (repo_site.out / "operations" / spec.api_id / "index.html").read_text(encoding="utf-8")
        missing = [
            op["name"] for op in operations(spec) if f"<code>{html.escape(op['name'])}</code>" not in page
        ]
        assert not missing, f"{spec.api_id}: not listed as written: {missing[:5]}"
        index = (repo_site.out / "search" / "search_index.json").read_text(encoding="utf-8")
        assert f"operations/{spec.api_id}/" in index, f"{spec.api_id}'s operation list is not searchable"
