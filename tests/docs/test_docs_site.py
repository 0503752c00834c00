"""The docs site, built by codegen.docs and served by the emulator at /docs,
really renders every operation of every spec in headless Chromium and links every API page."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from codegen.docs import build_site
from codegen.docsite.home import DOCUMENTED_ORIGIN
from codegen.docsite.specs import ApiSpec, discover
from emulator.core.environment import Settings

from ..conftest import start_server, stop_server

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
RENDER_TIMEOUT_MS = 60_000

# Stand-in specs exercise what the repo's specs may not have yet: an OpenRPC API, an operation under
# two tags, an untagged one, a webhook and a YAML date.
STANDIN_OPENAPI = """\
openapi: 3.1.0
info: {title: Stand-in REST, version: v1, description: "Has a <script>alert(1)</script> tag."}
tags: [{name: Calls}, {name: Chats}]
paths:
  /calls:
    get: {operationId: listCalls, summary: List calls, tags: [Calls], responses: {"200": {description: OK}}}
  /calls/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
    patch:
      operationId: updateCall
      summary: Update a call
      tags: [Calls, Chats]
      responses: {"200": {description: OK}}
  /health:
    get:
      operationId: health
      summary: Health check
      responses:
        "200":
          description: OK
          content:
            application/json: {schema: {type: object}, example: {since: 2024-05-01}}
webhooks:
  callEnded:
    post: {operationId: callEnded, summary: Call ended, tags: [Calls], responses: {"200": {description: OK}}}
"""
STANDIN_OPENRPC = """\
openrpc: 1.3.2
info: {title: Stand-in RPC, version: 1.0.0}
methods:
  - name: calls.dial
    summary: Dial a number
    params: [{name: to, required: true, schema: {type: string}}]
    result: {name: call_id, schema: {type: integer}}
    errors: [{$ref: '#/components/errors/Busy'}]
  - $ref: '#/components/methods/Hangup'
components:
  methods:
    Hangup: {name: calls.hangup, summary: Hang up a call, params: [], result: {name: ok, schema: {}}}
  errors:
    Busy: {code: -32002, message: Line busy}
"""


@dataclass(frozen=True)
class Site:
    base_url: str  # ends in "/docs/"
    specs: list[ApiSpec]


def _operations(document: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    """(where, operation) for every operation, webhooks included, as the spec lists them."""
    found = []
    for section in ("paths", "webhooks"):
        for path, item in (document.get(section) or {}).items():
            found += [(f"{method.upper()} {path}", item[method]) for method in HTTP_METHODS if method in item]
    return found


def _label(where: str, operation: Mapping[str, Any]) -> str:
    """What Redoc shows for an operation: its summary, else its operationId."""
    label = operation.get("summary") or operation.get("operationId")
    if not label:
        pytest.fail(f"{where} has neither a summary nor an operationId to find it by", pytrace=False)
    return str(label).strip()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.is_file():
        pytest.fail(
            f"{CHROMIUM} is missing: the docs test drives Debian's Chromium; install it with "
            "`apt-get update && apt-get install -y chromium` (never `playwright install`)",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextmanager
def _serve(site_dir: Path) -> Iterator[str]:
    """The emulator itself, serving ``site_dir`` at /docs on an ephemeral loopback port."""
    live = start_server(Settings(rate_limit=False, docs_dir=site_dir))
    try:
        yield f"{live.url}/docs/"
    finally:
        stop_server(live)


@pytest.fixture(scope="module", params=["repo", "stand-in"])
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The site built from the repo's specs/, and one built from the stand-in specs above."""
    if request.param == "repo":
        specs_dir = ROOT / "specs"
        if not discover(specs_dir):
            pytest.fail("no specs/*/openapi.yaml or openrpc.yaml found to build the docs from", pytrace=False)
    else:
        specs_dir = tmp_path_factory.mktemp("specs")
        for api_id, name, text in (
            ("rest", "openapi.yaml", STANDIN_OPENAPI),
            ("rpc", "openrpc.yaml", STANDIN_OPENRPC),
        ):
            (specs_dir / api_id).mkdir()
            (specs_dir / api_id / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("site") / "site"
    build_site(out, specs_dir=specs_dir, log=lambda line: None)
    with _serve(out) as base_url:
        yield Site(base_url, discover(specs_dir))


@pytest.fixture()
def page(browser: Browser, site: Site) -> Iterator[Page]:
    """A page that may only reach the site itself, and fails the test on any uncaught script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(site.base_url))
    outside: list[str] = []
    errors: list[str] = []

    def only_local(route: Route) -> None:
        if route.request.url.startswith((origin + "/", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not outside, f"the site requested resources from outside itself: {outside}"
    assert not errors, f"uncaught errors in the page: {errors}"


def test_front_page_links_every_api_page(page: Page, site: Site) -> None:
    page.goto(site.base_url.rstrip("/"))  # the emulator's /docs redirects to /docs/
    assert page.url == site.base_url
    assert "Switchboard" in page.title()
    assert page.locator("code", has_text="switchboard serve --host 127.0.0.1 --port 8080").count() == 1
    # The examples name the address the page is served from, whatever port that is.
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(site.base_url))
    examples = page.eval_on_selector_all("main code", "codes => codes.map(c => c.textContent)")
    assert any(f"{origin}/apps/api/v1/" in text for text in examples), examples
    assert not any(DOCUMENTED_ORIGIN in text for text in examples), examples
    hrefs = page.eval_on_selector_all("main a[href]", "links => links.map(a => a.href)")
    for spec in site.specs:
        expected = urljoin(site.base_url, f"{spec.api_id}/index.html")
        assert expected in hrefs, f"getting started does not link {spec.api_id}'s page"
        response = page.request.get(expected)
        assert response.ok, f"{expected} answered {response.status}"


def _check_redoc_page(page: Page, spec: ApiSpec) -> None:
    try:
        page.wait_for_selector(".menu-content", timeout=RENDER_TIMEOUT_MS)
        page.wait_for_selector("[data-section-id] h2", timeout=RENDER_TIMEOUT_MS)
    except PlaywrightTimeout:
        pytest.fail(
            f"Redoc rendered no menu for {spec.api_id}: {page.inner_text('body')[:500]!r}", pytrace=False
        )
    operations = _operations(spec.document)
    # Redoc lists an operation once under each of its tags, and untagged ones once at the top level.
    expected_menu = sorted(
        _label(w, op) for w, op in operations for _ in range(max(1, len(op.get("tags", []))))
    )
    menu = page.eval_on_selector_all(
        ".menu-content li[data-item-id] > label",
        """labels => labels.filter(l => l.querySelector(':scope > .operation-type')).map(l => {
            const copy = l.cloneNode(true);
            copy.querySelectorAll('.operation-type').forEach(badge => badge.remove());
            return copy.textContent.trim();
        })""",
    )
    assert sorted(menu) == expected_menu, (
        f"{spec.api_id}: side menu entries differ from the spec's operations"
    )
    # A heading's own text, without badges such as "Webhook" or "Deprecated".
    own_text = (
        "hs => hs.map(h => [...h.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join('').trim())"
    )
    headings = set(page.eval_on_selector_all("h2", own_text))
    missing = [f"{w} ({_label(w, op)!r})" for w, op in operations if _label(w, op) not in headings]
    assert not missing, f"{spec.api_id}: operations not rendered: {missing}"


def _check_openrpc_page(page: Page, spec: ApiSpec) -> None:
    methods = spec.document.get("methods", [])
    assert page.locator("ul.method-index > li").count() == len(methods)
    assert page.locator("section.method").count() == len(methods)
    for method in page.locator("section.method").all():
        assert method.locator("h3 code").inner_text().strip(), "a method without a name"
    for entry in methods:
        resolved = entry
        if "$ref" in entry:  # only local component refs, as in the stand-in
            resolved = spec.document
            for part in entry["$ref"][2:].split("/"):
                resolved = resolved[part]
        section = page.locator(f'section[id="method-{resolved["name"]}"]')
        assert section.count() == 1, f"{spec.api_id}: method {resolved['name']} is not on the page"
        if resolved.get("summary"):
            assert resolved["summary"] in section.inner_text()


def test_every_api_page_lists_every_operation(page: Page, site: Site) -> None:
    for spec in site.specs:
        page.goto(urljoin(site.base_url, f"{spec.api_id}/"))
        assert spec.title in page.title()
        if spec.kind == "openapi":
            _check_redoc_page(page, spec)
        else:
            _check_openrpc_page(page, spec)
        assert page.get_by_role("link", name="Switchboard docs").get_attribute("href") == "../index.html"
