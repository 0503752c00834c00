"""The docs site built once per session (from the repo's docs/ and specs/, and from stand-in specs) and
served by the emulator, and browser pages that may reach nothing outside it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Route, sync_playwright

from codegen.docs import build_site
from codegen.docsite.specs import ApiSpec, discover
from emulator.core.environment import Settings

from ..conftest import LiveServer, start_server, stop_server

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

# Stand-in specs exercise what the repo's specs may not have: an operation under two tags, an untagged one,
# a webhook, a YAML date, markup in a description, an OpenRPC method given by $ref.
STANDIN_OPENAPI = """\
openapi: 3.1.0
info: {title: Stand-in REST, version: v1, description: "Has a <script>alert(1)</script> tag."}
servers: [{url: "https://rest.example/base"}]
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
      x-doc-notes: [The table and the example disagree on the id's type.]
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
servers: [{name: main, url: "https://rpc.example/v1"}]
methods:
  - name: calls.dial
    summary: Dial a number
    params: [{name: to, required: true, schema: {type: string}}, {name: access_token, schema: {type: string}}]
    result: {name: call_id, schema: {type: integer}}
    errors: [{$ref: '#/components/errors/Busy'}]
    examples:
      - {name: dial, params: [{name: to, value: "+15550100"}, {name: access_token, value: example-key}],
         result: {name: call_id, value: 7}}
  - $ref: '#/components/methods/Hangup'
components:
  methods:
    Hangup: {name: calls.hangup, summary: Hang up a call, params: [], result: {name: ok, schema: {}}}
  errors:
    Busy: {code: -32002, message: Line busy}
"""


@dataclass(frozen=True)
class Site:
    out: Path
    server: LiveServer
    specs: list[ApiSpec]

    @property
    def origin(self) -> str:
        return self.server.url

    @property
    def base_url(self) -> str:
        return f"{self.server.url}/docs/"


def _build_and_serve(specs_dir: Path, out: Path) -> Site:
    build_site(out, specs_dir=specs_dir, log=lambda line: None)
    return Site(out, start_server(Settings(rate_limit=False, docs_dir=out)), discover(specs_dir))


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    """Debian's headless Chromium, one for every docs test (each opens its own context). Not one per
    session: Playwright's sync API keeps an event loop running in this thread while it is open, and the
    suite's later tests call asyncio.run."""
    if not CHROMIUM.is_file():
        pytest.fail(
            f"{CHROMIUM} is missing: the docs tests drive Debian's Chromium; install it with "
            "`apt-get update && apt-get install -y chromium` (never `playwright install`)",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def repo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The site as `nox -s docs` builds it, served by an emulator of its own."""
    site = _build_and_serve(ROOT / "specs", tmp_path_factory.mktemp("site") / "site")
    if not site.specs:
        pytest.fail("no specs/*/openapi.yaml or openrpc.yaml found to build the docs from", pytrace=False)
    yield site
    stop_server(site.server)


@pytest.fixture(scope="session")
def standin_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    specs_dir = tmp_path_factory.mktemp("specs")
    for api_id, name, text in (
        ("rest", "openapi.yaml", STANDIN_OPENAPI),
        ("rpc", "openrpc.yaml", STANDIN_OPENRPC),
    ):
        (specs_dir / api_id).mkdir()
        (specs_dir / api_id / name).write_text(text, encoding="utf-8")
    site = _build_and_serve(specs_dir, tmp_path_factory.mktemp("site") / "site")
    yield site
    stop_server(site.server)


@dataclass
class Guard:
    """What a page did that it must not: reach outside the site, log a console error, throw."""

    outside: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def check(self) -> None:
        assert not self.outside, f"the site requested resources from outside itself: {self.outside}"
        assert not self.errors, f"console errors or uncaught exceptions: {self.errors}"


@pytest.fixture()
def open_page(browser: Browser) -> Iterator[Callable[[Site], tuple[Page, Guard]]]:
    """Opens a page on a site in a fresh context; at teardown fails the test on anything its guard saw."""
    opened: list[tuple[BrowserContext, Guard]] = []

    def opener(site: Site) -> tuple[Page, Guard]:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(site.origin))
        guard = Guard()

        def only_local(route: Route) -> None:
            if route.request.url.startswith((origin + "/", "data:", "blob:")):
                route.continue_()
            else:
                guard.outside.append(route.request.url)
                route.abort()

        context.route("**/*", only_local)
        page = context.new_page()
        page.on("pageerror", lambda error: guard.errors.append(f"{page.url}: {error}"))
        page.on(
            "console",
            lambda message: (
                guard.errors.append(f"{page.url}: {message.text}") if message.type == "error" else None
            ),
        )
        opened.append((context, guard))
        return page, guard

    yield opener
    for context, _ in opened:
        context.close()
    for _, guard in opened:
        guard.check()
