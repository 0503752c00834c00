"""Iterators over every item of Voxology Programmable Voice and Messaging API's paginated operations, page after page, sync and async.

Generated from each operation's `x-pagination` in the spec (style page). Each iterator
takes the endpoint's own arguments (the paging ones say where to start and how large a page is; `timeout`
is each request's), calls
the endpoint's `sync` / `asyncio` once per page, and stops at the last page. Errors are the endpoint's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

import httpx

from .api.call_flows import list_call_flow_configurations as _list_call_flow_configurations
from .api.caller_i_ds import list_caller_ids as _list_caller_ids
from .api.phone_numbers import list_all_provisioned_numbers as _list_all_provisioned_numbers
from .api.phone_numbers import list_provisioned_numbers as _list_provisioned_numbers
from .api.sub_accounts import list_sub_account_phone_numbers as _list_sub_account_phone_numbers
from .api.sub_accounts import list_sub_accounts as _list_sub_accounts
from .client import AuthenticatedClient
from .models.call_flow_config import CallFlowConfig
from .models.call_flow_config_list import CallFlowConfigList
from .models.caller_id import CallerId
from .models.caller_id_list import CallerIdList
from .models.list_all_provisioned_numbers_search_by import ListAllProvisionedNumbersSearchBy
from .models.list_all_provisioned_numbers_sort_by import ListAllProvisionedNumbersSortBy
from .models.list_all_provisioned_numbers_sort_order import ListAllProvisionedNumbersSortOrder
from .models.list_all_provisioned_numbers_status import ListAllProvisionedNumbersStatus
from .models.list_all_provisioned_numbers_type import ListAllProvisionedNumbersType
from .models.list_provisioned_numbers_search_by import ListProvisionedNumbersSearchBy
from .models.list_provisioned_numbers_sort_by import ListProvisionedNumbersSortBy
from .models.list_provisioned_numbers_sort_order import ListProvisionedNumbersSortOrder
from .models.list_provisioned_numbers_status import ListProvisionedNumbersStatus
from .models.list_provisioned_numbers_type import ListProvisionedNumbersType
from .models.list_sub_account_phone_numbers_search_by import ListSubAccountPhoneNumbersSearchBy
from .models.list_sub_account_phone_numbers_sort_by import ListSubAccountPhoneNumbersSortBy
from .models.list_sub_account_phone_numbers_sort_order import ListSubAccountPhoneNumbersSortOrder
from .models.list_sub_account_phone_numbers_status import ListSubAccountPhoneNumbersStatus
from .models.list_sub_account_phone_numbers_type import ListSubAccountPhoneNumbersType
from .models.list_sub_accounts_status import ListSubAccountsStatus
from .models.phone_number import PhoneNumber
from .models.phone_number_list import PhoneNumberList
from .models.sub_account import SubAccount
from .models.sub_account_list import SubAccountList
from .types import UNSET, Unset

T = TypeVar("T")

__all__ = [
    "iter_list_all_provisioned_numbers",
    "aiter_list_all_provisioned_numbers",
    "iter_list_call_flow_configurations",
    "aiter_list_call_flow_configurations",
    "iter_list_caller_ids",
    "aiter_list_caller_ids",
    "iter_list_provisioned_numbers",
    "aiter_list_provisioned_numbers",
    "iter_list_sub_account_phone_numbers",
    "aiter_list_sub_account_phone_numbers",
    "iter_list_sub_accounts",
    "aiter_list_sub_accounts",
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


def _page_list_all_provisioned_numbers(reply: object) -> _Page[PhoneNumber]:
    success = _success(reply, PhoneNumberList, "list_all_provisioned_numbers")
    return _Page(
        items=list(cast("list[PhoneNumber]", _dig(success, ("phone_numbers",)) or [])),
        total=_int(_dig(success, ("pagination", "total_items"))),
        page_count=_int(_dig(success, ("pagination", "total_pages"))),
        next_cursor=None,
    )


def iter_list_all_provisioned_numbers(
    *,
    client: AuthenticatedClient,
    capabilities: str | Unset = UNSET,
    country: str | Unset = UNSET,
    type_: ListAllProvisionedNumbersType | Unset = UNSET,
    status: ListAllProvisionedNumbersStatus | Unset = UNSET,
    search_by: ListAllProvisionedNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
    sort_by: ListAllProvisionedNumbersSortBy | Unset = UNSET,
    sort_order: ListAllProvisionedNumbersSortOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[PhoneNumber]:
    """Every item list_all_provisioned_numbers lists (List All Provisioned Numbers), one request a page.

    Takes the arguments of list_all_provisioned_numbers.sync: the page and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _walk = _PageWalk(
        _int(page),
        _int(page_size),
        0,
    )

    while True:
        _reply = _list_all_provisioned_numbers.sync(
            client=client,
            timeout=timeout,
            capabilities=capabilities,
            country=country,
            type_=type_,
            status=status,
            search_by=search_by,
            search_on=search_on,
            sort_by=sort_by,
            sort_order=sort_order,
            page=_walk.position,
            page_size=page_size,
            max_results=max_results,
        )
        _page = _page_list_all_provisioned_numbers(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_list_all_provisioned_numbers(
    *,
    client: AuthenticatedClient,
    capabilities: str | Unset = UNSET,
    country: str | Unset = UNSET,
    type_: ListAllProvisionedNumbersType | Unset = UNSET,
    status: ListAllProvisionedNumbersStatus | Unset = UNSET,
    search_by: ListAllProvisionedNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
    sort_by: ListAllProvisionedNumbersSortBy | Unset = UNSET,
    sort_order: ListAllProvisionedNumbersSortOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[PhoneNumber]:
    """Every item list_all_provisioned_numbers lists, one page per request (the async form of iter_list_all_provisioned_numbers)."""
    _walk = _PageWalk(
        _int(page),
        _int(page_size),
        0,
    )

    while True:
        _reply = await _list_all_provisioned_numbers.asyncio(
            client=client,
            timeout=timeout,
            capabilities=capabilities,
            country=country,
            type_=type_,
            status=status,
            search_by=search_by,
            search_on=search_on,
            sort_by=sort_by,
            sort_order=sort_order,
            page=_walk.position,
            page_size=page_size,
            max_results=max_results,
        )
        _page = _page_list_all_provisioned_numbers(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_list_call_flow_configurations(reply: object) -> _Page[CallFlowConfig]:
    success = _success(reply, CallFlowConfigList, "list_call_flow_configurations")
    return _Page(
        items=list(cast("list[CallFlowConfig]", _dig(success, ("callbacks",)) or [])),
        total=_int(_dig(success, ("pagination", "total_items"))),
        page_count=_int(_dig(success, ("pagination", "total_pages"))),
        next_cursor=None,
    )


def iter_list_call_flow_configurations(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[CallFlowConfig]:
    """Every item list_call_flow_configurations lists (List Call Flow Configurations), one request a page.

    Takes the arguments of list_call_flow_configurations.sync: the page and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _walk = _PageWalk(
        _int(page),
        _int(page_size),
        0,
    )

    while True:
        _reply = _list_call_flow_configurations.sync(
            client=client,
            timeout=timeout,
            page=_walk.position,
            page_size=page_size,
        )
        _page = _page_list_call_flow_configurations(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_list_call_flow_configurations(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[CallFlowConfig]:
    """Every item list_call_flow_configurations lists, one page per request (the async form of iter_list_call_flow_configurations)."""
    _walk = _PageWalk(
        _int(page),
        _int(page_size),
        0,
    )

    while True:
        _reply = await _list_call_flow_configurations.asyncio(
            client=client,
            timeout=timeout,
            page=_walk.position,
            page_size=page_size,
        )
        _page = _page_list_call_flow_configurations(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_list_caller_ids(reply: object) -> _Page[CallerId]:
    success = _success(reply, CallerIdList, "list_caller_ids")
    return _Page(
        items=list(cast("list[CallerId]", _dig(success, ("caller_ids",)) or [])),
        total=_int(_dig(success, ("pagination", "total_items"))),
        page_count=_int(_dig(success, ("pagination", "total_pages"))),
        next_cursor=None,
    )


def iter_list_caller_ids(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[CallerId]:
    """Every item list_caller_ids lists (List Caller IDs), one request a page.

    Takes the arguments of list_caller_ids.sync: the page and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _walk = _PageWalk(
        _int(page),
        _int(page_size),
        0,
    )

    while True:
        _reply = _list_caller_ids.sync(
            client=client,
            timeout=timeout,
            page=_walk.position,
            page_size=page_size,
        )
        _page = _page_list_caller_ids(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_list_caller_ids(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[CallerId]:
    """Every item list_caller_ids lists, one page per request (the async form of iter_list_caller_ids)."""
    _walk = _PageWalk(
        _int(page),
        _int(page_size),
        0,
    )

    while True:
        _reply = await _list_caller_ids.asyncio(
            client=client,
            timeout=timeout,
            page=_walk.position,
            page_size=page_size,
        )
        _page = _page_list_caller_ids(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_list_provisioned_numbers(reply: object) -> _Page[PhoneNumber]:
    success = _success(reply, PhoneNumberList, "list_provisioned_numbers")
    return _Page(
        items=list(cast("list[PhoneNumber]", _dig(success, ("phone_numbers",)) or [])),
        total=_int(_dig(success, ("pagination", "total_items"))),
        page_count=_int(_dig(success, ("pagination", "total_pages"))),
        next_cursor=None,
    )


def iter_list_provisioned_numbers(
    assigned_to: str,
    *,
    client: AuthenticatedClient,
    capabilities: str | Unset = UNSET,
    country: str | Unset = UNSET,
    type_: ListProvisionedNumbersType | Unset = UNSET,
    status: ListProvisionedNumbersStatus | Unset = UNSET,
    search_by: ListProvisionedNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
    sort_by: ListProvisionedNumbersSortBy | Unset = UNSET,
    sort_order: ListProvisionedNumbersSortOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[PhoneNumber]:
    """Every item list_provisioned_numbers lists (List Provisioned Numbers), one request a page.

    Takes the arguments of list_provisioned_numbers.sync: the page and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _walk = _PageWalk(
        _int(page),
        _int(page_size),
        0,
    )

    while True:
        _reply = _list_provisioned_numbers.sync(
            client=client,
            timeout=timeout,
            assigned_to=assigned_to,
            capabilities=capabilities,
            country=country,
            type_=type_,
            status=status,
            search_by=search_by,
            search_on=search_on,
            sort_by=sort_by,
            sort_order=sort_order,
            page=_walk.position,
            page_size=page_size,
            max_results=max_results,
        )
        _page = _page_list_provisioned_numbers(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_list_provisioned_numbers(
    assigned_to: str,
    *,
    client: AuthenticatedClient,
    capabilities: str | Unset = UNSET,
    country: str | Unset = UNSET,
    type_: ListProvisionedNumbersType | Unset = UNSET,
    status: ListProvisionedNumbersStatus | Unset = UNSET,
    search_by: ListProvisionedNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
    sort_by: ListProvisionedNumbersSortBy | Unset = UNSET,
    sort_order: ListProvisionedNumbersSortOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[PhoneNumber]:
    """Every item list_provisioned_numbers lists, one page per request (the async form of iter_list_provisioned_numbers)."""
    _walk = _PageWalk(
        _int(page),
        _int(page_size),
        0,
    )

    while True:
        _reply = await _list_provisioned_numbers.asyncio(
            client=client,
            timeout=timeout,
            assigned_to=assigned_to,
            capabilities=capabilities,
            country=country,
            type_=type_,
            status=status,
            search_by=search_by,
            search_on=search_on,
            sort_by=sort_by,
            sort_order=sort_order,
            page=_walk.position,
            page_size=page_size,
            max_results=max_results,
        )
        _page = _page_list_provisioned_numbers(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_list_sub_account_phone_numbers(reply: object) -> _Page[PhoneNumber]:
    success = _success(reply, PhoneNumberList, "list_sub_account_phone_numbers")
    return _Page(
        items=list(cast("list[PhoneNumber]", _dig(success, ("phone_numbers",)) or [])),
        total=_int(_dig(success, ("pagination", "total_items"))),
        page_count=_int(_dig(success, ("pagination", "total_pages"))),
        next_cursor=None,
    )


def iter_list_sub_account_phone_numbers(
    id: int,
    *,
    client: AuthenticatedClient,
    capabilities: str | Unset = UNSET,
    country: str | Unset = UNSET,
    type_: ListSubAccountPhoneNumbersType | Unset = UNSET,
    status: ListSubAccountPhoneNumbersStatus | Unset = UNSET,
    search_by: ListSubAccountPhoneNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
    sort_by: ListSubAccountPhoneNumbersSortBy | Unset = UNSET,
    sort_order: ListSubAccountPhoneNumbersSortOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[PhoneNumber]:
    """Every item list_sub_account_phone_numbers lists (List a Sub Account's Phone Numbers), one request a page.

    Takes the arguments of list_sub_account_phone_numbers.sync: the page and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _walk = _PageWalk(
        _int(page),
        _int(page_size),
        0,
    )

    while True:
        _reply = _list_sub_account_phone_numbers.sync(
            client=client,
            timeout=timeout,
            id=id,
            capabilities=capabilities,
            country=country,
            type_=type_,
            status=status,
            search_by=search_by,
            search_on=search_on,
            sort_by=sort_by,
            sort_order=sort_order,
            page=_walk.position,
            page_size=page_size,
            max_results=max_results,
        )
        _page = _page_list_sub_account_phone_numbers(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_list_sub_account_phone_numbers(
    id: int,
    *,
    client: AuthenticatedClient,
    capabilities: str | Unset = UNSET,
    country: str | Unset = UNSET,
    type_: ListSubAccountPhoneNumbersType | Unset = UNSET,
    status: ListSubAccountPhoneNumbersStatus | Unset = UNSET,
    search_by: ListSubAccountPhoneNumbersSearchBy | Unset = UNSET,
    search_on: str | Unset = UNSET,
    sort_by: ListSubAccountPhoneNumbersSortBy | Unset = UNSET,
    sort_order: ListSubAccountPhoneNumbersSortOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    max_results: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[PhoneNumber]:
    """Every item list_sub_account_phone_numbers lists, one page per request (the async form of iter_list_sub_account_phone_numbers)."""
    _walk = _PageWalk(
        _int(page),
        _int(page_size),
        0,
    )

    while True:
        _reply = await _list_sub_account_phone_numbers.asyncio(
            client=client,
            timeout=timeout,
            id=id,
            capabilities=capabilities,
            country=country,
            type_=type_,
            status=status,
            search_by=search_by,
            search_on=search_on,
            sort_by=sort_by,
            sort_order=sort_order,
            page=_walk.position,
            page_size=page_size,
            max_results=max_results,
        )
        _page = _page_list_sub_account_phone_numbers(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_list_sub_accounts(reply: object) -> _Page[SubAccount]:
    success = _success(reply, SubAccountList, "list_sub_accounts")
    return _Page(
        items=list(cast("list[SubAccount]", _dig(success, ("subaccounts",)) or [])),
        total=_int(_dig(success, ("pagination", "total_items"))),
        page_count=_int(_dig(success, ("pagination", "total_pages"))),
        next_cursor=None,
    )


def iter_list_sub_accounts(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: ListSubAccountsStatus | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[SubAccount]:
    """Every item list_sub_accounts lists (List Sub Accounts), one request a page.

    Takes the arguments of list_sub_accounts.sync: the page and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _walk = _PageWalk(
        _int(page),
        _int(page_size),
        0,
    )

    while True:
        _reply = _list_sub_accounts.sync(
            client=client,
            timeout=timeout,
            page=_walk.position,
            page_size=page_size,
            status=status,
        )
        _page = _page_list_sub_accounts(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_list_sub_accounts(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: ListSubAccountsStatus | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[SubAccount]:
    """Every item list_sub_accounts lists, one page per request (the async form of iter_list_sub_accounts)."""
    _walk = _PageWalk(
        _int(page),
        _int(page_size),
        0,
    )

    while True:
        _reply = await _list_sub_accounts.asyncio(
            client=client,
            timeout=timeout,
            page=_walk.position,
            page_size=page_size,
            status=status,
        )
        _page = _page_list_sub_accounts(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return
