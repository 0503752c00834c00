"""The inspector page in headless Chromium: a call placed through the API appears on it and moves through
its states while the test advances the frozen clock; the page reaches nothing outside the emulator."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, Route, expect, sync_playwright

from ..conftest import LiveServer

pytestmark = pytest.mark.browser

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
UPDATE_MS = 10_000  # the stream looks for changes four times a second; this leaves room on a busy machine
OUTBOUND = {
    "call_type": "Voice Outbound (API)",
    "agent_email": "admin@somedomain.com",
    "end_user_number": "+1 859-657-9625",
    "outbound_number": "+1 339-219-5276",
    "lang": "en",
}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.is_file():
        pytest.fail(
            f"{CHROMIUM} is missing: install it with `apt-get update && apt-get install -y chromium`",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser: Browser, emulator: LiveServer) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []
    errors: list[str] = []

    def only_the_emulator(route: Route) -> None:
        if route.request.url.startswith(emulator.url + "/"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_the_emulator)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not outside, f"the inspector requested resources from outside the emulator: {outside}"
    assert not errors, f"uncaught errors in the page: {errors}"


def test_a_placed_call_appears_and_moves_through_its_states(page: Page, emulator: LiveServer) -> None:
    with emulator.control() as control:
        control.put("/farend/ccai-platform/demo/18596579625", json={"answer_after_s": 3, "talk_s": 30})
    page.goto(f"{emulator.url}/_emulator/ui")
    expect(page.locator("#connection")).to_have_attribute("data-state", "live", timeout=UPDATE_MS)
    clock_before = page.locator("#clock-now").get_attribute("data-time")

    created = httpx.post(
        f"{emulator.url}/apps/api/v1/calls", json=OUTBOUND, auth=("demo", "demo-token"), timeout=10
    )
    assert created.status_code == 201, created.text
    row = page.locator(f'#calls-body tr[data-call="ccai-platform/demo/{created.json()["id"]}"]')
    expect(row).to_have_attribute("data-state", "assigned", timeout=UPDATE_MS)
    expect(row.locator("li")).to_have_text(["agent 1: waiting", "end_user: waiting"])
    expect(page.locator('#journal-body tr[data-operation="createCall"]')).to_have_count(1, timeout=UPDATE_MS)
    expect(page.locator('#timeline-body tr[data-topic^="ccai-platform."]').first).to_be_visible()

    emulator.advance(3)
    expect(row).to_have_attribute("data-state", "connecting", timeout=UPDATE_MS)
    emulator.advance(7)
    expect(row).to_have_attribute("data-state", "connected", timeout=UPDATE_MS)
    expect(row.locator("li")).to_have_text(["agent 1: connected", "end_user: connected"])
    emulator.advance(40)
    expect(row).to_have_attribute("data-state", "finished", timeout=UPDATE_MS)
    clock_after = page.locator("#clock-now").get_attribute("data-time")
    assert clock_before is not None and clock_after is not None
    assert float(clock_after) - float(clock_before) >= 50  # the clock shown moved with the advances


def test_injected_faults_and_their_requests_are_shown(page: Page, emulator: LiveServer) -> None:
    page.goto(f"{emulator.url}/_emulator/ui")
    expect(page.locator("#connection")).to_have_attribute("data-state", "live", timeout=UPDATE_MS)
    with emulator.control() as control:
        rule = control.post(
            "/faults", json={"operation": "getWaitTimes", "action": "error", "status": 503}
        ).json()
    httpx.get(
        f"{emulator.url}/apps/api/v1/wait_times",
        params={"lang": "en"},
        auth=("demo", "demo-token"),
        timeout=10,
    )
    entry = page.locator('#journal-body tr[data-operation="getWaitTimes"]')
    expect(entry).to_contain_text(f"503 (fault {rule['id']}: error)", timeout=UPDATE_MS)
    expect(page.locator("#faults-body")).to_contain_text("getWaitTimes")
