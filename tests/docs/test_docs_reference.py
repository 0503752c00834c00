"""Each API reference page in headless Chromium lists every operation of its spec, and a request sent from
its try-it console (Scalar's for OpenAPI, the JSON-RPC request box for OpenRPC) reaches the emulator that
serves the page, with the demo credentials prefilled, and its answer is shown."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, Response

from codegen.docsite.pages import operations
from codegen.docsite.specs import ApiSpec, discover
from codegen.docsite.tryit import server_path

from .conftest import Guard, Site

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
RENDER_TIMEOUT_MS = 60_000
ANSWER_TIMEOUT_MS = 15_000


@dataclass(frozen=True)
class TryIt:
    api_id: str
    operation: str  # operationId, or JSON-RPC method
    path: str  # the request path the emulator must see
    shows: str  # text of the answer the console must show


# A read that succeeds with the demo tenant's credentials, per API (Voxology: one of each of its schemes).
TRY_IT = [
    TryIt("ccai-platform", "getWaitTimes", "/apps/api/v1/wait_times", '"menu_id"'),
    TryIt("voximplant-kit", "getAccountInfo", "/api/v3/account/getAccountInfo", '"name": "demo"'),
    TryIt("voxology", "viewBalance", "/v1/Account/Billings/Balance", '"balance"'),
    TryIt("voxology", "listLiveCalls", "/v1/LiveCalls", '"calls"'),
    TryIt("voximplant-management", "GetApplications", "/platform_api/GetApplications/", '"result"'),
    TryIt("callgear-call-api", "list.calls", "/v4.0", '"jsonrpc": "2.0"'),
]
SPECS = discover(ROOT / "specs")
SPEC_IDS = [spec.api_id for spec in SPECS]


def _first_plain_get(spec: ApiSpec) -> TryIt | None:
    """A try-it case for a spec the list above does not know (the control API's, say): its first GET
    that takes no required parameter."""
    servers = spec.document.get("servers") or [{"url": ""}]
    for path, item in (spec.document.get("paths") or {}).items():
        operation = item.get("get")
        params = [*item.get("parameters", []), *(operation or {}).get("parameters", [])]
        if operation and operation.get("operationId") and not any(p.get("required") for p in params):
            return TryIt(spec.api_id, operation["operationId"], server_path(servers[0]["url"]) + path, "")
    return None


TRY_IT += [
    case
    for spec in SPECS
    if spec.kind == "openapi" and spec.api_id not in {c.api_id for c in TRY_IT}
    for case in [_first_plain_get(spec)]
    if case is not None
]


def _spec(site: Site, api_id: str) -> ApiSpec:
    return next(spec for spec in site.specs if spec.api_id == api_id)


def _check_listed(page: Page, spec: ApiSpec) -> None:
    """Every operation is in the reference's menu, at the fragment its operation list links to."""
    if spec.kind == "openapi":
        page.wait_for_selector("li[data-sidebar-id]", timeout=RENDER_TIMEOUT_MS)
        hrefs = set(
            page.eval_on_selector_all("li[data-sidebar-id] > a", "as => as.map(a => a.getAttribute('href'))")
        )
    else:
        hrefs = set(
            page.eval_on_selector_all("ul.method-index a", "as => as.map(a => a.getAttribute('href'))")
        )
        tries = page.eval_on_selector_all("button[data-try-method]", "bs => bs.map(b => b.dataset.tryMethod)")
        assert sorted(tries) == sorted(op["name"] for op in operations(spec)), "a method without Try it"
    missing = [
        f"{op['where']} (#{op['anchor']})" for op in operations(spec) if f"#{op['anchor']}" not in hrefs
    ]
    assert not missing, f"{spec.api_id}: operations missing from the reference: {missing}"


@pytest.mark.parametrize("api_id", SPEC_IDS)
def test_the_reference_lists_every_operation(
    open_page: Callable[[Site], tuple[Page, Guard]], repo_site: Site, api_id: str
) -> None:
    page, _ = open_page(repo_site)
    spec = _spec(repo_site, api_id)
    page.goto(f"{repo_site.base_url}{api_id}/")
    assert spec.title in page.title()
    _check_listed(page, spec)


def test_the_reference_lists_every_operation_of_the_stand_in_specs(
    open_page: Callable[[Site], tuple[Page, Guard]], standin_site: Site
) -> None:
    """Untagged operations, one under two tags, webhooks and a method given by $ref are listed too."""
    page, _ = open_page(standin_site)
    for spec in standin_site.specs:
        page.goto(f"{standin_site.base_url}{spec.api_id}/")
        _check_listed(page, spec)
    # The request box of an API other than CallGear keeps its own examples' values.
    examples = json.loads(page.locator("#rpc-examples").text_content() or "{}")
    assert examples["calls.dial"] == {"to": "+15550100", "access_token": "example-key"}


def _journal(site: Site, api_id: str, operation: str) -> list[dict[str, object]]:
    query = {"api": api_id, "operation": operation}
    entries: list[dict[str, object]] = httpx.get(f"{site.origin}/_emulator/journal", params=query).json()
    return entries


def _send_from_scalar(page: Page, site: Site, spec: ApiSpec, case: TryIt) -> None:
    op = next(op for op in operations(spec) if op["name"] == case.operation)
    page.goto(f"{site.base_url}{spec.api_id}/#{op['anchor']}")
    section = page.locator(f'[id="{spec.api_id}/{op["anchor"]}"]')
    section.wait_for(timeout=RENDER_TIMEOUT_MS)
    section.get_by_role("button", name=re.compile("Test Request")).first.click()
    page.get_by_role("button", name=re.compile(r"^Send")).first.click()


def _send_from_rpc_box(page: Page, site: Site, spec: ApiSpec, case: TryIt) -> None:
    page.goto(f"{site.base_url}{spec.api_id}/")
    page.locator(f'button[data-try-method="{case.operation}"]').click()
    assert page.locator("#rpc-console [name=endpoint]").input_value() == site.origin + case.path
    page.locator("#rpc-console button[type=submit]").click()


@pytest.mark.parametrize("case", TRY_IT, ids=lambda case: f"{case.api_id}-{case.operation}")
def test_a_request_from_the_try_it_console_reaches_the_emulator(
    open_page: Callable[[Site], tuple[Page, Guard]], repo_site: Site, case: TryIt
) -> None:
    repo_site.server.reset()
    spec = _spec(repo_site, case.api_id)
    page, _ = open_page(repo_site)
    answers: list[Response] = []
    page.on("response", lambda response: answers.append(response) if case.path in response.url else None)
    before = len(_journal(repo_site, case.api_id, case.operation))
    if spec.kind == "openapi":
        _send_from_scalar(page, repo_site, spec, case)
        shown = page.get_by_text(re.compile(r"^\s*200 OK\s*$")).first
    else:
        _send_from_rpc_box(page, repo_site, spec, case)
        shown = page.locator("#rpc-status", has_text="HTTP 200")
    shown.wait_for(timeout=ANSWER_TIMEOUT_MS)
    # The answer the page shows is the emulator's, from the origin the page was loaded from.
    assert [a.url.split("?")[0] for a in answers] == [repo_site.origin + case.path]
    assert answers[0].status == 200
    body = answers[0].text()
    assert case.shows in json.dumps(json.loads(body), indent=2, ensure_ascii=False)
    if spec.kind == "openrpc":
        assert "error" not in json.loads(body), body
        shown_body = page.locator("#rpc-response")
    else:  # the response panel of the pinned Scalar
        shown_body = page.locator("[data-testid=response-body-raw] .cm-content").first
        shown_body.wait_for(timeout=ANSWER_TIMEOUT_MS)
    assert case.shows in shown_body.inner_text(), shown_body.inner_text()[:500]

    if case.api_id in {p.api_id for p in repo_site.server.app.providers}:  # the journal: vendor APIs only
        entries = _journal(repo_site, case.api_id, case.operation)
        assert len(entries) == before + 1 and entries[-1]["status"] == 200, entries[-1:]
