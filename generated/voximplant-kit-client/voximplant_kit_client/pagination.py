"""Iterators over every item of Voximplant Kit API's paginated operations, page after page, sync and async.

Generated from each operation's `x-pagination` in the spec (style cursor, page). Each iterator
takes the endpoint's own arguments (the paging ones say where to start and how large a page is; `timeout`
is each request's), calls
the endpoint's `sync` / `asyncio` once per page, and stops at the last page. Errors are the endpoint's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

import attrs
import httpx

from .api.attempts import search_attempts as _search_attempts
from .api.history import history_search_calls_v_4 as _history_search_calls_v_4
from .api.outbound_campaigns import outbound_search_campaigns as _outbound_search_campaigns
from .api.pds_campaigns import agent_campaigns_search_campaigns as _agent_campaigns_search_campaigns
from .api.pds_campaigns import agent_campaigns_search_contacts as _agent_campaigns_search_contacts
from .api.queues import search_queues as _search_queues
from .api.scenarios import search_scenarios as _search_scenarios
from .api.tags import search_tags as _search_tags
from .api.users import search_users as _search_users
from .client import AuthenticatedClient, Client
from .models.attempt_type import AttemptType
from .models.calls_history_type import CallsHistoryType
from .models.calls_history_v4_response_type import CallsHistoryV4ResponseType
from .models.campaign_type import CampaignType
from .models.history_search_calls_v4_form import HistorySearchCallsV4Form
from .models.outbound_search_campaigns_status import OutboundSearchCampaignsStatus
from .models.pds_campaign import PdsCampaign
from .models.pds_campaign_list_response import PdsCampaignListResponse
from .models.pds_contact import PdsContact
from .models.pds_contact_list_response import PdsContactListResponse
from .models.pds_search_campaigns_form import PdsSearchCampaignsForm
from .models.pds_search_contacts_form import PdsSearchContactsForm
from .models.queue_type import QueueType
from .models.queues_response import QueuesResponse
from .models.scenario import Scenario
from .models.search_attempts_response_type import SearchAttemptsResponseType
from .models.search_campaigns_response_type import SearchCampaignsResponseType
from .models.search_scenarios_response_type import SearchScenariosResponseType
from .models.search_scenarios_scenario_type import SearchScenariosScenarioType
from .models.search_scenarios_with_campaigns import SearchScenariosWithCampaigns
from .models.search_scenarios_with_phones import SearchScenariosWithPhones
from .models.search_tags_form import SearchTagsForm
from .models.search_users_form import SearchUsersForm
from .models.tag_type import TagType
from .models.tags_response import TagsResponse
from .models.user_type import UserType
from .models.users_response import UsersResponse
from .types import UNSET, Unset

T = TypeVar("T")

__all__ = [
    "iter_agent_campaigns_search_campaigns",
    "aiter_agent_campaigns_search_campaigns",
    "iter_agent_campaigns_search_contacts",
    "aiter_agent_campaigns_search_contacts",
    "iter_history_search_calls_v_4",
    "aiter_history_search_calls_v_4",
    "iter_outbound_search_campaigns",
    "aiter_outbound_search_campaigns",
    "iter_search_attempts",
    "aiter_search_attempts",
    "iter_search_queues",
    "aiter_search_queues",
    "iter_search_scenarios",
    "aiter_search_scenarios",
    "iter_search_tags",
    "aiter_search_tags",
    "iter_search_users",
    "aiter_search_users",
    "PaginationError",
]


class PaginationError(Exception):
    """A page answered something other than the operation's success body, or its cursor went round."""


@dataclass(frozen=True, slots=True)
class _Page(Generic[T]):
    items: list[T]
    total: int | None = None
    page_count: int | None = None
    next_cursor: str | None = None


def _dig(value: object, path: tuple[str, ...]) -> object:
    """The attribute at `path`, or None where a step is absent (Unset) or null."""
    for name in path:
        value = getattr(value, name, None)
        if value is None or isinstance(value, Unset):
            return None
    return value


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _given(value: T | None) -> T | Unset:
    return UNSET if value is None else value


def _success(reply: object, expected: type[T], operation: str) -> T:
    if isinstance(reply, expected):
        return reply
    raise PaginationError(f"{operation} answered {type(reply).__name__}, not a page: {reply!r}")


class _OffsetWalk:
    """offset: the next offset is the last one plus the items received; the last page is reached when the
    total is, or a page comes back short or empty."""

    def __init__(self, start: int | None, size: int | None, first: int = 0) -> None:
        self.position = 0 if start is None else start
        self.size = size

    def advance(self, page: _Page[Any]) -> bool:
        self.position += len(page.items)
        if not page.items or (page.total is not None and self.position >= page.total):
            return False
        return self.size is None or len(page.items) >= self.size


class _PageWalk:
    """page: numbered pages from `first`; the last is the page count's, or a short or empty page."""

    def __init__(self, start: int | None, size: int | None, first: int = 0) -> None:
        self.first = first
        self.position = first if start is None else start
        self.size = size
        self.seen = 0

    def advance(self, page: _Page[Any]) -> bool:
        self.seen += len(page.items)
        if not page.items:
            return False
        if page.page_count is not None and self.position - self.first + 1 >= page.page_count:
            return False
        if page.page_count is None and page.total is not None and self.seen >= page.total:
            return False
        if self.size is not None and len(page.items) < self.size:
            return False
        self.position += 1
        return True


class _CursorWalk:
    """cursor: each page names the next one; the last names none."""

    def __init__(self, start: str | None, size: int | None, first: int = 0) -> None:
        self.position = start
        self.used: set[str] = set()

    def advance(self, page: _Page[Any]) -> bool:
        if not page.items or page.next_cursor is None:
            return False
        if page.next_cursor in self.used:
            raise PaginationError(f"the cursor {page.next_cursor!r} came back twice")
        self.used.add(page.next_cursor)
        self.position = page.next_cursor
        return True


def _page_agent_campaigns_search_campaigns(reply: object) -> _Page[PdsCampaign]:
    success = _success(reply, PdsCampaignListResponse, "agent_campaigns_search_campaigns")
    return _Page(
        items=list(cast("list[PdsCampaign]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("field_meta", "total_count"))),
        page_count=_int(_dig(success, ("field_meta", "page_count"))),
        next_cursor=None,
    )


def iter_agent_campaigns_search_campaigns(
    *,
    client: AuthenticatedClient | Client,
    body: PdsSearchCampaignsForm | Unset = UNSET,
    sort: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[PdsCampaign]:
    """Every item agent_campaigns_search_campaigns lists (Search PDS campaigns), one request a page.

    Takes the arguments of agent_campaigns_search_campaigns.sync: the page and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = PdsSearchCampaignsForm() if isinstance(body, Unset) else body
    _walk = _PageWalk(
        _int(_request.page),
        _int(per_page),
        1,
    )

    while True:
        _reply = _agent_campaigns_search_campaigns.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, page=_walk.position),
            sort=sort,
            per_page=per_page,
        )
        _page = _page_agent_campaigns_search_campaigns(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_agent_campaigns_search_campaigns(
    *,
    client: AuthenticatedClient | Client,
    body: PdsSearchCampaignsForm | Unset = UNSET,
    sort: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[PdsCampaign]:
    """Every item agent_campaigns_search_campaigns lists, one page per request (the async form of iter_agent_campaigns_search_campaigns)."""
    _request = PdsSearchCampaignsForm() if isinstance(body, Unset) else body
    _walk = _PageWalk(
        _int(_request.page),
        _int(per_page),
        1,
    )

    while True:
        _reply = await _agent_campaigns_search_campaigns.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, page=_walk.position),
            sort=sort,
            per_page=per_page,
        )
        _page = _page_agent_campaigns_search_campaigns(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_agent_campaigns_search_contacts(reply: object) -> _Page[PdsContact]:
    success = _success(reply, PdsContactListResponse, "agent_campaigns_search_contacts")
    return _Page(
        items=list(cast("list[PdsContact]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("field_meta", "total_count"))),
        page_count=_int(_dig(success, ("field_meta", "page_count"))),
        next_cursor=None,
    )


def iter_agent_campaigns_search_contacts(
    *,
    client: AuthenticatedClient | Client,
    body: PdsSearchContactsForm | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[PdsContact]:
    """Every item agent_campaigns_search_contacts lists (Search PDS contacts), one request a page.

    Takes the arguments of agent_campaigns_search_contacts.sync: the page and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = PdsSearchContactsForm() if isinstance(body, Unset) else body
    _walk = _PageWalk(
        _int(_request.page),
        _int(_request.per_page),
        1,
    )

    while True:
        _reply = _agent_campaigns_search_contacts.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, page=_walk.position),
        )
        _page = _page_agent_campaigns_search_contacts(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_agent_campaigns_search_contacts(
    *,
    client: AuthenticatedClient | Client,
    body: PdsSearchContactsForm | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[PdsContact]:
    """Every item agent_campaigns_search_contacts lists, one page per request (the async form of iter_agent_campaigns_search_contacts)."""
    _request = PdsSearchContactsForm() if isinstance(body, Unset) else body
    _walk = _PageWalk(
        _int(_request.page),
        _int(_request.per_page),
        1,
    )

    while True:
        _reply = await _agent_campaigns_search_contacts.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, page=_walk.position),
        )
        _page = _page_agent_campaigns_search_contacts(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_history_search_calls_v_4(reply: object) -> _Page[CallsHistoryType]:
    success = _success(reply, CallsHistoryV4ResponseType, "history_search_calls_v_4")
    return _Page(
        items=list(cast("list[CallsHistoryType]", _dig(success, ("result",)) or [])),
        total=None,
        page_count=None,
        next_cursor=_str(_dig(success, ("cursor",))),
    )


def iter_history_search_calls_v_4(
    *,
    client: AuthenticatedClient | Client,
    body: HistorySearchCallsV4Form | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[CallsHistoryType]:
    """Every item history_search_calls_v_4 lists (Search the call history (cursor-based, v4)), one request a page.

    Takes the arguments of history_search_calls_v_4.sync: the cursor and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = HistorySearchCallsV4Form() if isinstance(body, Unset) else body
    _walk = _CursorWalk(
        _str(_request.cursor),
        _int(_request.limit),
        0,
    )

    while True:
        _reply = _history_search_calls_v_4.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, cursor=_given(_walk.position)),
        )
        _page = _page_history_search_calls_v_4(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_history_search_calls_v_4(
    *,
    client: AuthenticatedClient | Client,
    body: HistorySearchCallsV4Form | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[CallsHistoryType]:
    """Every item history_search_calls_v_4 lists, one page per request (the async form of iter_history_search_calls_v_4)."""
    _request = HistorySearchCallsV4Form() if isinstance(body, Unset) else body
    _walk = _CursorWalk(
        _str(_request.cursor),
        _int(_request.limit),
        0,
    )

    while True:
        _reply = await _history_search_calls_v_4.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, cursor=_given(_walk.position)),
        )
        _page = _page_history_search_calls_v_4(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_outbound_search_campaigns(reply: object) -> _Page[CampaignType]:
    success = _success(reply, SearchCampaignsResponseType, "outbound_search_campaigns")
    return _Page(
        items=list(cast("list[CampaignType]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("field_meta", "total_count"))),
        page_count=_int(_dig(success, ("field_meta", "page_count"))),
        next_cursor=None,
    )


def iter_outbound_search_campaigns(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    status: OutboundSearchCampaignsStatus | Unset = UNSET,
    date_start: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    date_create: str | Unset = UNSET,
    title: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[CampaignType]:
    """Every item outbound_search_campaigns lists (Search automated campaigns), one request a page.

    Takes the arguments of outbound_search_campaigns.sync: the page and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _walk = _PageWalk(
        _int(page),
        _int(per_page),
        1,
    )

    while True:
        _reply = _outbound_search_campaigns.sync(
            client=client,
            timeout=timeout,
            id=id,
            status=status,
            date_start=date_start,
            date_end=date_end,
            date_create=date_create,
            title=title,
            fields=fields,
            sort=sort,
            page=_walk.position,
            per_page=per_page,
        )
        _page = _page_outbound_search_campaigns(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_outbound_search_campaigns(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    status: OutboundSearchCampaignsStatus | Unset = UNSET,
    date_start: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    date_create: str | Unset = UNSET,
    title: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[CampaignType]:
    """Every item outbound_search_campaigns lists, one page per request (the async form of iter_outbound_search_campaigns)."""
    _walk = _PageWalk(
        _int(page),
        _int(per_page),
        1,
    )

    while True:
        _reply = await _outbound_search_campaigns.asyncio(
            client=client,
            timeout=timeout,
            id=id,
            status=status,
            date_start=date_start,
            date_end=date_end,
            date_create=date_create,
            title=title,
            fields=fields,
            sort=sort,
            page=_walk.position,
            per_page=per_page,
        )
        _page = _page_outbound_search_campaigns(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_search_attempts(reply: object) -> _Page[AttemptType]:
    success = _success(reply, SearchAttemptsResponseType, "search_attempts")
    return _Page(
        items=list(cast("list[AttemptType]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("field_meta", "total_count"))),
        page_count=_int(_dig(success, ("field_meta", "page_count"))),
        next_cursor=None,
    )


def iter_search_attempts(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    datetime_start: str | Unset = UNSET,
    datetime_end: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[AttemptType]:
    """Every item search_attempts lists (Search call attempts), one request a page.

    Takes the arguments of search_attempts.sync: the page and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _walk = _PageWalk(
        _int(page),
        _int(per_page),
        1,
    )

    while True:
        _reply = _search_attempts.sync(
            client=client,
            timeout=timeout,
            id=id,
            campaign_id=campaign_id,
            datetime_start=datetime_start,
            datetime_end=datetime_end,
            fields=fields,
            sort=sort,
            page=_walk.position,
            per_page=per_page,
        )
        _page = _page_search_attempts(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_search_attempts(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    datetime_start: str | Unset = UNSET,
    datetime_end: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[AttemptType]:
    """Every item search_attempts lists, one page per request (the async form of iter_search_attempts)."""
    _walk = _PageWalk(
        _int(page),
        _int(per_page),
        1,
    )

    while True:
        _reply = await _search_attempts.asyncio(
            client=client,
            timeout=timeout,
            id=id,
            campaign_id=campaign_id,
            datetime_start=datetime_start,
            datetime_end=datetime_end,
            fields=fields,
            sort=sort,
            page=_walk.position,
            per_page=per_page,
        )
        _page = _page_search_attempts(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_search_queues(reply: object) -> _Page[QueueType]:
    success = _success(reply, QueuesResponse, "search_queues")
    return _Page(
        items=list(cast("list[QueueType]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("field_meta", "total_count"))),
        page_count=_int(_dig(success, ("field_meta", "page_count"))),
        next_cursor=None,
    )


def iter_search_queues(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[QueueType]:
    """Every item search_queues lists (Search queues), one request a page.

    Takes the arguments of search_queues.sync: the page and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _walk = _PageWalk(
        _int(page),
        _int(per_page),
        1,
    )

    while True:
        _reply = _search_queues.sync(
            client=client,
            timeout=timeout,
            page=_walk.position,
            per_page=per_page,
            sort=sort,
        )
        _page = _page_search_queues(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_search_queues(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[QueueType]:
    """Every item search_queues lists, one page per request (the async form of iter_search_queues)."""
    _walk = _PageWalk(
        _int(page),
        _int(per_page),
        1,
    )

    while True:
        _reply = await _search_queues.asyncio(
            client=client,
            timeout=timeout,
            page=_walk.position,
            per_page=per_page,
            sort=sort,
        )
        _page = _page_search_queues(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_search_scenarios(reply: object) -> _Page[Scenario]:
    success = _success(reply, SearchScenariosResponseType, "search_scenarios")
    return _Page(
        items=list(cast("list[Scenario]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("field_meta", "total_count"))),
        page_count=_int(_dig(success, ("field_meta", "page_count"))),
        next_cursor=None,
    )


def iter_search_scenarios(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    folder_id: int | Unset = UNSET,
    scenario_type: SearchScenariosScenarioType | Unset = UNSET,
    title: str | Unset = UNSET,
    with_campaigns: SearchScenariosWithCampaigns | Unset = UNSET,
    with_phones: SearchScenariosWithPhones | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[Scenario]:
    """Every item search_scenarios lists (Search scenarios), one request a page.

    Takes the arguments of search_scenarios.sync: the page and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _walk = _PageWalk(
        _int(page),
        _int(per_page),
        1,
    )

    while True:
        _reply = _search_scenarios.sync(
            client=client,
            timeout=timeout,
            id=id,
            folder_id=folder_id,
            scenario_type=scenario_type,
            title=title,
            with_campaigns=with_campaigns,
            with_phones=with_phones,
            sort=sort,
            page=_walk.position,
            per_page=per_page,
        )
        _page = _page_search_scenarios(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_search_scenarios(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    folder_id: int | Unset = UNSET,
    scenario_type: SearchScenariosScenarioType | Unset = UNSET,
    title: str | Unset = UNSET,
    with_campaigns: SearchScenariosWithCampaigns | Unset = UNSET,
    with_phones: SearchScenariosWithPhones | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[Scenario]:
    """Every item search_scenarios lists, one page per request (the async form of iter_search_scenarios)."""
    _walk = _PageWalk(
        _int(page),
        _int(per_page),
        1,
    )

    while True:
        _reply = await _search_scenarios.asyncio(
            client=client,
            timeout=timeout,
            id=id,
            folder_id=folder_id,
            scenario_type=scenario_type,
            title=title,
            with_campaigns=with_campaigns,
            with_phones=with_phones,
            sort=sort,
            page=_walk.position,
            per_page=per_page,
        )
        _page = _page_search_scenarios(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_search_tags(reply: object) -> _Page[TagType]:
    success = _success(reply, TagsResponse, "search_tags")
    return _Page(
        items=list(cast("list[TagType]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("field_meta", "total_count"))),
        page_count=_int(_dig(success, ("field_meta", "page_count"))),
        next_cursor=None,
    )


def iter_search_tags(
    *,
    client: AuthenticatedClient | Client,
    body: SearchTagsForm | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[TagType]:
    """Every item search_tags lists (Search tags), one request a page.

    Takes the arguments of search_tags.sync: the page and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = SearchTagsForm() if isinstance(body, Unset) else body
    _walk = _PageWalk(
        _int(_request.page),
        _int(_request.per_page),
        1,
    )

    while True:
        _reply = _search_tags.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, page=_walk.position),
        )
        _page = _page_search_tags(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_search_tags(
    *,
    client: AuthenticatedClient | Client,
    body: SearchTagsForm | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[TagType]:
    """Every item search_tags lists, one page per request (the async form of iter_search_tags)."""
    _request = SearchTagsForm() if isinstance(body, Unset) else body
    _walk = _PageWalk(
        _int(_request.page),
        _int(_request.per_page),
        1,
    )

    while True:
        _reply = await _search_tags.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, page=_walk.position),
        )
        _page = _page_search_tags(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_search_users(reply: object) -> _Page[UserType]:
    success = _success(reply, UsersResponse, "search_users")
    return _Page(
        items=list(cast("list[UserType]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("field_meta", "total_count"))),
        page_count=_int(_dig(success, ("field_meta", "page_count"))),
        next_cursor=None,
    )


def iter_search_users(
    *,
    client: AuthenticatedClient | Client,
    body: SearchUsersForm | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[UserType]:
    """Every item search_users lists (Search users), one request a page.

    Takes the arguments of search_users.sync: the page and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _walk = _PageWalk(
        _int(page),
        _int(per_page),
        1,
    )

    while True:
        _reply = _search_users.sync(
            client=client,
            timeout=timeout,
            body=body,
            page=_walk.position,
            per_page=per_page,
            sort=sort,
        )
        _page = _page_search_users(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_search_users(
    *,
    client: AuthenticatedClient | Client,
    body: SearchUsersForm | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[UserType]:
    """Every item search_users lists, one page per request (the async form of iter_search_users)."""
    _walk = _PageWalk(
        _int(page),
        _int(per_page),
        1,
    )

    while True:
        _reply = await _search_users.asyncio(
            client=client,
            timeout=timeout,
            body=body,
            page=_walk.position,
            per_page=per_page,
            sort=sort,
        )
        _page = _page_search_users(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return
