"""The docs site in headless Chromium, crawled from its landing page: every page loads with no console error
and no request leaving the site, names the origin it is served from, and links nothing that is missing;
its search finds an operation by name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from playwright.sync_api import Page

from codegen.docsite.html import DOCUMENTED_ORIGIN
from codegen.docsite.pages import operations

from .conftest import Guard, Site

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
RENDER_TIMEOUT_MS = 60_000
SCALAR_READY = "li[data-sidebar-id]"


@dataclass
class Crawl:
    pages: dict[str, set[str]] = field(default_factory=dict)  # page URL -> the ids its document holds
    links: dict[str, set[str]] = field(
        default_factory=dict
    )  # link target (with fragment) -> pages linking it
    statuses: dict[str, int] = field(default_factory=dict)


def _is_scalar_page(site: Site, url: str) -> bool:
    path = urlsplit(url).path
    return any(spec.kind == "openapi" and path == f"/docs/{spec.api_id}/" for spec in site.specs)


def _visit(page: Page, site: Site, url: str, crawl: Crawl) -> None:
    response = page.goto(url)
    assert response is not None and response.ok, f"{url} answered {response.status if response else None}"
    if _is_scalar_page(site, url):
        page.wait_for_selector(SCALAR_READY, timeout=RENDER_TIMEOUT_MS)
    shown = page.eval_on_selector_all("[data-served-origin]", "els => els.map(e => e.textContent.trim())")
    assert shown and all(text == site.origin for text in shown), f"{url} shows {shown}, not {site.origin}"
    text = page.inner_text("body")
    assert DOCUMENTED_ORIGIN not in text, (
        f"{url} still names {DOCUMENTED_ORIGIN}, not the origin it is served from"
    )
    crawl.pages[url] = set(page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
    for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
        if href.startswith(site.base_url):
            crawl.links.setdefault(href, set()).add(url)


def test_every_page_loads_cleanly_shows_its_origin_and_links_nothing_missing(
    open_page: Callable[[Site], tuple[Page, Guard]], repo_site: Site
) -> None:
    page, _ = open_page(repo_site)
    crawl = Crawl()
    queue = [repo_site.base_url]
    while queue:
        url = queue.pop()
        if url in crawl.pages:
            continue
        _visit(page, repo_site, url, crawl)
        for target in crawl.links:
            bare = urldefrag(target).url
            if bare not in crawl.pages and bare not in queue and bare.endswith("/"):
                queue.append(bare)
    broken = []
    for target, sources in sorted(crawl.links.items()):
        bare, fragment = urldefrag(target)
        if bare not in crawl.statuses:
            crawl.statuses[bare] = page.request.get(bare).status
        if crawl.statuses[bare] != 200:
            broken.append(f"{target} ({crawl.statuses[bare]}) from {sorted(sources)}")
        # Scalar routes its own fragments (checked by the reference tests); elsewhere an id must exist.
        elif (
            fragment
            and bare in crawl.pages
            and not _is_scalar_page(repo_site, bare)
            and fragment not in crawl.pages[bare]
        ):
            broken.append(f"{target} (no element #{fragment}) from {sorted(sources)}")
    assert not broken, "broken internal links:\n" + "\n".join(broken)
    # Guides, the generated pages and every reference page were reached from the landing page.
    expected = [urljoin(repo_site.base_url, f"{spec.api_id}/") for spec in repo_site.specs]
    expected += [urljoin(repo_site.base_url, f"operations/{spec.api_id}/") for spec in repo_site.specs]
    expected += [urljoin(repo_site.base_url, path) for path in ("doc-notes/", "control-api/", "testing/")]
    guides = sorted(path.stem for path in (ROOT / "docs" / "guides").glob("*.md"))
    assert guides, "no guides under docs/guides"
    expected += [urljoin(repo_site.base_url, f"guides/{api_id}/") for api_id in guides]
    assert not [url for url in expected if url not in crawl.pages], sorted(crawl.pages)


def test_search_finds_an_operation_by_name(
    open_page: Callable[[Site], tuple[Page, Guard]], repo_site: Site
) -> None:
    page, _ = open_page(repo_site)
    page.goto(repo_site.base_url)
    for spec in repo_site.specs:
        name = operations(spec)[-1]["name"]  # the last one: no guide mentions it by chance
        page.locator("label.md-search__icon, .md-search__input").first.click()
        box = page.locator("input.md-search__input")
        box.fill("")
        box.press_sequentially(name)  # the search reacts to typing, not to a value set at once
        result = page.locator(f".md-search-result__item a[href*='/operations/{spec.api_id}/']").first
        result.wait_for(timeout=RENDER_TIMEOUT_MS)
        assert result.is_visible(), f"searching {name!r} does not offer {spec.api_id}'s operation list"
        box.fill("")
