"""Screenshots of each API reference page, for review: the site served by the emulator on a loopback port,
each page rendered in headless Chromium (Debian's, at /usr/bin/chromium) once its operations are listed."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import uvicorn

from codegen.docsite.specs import discover

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
]
SPECS_DIR = Path(__file__).resolve().parents[2] / "specs"
# What shows that a page has rendered its operations: Scalar's sidebar entries, the OpenRPC method list.
READY = {"openapi": "li[data-sidebar-id] a[href*='/']", "openrpc": "ul.method-index > li"}
RENDER_TIMEOUT_MS = 60_000


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """The emulator serving ``site`` at /docs on a free loopback port; yields its origin."""
    from emulator.app import create_app  # only needed here: building the site needs no emulator
    from emulator.core.environment import Settings

    app = create_app(Settings(rate_limit=False, docs_dir=site))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the emulator did not start within 10 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)


def take(site: Path, specs_dir: Path = SPECS_DIR, browser: Browser | None = None) -> list[Path]:
    """``<site>/screenshots/<api>.png`` for every spec, with ``browser`` or a Chromium of its own; none (and
    a note) without Chromium."""
    if browser is None and not CHROMIUM.is_file():
        print(f"no screenshots: {CHROMIUM} is missing (apt-get install chromium)")
        return []
    if browser is not None:
        return _shoot(site, specs_dir, browser)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            return _shoot(site, specs_dir, launched)
        finally:
            launched.close()


def _shoot(site: Path, specs_dir: Path, browser: Browser) -> list[Path]:
    out = site / "screenshots"
    out.mkdir(exist_ok=True)
    written = []
    with serve(site) as origin:
        context = browser.new_context(viewport={"width": 1440, "height": 1000})
        # Nothing leaves the machine: the pages need nothing from outside the site.
        context.route(
            "**/*", lambda route: route.continue_() if route.request.url.startswith(origin) else route.abort()
        )
        page = context.new_page()
        for spec in discover(specs_dir):
            page.goto(f"{origin}/docs/{spec.api_id}/")
            page.wait_for_selector(READY[spec.kind], timeout=RENDER_TIMEOUT_MS)
            page.wait_for_timeout(500)  # let the last layout settle
            shot = out / f"{spec.api_id}.png"
            page.screenshot(path=str(shot))
            written.append(shot)
        context.close()
    return written
