"""The generated iterators (`<package>.pagination`, from the specs' x-pagination) against the emulator: every
item across more than three pages, one request a page, sync and async; and the walks' stopping rules."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any, TypeVar

import httpx
import pytest
from voximplant_kit_client import AuthenticatedClient as KitClient
from voximplant_kit_client import pagination as kit_pages
from voximplant_kit_client.api.tags import search_tags
from voximplant_kit_client.models import SearchTagsForm
from voximplant_management_client import AuthenticatedClient as VoximplantClient
from voximplant_management_client import pagination as voximplant_pages
from voximplant_management_client.api.applications import add_application, get_applications
from voximplant_management_client.models import (
    AddApplicationRequest,
    GetApplicationsRequest,
    GetApplicationsResponse,
)
from voxology_client import AuthenticatedClient as VoxologyClient
from voxology_client import pagination as voxology_pages
from voxology_client.api.sub_accounts import create_sub_account, list_sub_accounts
from voxology_client.models import SubAccountCreate, SubAccountList

from ..conftest import LiveServer

T = TypeVar("T")


class Requests:
    """Counts the requests a client sends (an httpx event hook)."""

    def __init__(self) -> None:
        self.urls: list[httpx.URL] = []

    def hooks(self) -> dict[str, Any]:
        return {"event_hooks": {"request": [self.sync]}}

    def async_hooks(self) -> dict[str, Any]:
        return {"event_hooks": {"request": [self.asynchronous]}}

    def sync(self, request: httpx.Request) -> None:
        self.urls.append(request.url)

    async def asynchronous(self, request: httpx.Request) -> None:
        self.urls.append(request.url)


async def _collect(items: AsyncIterator[T]) -> list[T]:
    return [item async for item in items]


def test_voximplant_applications_offset_by_offset(emulator: LiveServer) -> None:
    base = f"{emulator.url}/platform_api"
    setup = VoximplantClient(account_id=1, api_key="demo-api-key", base_url=base)
    for index in range(9):
        add_application.sync(client=setup, body=AddApplicationRequest(application_name=f"paged-{index}"))
    everything = get_applications.sync(client=setup, body=GetApplicationsRequest(count=100))
    assert isinstance(everything, GetApplicationsResponse) and everything.total_count >= 9
    expected = [app.application_id for app in everything.result]

    counted = Requests()
    client = VoximplantClient(account_id=1, api_key="demo-api-key", base_url=base, httpx_args=counted.hooks())
    apps = list(
        voximplant_pages.iter_get_applications(
            client=client, body=GetApplicationsRequest(count=2), timeout=5.0
        )
    )
    assert [app.application_id for app in apps] == expected
    pages = -(-len(expected) // 2)
    assert len(counted.urls) == pages > 3  # the last page is known by total_count: no empty request after it

    counted_async = Requests()
    async_client = VoximplantClient(
        account_id=1, api_key="demo-api-key", base_url=base, httpx_args=counted_async.async_hooks()
    )
    body = GetApplicationsRequest(count=3, offset=1)
    apps = asyncio.run(_collect(voximplant_pages.aiter_get_applications(client=async_client, body=body)))
    assert [app.application_id for app in apps] == expected[1:]
    assert len(counted_async.urls) == -(-(len(expected) - 1) // 3)


def test_voxology_sub_accounts_page_by_page(emulator: LiveServer) -> None:
    base = f"{emulator.url}/v1"
    setup = VoxologyClient(base_url=base, api_key="demo-api-key")
    for index in range(9):
        create_sub_account.sync(client=setup, body=SubAccountCreate(name=f"Paged {index}"))
    everything = list_sub_accounts.sync(client=setup, page_size=100)
    assert isinstance(everything, SubAccountList) and len(everything.subaccounts) >= 9
    expected = [str(account.id) for account in everything.subaccounts]

    counted = Requests()
    client = VoxologyClient(base_url=base, api_key="demo-api-key", httpx_args=counted.hooks())
    accounts = list(voxology_pages.iter_list_sub_accounts(client=client, page_size=2))
    assert [str(account.id) for account in accounts] == expected
    assert [url.params["page"] for url in counted.urls] == [str(n) for n in range(-(-len(expected) // 2))]
    assert len(counted.urls) > 3  # zero-based pages up to pagination.total_pages

    counted_async = Requests()
    async_client = VoxologyClient(
        base_url=base, api_key="demo-api-key", httpx_args=counted_async.async_hooks()
    )
    accounts = asyncio.run(
        _collect(voxology_pages.aiter_list_sub_accounts(client=async_client, page=1, page_size=2))
    )
    assert [str(account.id) for account in accounts] == expected[2:]
    assert counted_async.urls[0].params["page"] == "1"


def test_kit_tags_page_by_page_with_the_meta_page_count(emulator: LiveServer) -> None:
    with emulator.control() as control:
        for index in range(9):
            control.post(
                "/voximplant-kit/accounts/demo/tags", json={"tag_name": f"paged-{index}"}
            ).raise_for_status()
    base = f"{emulator.url}/api"
    setup = KitClient(domain="demo", access_token="demo-token", base_url=base)
    everything = search_tags.sync(client=setup, body=SearchTagsForm(per_page=0))
    assert everything is not None and not isinstance(everything, list) and hasattr(everything, "result")
    expected = [tag.id for tag in everything.result]
    assert len(expected) >= 9

    counted = Requests()
    client = KitClient(domain="demo", access_token="demo-token", base_url=base, httpx_args=counted.hooks())
    tags = list(kit_pages.iter_search_tags(client=client, body=SearchTagsForm(per_page=3)))
    assert [tag.id for tag in tags] == expected
    assert len(counted.urls) == -(-len(expected) // 3) > 3

    counted_async = Requests()
    async_client = KitClient(
        domain="demo", access_token="demo-token", base_url=base, httpx_args=counted_async.async_hooks()
    )
    tags = asyncio.run(
        _collect(kit_pages.aiter_search_tags(client=async_client, body=SearchTagsForm(per_page=2)))
    )
    assert [tag.id for tag in tags] == expected
    assert len(counted_async.urls) == -(-len(expected) // 2)


Pages = dict[str | None, tuple[list[int], str | None]]


def _kit_history(pages: Pages) -> tuple[KitClient, list[str | None], list[float | None]]:
    """A Kit client whose server answers history/searchCalls (v4) from `pages`: cursor -> (call ids, next)."""
    seen: list[str | None] = []
    timeouts: list[float | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        form = dict(httpx.QueryParams(request.content.decode()))
        cursor = form.get("cursor")
        seen.append(cursor)
        timeouts.append(request.extensions["timeout"]["read"])
        ids, following = pages[cursor]
        return httpx.Response(
            200, json={"success": True, "result": [{"id": i} for i in ids], "cursor": following}
        )

    transport = httpx.MockTransport(answer)
    client = KitClient(
        domain="demo", access_token="t", base_url="https://kit.test/api", httpx_args={"transport": transport}
    )
    return client, seen, timeouts


def test_kit_call_history_follows_the_cursor_until_none() -> None:
    client, seen, timeouts = _kit_history(
        {None: ([1, 2], "c2"), "c2": ([3, 4], "c3"), "c3": ([5, 6], "c4"), "c4": ([7], None)}
    )
    calls = list(kit_pages.iter_history_search_calls_v_4(client=client, timeout=2.5))
    assert [call.id for call in calls] == [1, 2, 3, 4, 5, 6, 7]
    assert seen == [None, "c2", "c3", "c4"]
    assert timeouts == [2.5] * 4  # the iterator's timeout is each request's


def test_a_cursor_that_comes_back_is_an_error_not_a_loop() -> None:
    client, _, _ = _kit_history({None: ([1], "c2"), "c2": ([2], "c2")})
    with pytest.raises(kit_pages.PaginationError, match="came back twice"):
        list(kit_pages.iter_history_search_calls_v_4(client=client))
