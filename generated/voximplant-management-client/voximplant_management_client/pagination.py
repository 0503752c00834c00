"""Iterators over every item of Voximplant Management API's paginated operations, page after page, sync and async.

Generated from each operation's `x-pagination` in the spec (style offset). Each iterator
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

from .api.accounts import get_children_accounts as _get_children_accounts
from .api.accounts import get_subscription_price as _get_subscription_price
from .api.admin_roles import get_admin_roles as _get_admin_roles
from .api.admin_users import get_admin_users as _get_admin_users
from .api.applications import get_applications as _get_applications
from .api.authorized_i_ps import get_authorized_account_i_ps as _get_authorized_account_i_ps
from .api.call_lists import get_call_list_details as _get_call_list_details
from .api.call_lists import get_call_lists as _get_call_lists
from .api.caller_i_ds import get_caller_i_ds as _get_caller_i_ds
from .api.history import get_audit_log as _get_audit_log
from .api.history import get_call_history as _get_call_history
from .api.history import get_history_reports as _get_history_reports
from .api.history import get_transaction_history as _get_transaction_history
from .api.invoices import get_account_invoices as _get_account_invoices
from .api.key_value_storage import get_key_value_items as _get_key_value_items
from .api.key_value_storage import get_key_value_keys as _get_key_value_keys
from .api.phone_numbers import get_new_phone_numbers as _get_new_phone_numbers
from .api.phone_numbers import get_phone_number_reports as _get_phone_number_reports
from .api.phone_numbers import get_phone_numbers as _get_phone_numbers
from .api.pstn_blacklist import get_pstn_black_list as _get_pstn_black_list
from .api.queues import get_acd_history as _get_acd_history
from .api.queues import get_queues as _get_queues
from .api.regulation_address import get_regions as _get_regions
from .api.regulation_address import get_zip_codes as _get_zip_codes
from .api.role_system import get_keys as _get_keys
from .api.role_system import get_sub_users as _get_sub_users
from .api.rules import get_rules as _get_rules
from .api.scenarios import get_scenarios as _get_scenarios
from .api.secrets import get_secrets as _get_secrets
from .api.sip_registration import get_sip_registrations as _get_sip_registrations
from .api.sip_white_list import get_sip_white_list as _get_sip_white_list
from .api.skills import get_skills as _get_skills
from .api.smart_queue import sq_get_agents as _sq_get_agents
from .api.smart_queue import sq_get_queues as _sq_get_queues
from .api.smart_queue import sq_get_skills as _sq_get_skills
from .api.sms import a2p_get_sms_history as _a2p_get_sms_history
from .api.sms import get_sms_history as _get_sms_history
from .api.users import get_users as _get_users
from .api.wab_phone_numbers import get_wab_phone_numbers as _get_wab_phone_numbers
from .client import AuthenticatedClient, Client
from .models.a2p_get_sms_history_request import A2PGetSmsHistoryRequest
from .models.a2p_get_sms_history_response import A2PGetSmsHistoryResponse
from .models.a2p_sms_history import A2PSmsHistory
from .models.account_info import AccountInfo
from .models.account_invoice import AccountInvoice
from .models.acd_session_info import ACDSessionInfo
from .models.admin_role import AdminRole
from .models.admin_user import AdminUser
from .models.application_info import ApplicationInfo
from .models.attached_phone_info import AttachedPhoneInfo
from .models.audit_log_info import AuditLogInfo
from .models.authorized_account_ip import AuthorizedAccountIP
from .models.call_list import CallList
from .models.call_list_detail import CallListDetail
from .models.call_session_info import CallSessionInfo
from .models.caller_id_info import CallerIDInfo
from .models.common_report import CommonReport
from .models.get_account_invoices_request import GetAccountInvoicesRequest
from .models.get_account_invoices_response import GetAccountInvoicesResponse
from .models.get_acd_history_request import GetACDHistoryRequest
from .models.get_acd_history_response import GetACDHistoryResponse
from .models.get_admin_roles_request import GetAdminRolesRequest
from .models.get_admin_roles_response import GetAdminRolesResponse
from .models.get_admin_users_request import GetAdminUsersRequest
from .models.get_admin_users_response import GetAdminUsersResponse
from .models.get_applications_request import GetApplicationsRequest
from .models.get_applications_response import GetApplicationsResponse
from .models.get_audit_log_request import GetAuditLogRequest
from .models.get_audit_log_response import GetAuditLogResponse
from .models.get_authorized_account_i_ps_request import GetAuthorizedAccountIPsRequest
from .models.get_authorized_account_i_ps_response import GetAuthorizedAccountIPsResponse
from .models.get_call_history_request import GetCallHistoryRequest
from .models.get_call_history_response import GetCallHistoryResponse
from .models.get_call_list_details_request import GetCallListDetailsRequest
from .models.get_call_list_details_response import GetCallListDetailsResponse
from .models.get_call_lists_request import GetCallListsRequest
from .models.get_call_lists_response import GetCallListsResponse
from .models.get_caller_i_ds_request import GetCallerIDsRequest
from .models.get_caller_i_ds_response import GetCallerIDsResponse
from .models.get_children_accounts_request import GetChildrenAccountsRequest
from .models.get_children_accounts_response import GetChildrenAccountsResponse
from .models.get_history_reports_request import GetHistoryReportsRequest
from .models.get_history_reports_response import GetHistoryReportsResponse
from .models.get_key_value_items_request import GetKeyValueItemsRequest
from .models.get_key_value_items_response import GetKeyValueItemsResponse
from .models.get_key_value_keys_request import GetKeyValueKeysRequest
from .models.get_key_value_keys_response import GetKeyValueKeysResponse
from .models.get_keys_request import GetKeysRequest
from .models.get_keys_response import GetKeysResponse
from .models.get_new_phone_numbers_request import GetNewPhoneNumbersRequest
from .models.get_new_phone_numbers_response import GetNewPhoneNumbersResponse
from .models.get_phone_number_reports_request import GetPhoneNumberReportsRequest
from .models.get_phone_number_reports_response import GetPhoneNumberReportsResponse
from .models.get_phone_numbers_request import GetPhoneNumbersRequest
from .models.get_phone_numbers_response import GetPhoneNumbersResponse
from .models.get_pstn_black_list_request import GetPstnBlackListRequest
from .models.get_pstn_black_list_response import GetPstnBlackListResponse
from .models.get_queues_request import GetQueuesRequest
from .models.get_queues_response import GetQueuesResponse
from .models.get_regions_request import GetRegionsRequest
from .models.get_regions_response import GetRegionsResponse
from .models.get_rules_request import GetRulesRequest
from .models.get_rules_response import GetRulesResponse
from .models.get_scenarios_request import GetScenariosRequest
from .models.get_scenarios_response import GetScenariosResponse
from .models.get_secrets_request import GetSecretsRequest
from .models.get_secrets_response import GetSecretsResponse
from .models.get_sip_registrations_request import GetSipRegistrationsRequest
from .models.get_sip_registrations_response import GetSipRegistrationsResponse
from .models.get_sip_white_list_request import GetSipWhiteListRequest
from .models.get_sip_white_list_response import GetSipWhiteListResponse
from .models.get_skills_request import GetSkillsRequest
from .models.get_skills_response import GetSkillsResponse
from .models.get_sms_history_request import GetSmsHistoryRequest
from .models.get_sms_history_response import GetSmsHistoryResponse
from .models.get_sq_agents_result import GetSQAgentsResult
from .models.get_sq_queues_result import GetSQQueuesResult
from .models.get_sq_skills_result import GetSQSkillsResult
from .models.get_sub_users_request import GetSubUsersRequest
from .models.get_sub_users_response import GetSubUsersResponse
from .models.get_subscription_price_request import GetSubscriptionPriceRequest
from .models.get_subscription_price_response import GetSubscriptionPriceResponse
from .models.get_transaction_history_request import GetTransactionHistoryRequest
from .models.get_transaction_history_response import GetTransactionHistoryResponse
from .models.get_users_request import GetUsersRequest
from .models.get_users_response import GetUsersResponse
from .models.get_wab_phone_numbers_request import GetWABPhoneNumbersRequest
from .models.get_wab_phone_numbers_response import GetWABPhoneNumbersResponse
from .models.get_zip_codes_request import GetZIPCodesRequest
from .models.get_zip_codes_response import GetZIPCodesResponse
from .models.history_report import HistoryReport
from .models.key_value_items import KeyValueItems
from .models.key_value_keys import KeyValueKeys
from .models.key_view import KeyView
from .models.new_phone_info import NewPhoneInfo
from .models.pstn_black_list_info import PstnBlackListInfo
from .models.queue_info import QueueInfo
from .models.regulation_region_record import RegulationRegionRecord
from .models.rule_info import RuleInfo
from .models.scenario_info import ScenarioInfo
from .models.secret_list_item import SecretListItem
from .models.sip_registration import SIPRegistration
from .models.sip_white_list_info import SipWhiteListInfo
from .models.skill_info import SkillInfo
from .models.sms_history import SmsHistory
from .models.sq_get_agents_request import SQGetAgentsRequest
from .models.sq_get_agents_response import SQGetAgentsResponse
from .models.sq_get_queues_request import SQGetQueuesRequest
from .models.sq_get_queues_response import SQGetQueuesResponse
from .models.sq_get_skills_request import SQGetSkillsRequest
from .models.sq_get_skills_response import SQGetSkillsResponse
from .models.sub_user_view import SubUserView
from .models.subscription_template import SubscriptionTemplate
from .models.transaction_info import TransactionInfo
from .models.user_info import UserInfo
from .models.wab_phone_info import WABPhoneInfo
from .models.zip_code import ZipCode
from .types import UNSET, Unset

T = TypeVar("T")

__all__ = [
    "iter_a2p_get_sms_history",
    "aiter_a2p_get_sms_history",
    "iter_get_account_invoices",
    "aiter_get_account_invoices",
    "iter_get_acd_history",
    "aiter_get_acd_history",
    "iter_get_admin_roles",
    "aiter_get_admin_roles",
    "iter_get_admin_users",
    "aiter_get_admin_users",
    "iter_get_applications",
    "aiter_get_applications",
    "iter_get_audit_log",
    "aiter_get_audit_log",
    "iter_get_authorized_account_i_ps",
    "aiter_get_authorized_account_i_ps",
    "iter_get_call_history",
    "aiter_get_call_history",
    "iter_get_call_list_details",
    "aiter_get_call_list_details",
    "iter_get_call_lists",
    "aiter_get_call_lists",
    "iter_get_caller_i_ds",
    "aiter_get_caller_i_ds",
    "iter_get_children_accounts",
    "aiter_get_children_accounts",
    "iter_get_history_reports",
    "aiter_get_history_reports",
    "iter_get_key_value_items",
    "aiter_get_key_value_items",
    "iter_get_key_value_keys",
    "aiter_get_key_value_keys",
    "iter_get_keys",
    "aiter_get_keys",
    "iter_get_new_phone_numbers",
    "aiter_get_new_phone_numbers",
    "iter_get_phone_number_reports",
    "aiter_get_phone_number_reports",
    "iter_get_phone_numbers",
    "aiter_get_phone_numbers",
    "iter_get_pstn_black_list",
    "aiter_get_pstn_black_list",
    "iter_get_queues",
    "aiter_get_queues",
    "iter_get_regions",
    "aiter_get_regions",
    "iter_get_rules",
    "aiter_get_rules",
    "iter_get_scenarios",
    "aiter_get_scenarios",
    "iter_get_secrets",
    "aiter_get_secrets",
    "iter_get_sip_registrations",
    "aiter_get_sip_registrations",
    "iter_get_sip_white_list",
    "aiter_get_sip_white_list",
    "iter_get_skills",
    "aiter_get_skills",
    "iter_get_sms_history",
    "aiter_get_sms_history",
    "iter_get_sub_users",
    "aiter_get_sub_users",
    "iter_get_subscription_price",
    "aiter_get_subscription_price",
    "iter_get_transaction_history",
    "aiter_get_transaction_history",
    "iter_get_users",
    "aiter_get_users",
    "iter_get_wab_phone_numbers",
    "aiter_get_wab_phone_numbers",
    "iter_get_zip_codes",
    "aiter_get_zip_codes",
    "iter_sq_get_agents",
    "aiter_sq_get_agents",
    "iter_sq_get_queues",
    "aiter_sq_get_queues",
    "iter_sq_get_skills",
    "aiter_sq_get_skills",
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


def _page_a2p_get_sms_history(reply: object) -> _Page[A2PSmsHistory]:
    success = _success(reply, A2PGetSmsHistoryResponse, "a2p_get_sms_history")
    return _Page(
        items=list(cast("list[A2PSmsHistory]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_a2p_get_sms_history(
    *,
    client: AuthenticatedClient | Client,
    body: A2PGetSmsHistoryRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[A2PSmsHistory]:
    """Every item a2p_get_sms_history lists (Gets the history of sent/or received A2P SMS), one request a page.

    Takes the arguments of a2p_get_sms_history.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = A2PGetSmsHistoryRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _a2p_get_sms_history.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_a2p_get_sms_history(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_a2p_get_sms_history(
    *,
    client: AuthenticatedClient | Client,
    body: A2PGetSmsHistoryRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[A2PSmsHistory]:
    """Every item a2p_get_sms_history lists, one page per request (the async form of iter_a2p_get_sms_history)."""
    _request = A2PGetSmsHistoryRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _a2p_get_sms_history.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_a2p_get_sms_history(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_account_invoices(reply: object) -> _Page[AccountInvoice]:
    success = _success(reply, GetAccountInvoicesResponse, "get_account_invoices")
    return _Page(
        items=list(cast("list[AccountInvoice]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_account_invoices(
    *,
    client: AuthenticatedClient | Client,
    body: GetAccountInvoicesRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[AccountInvoice]:
    """Every item get_account_invoices lists (Gets all invoices for the specified USD or EUR account), one request a page.

    Takes the arguments of get_account_invoices.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetAccountInvoicesRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_account_invoices.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_account_invoices(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_account_invoices(
    *,
    client: AuthenticatedClient | Client,
    body: GetAccountInvoicesRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[AccountInvoice]:
    """Every item get_account_invoices lists, one page per request (the async form of iter_get_account_invoices)."""
    _request = GetAccountInvoicesRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_account_invoices.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_account_invoices(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_acd_history(reply: object) -> _Page[ACDSessionInfo]:
    success = _success(reply, GetACDHistoryResponse, "get_acd_history")
    return _Page(
        items=list(cast("list[ACDSessionInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_acd_history(
    *,
    client: AuthenticatedClient | Client,
    body: GetACDHistoryRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[ACDSessionInfo]:
    """Every item get_acd_history lists (Gets the history of ACD (v1) requests), one request a page.

    Takes the arguments of get_acd_history.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetACDHistoryRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_acd_history.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_acd_history(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_acd_history(
    *,
    client: AuthenticatedClient | Client,
    body: GetACDHistoryRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[ACDSessionInfo]:
    """Every item get_acd_history lists, one page per request (the async form of iter_get_acd_history)."""
    _request = GetACDHistoryRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_acd_history.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_acd_history(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_admin_roles(reply: object) -> _Page[AdminRole]:
    success = _success(reply, GetAdminRolesResponse, "get_admin_roles")
    return _Page(
        items=list(cast("list[AdminRole]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_admin_roles(
    *,
    client: AuthenticatedClient | Client,
    body: GetAdminRolesRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[AdminRole]:
    """Every item get_admin_roles lists (Gets the admin roles), one request a page.

    Takes the arguments of get_admin_roles.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetAdminRolesRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_admin_roles.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_admin_roles(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_admin_roles(
    *,
    client: AuthenticatedClient | Client,
    body: GetAdminRolesRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[AdminRole]:
    """Every item get_admin_roles lists, one page per request (the async form of iter_get_admin_roles)."""
    _request = GetAdminRolesRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_admin_roles.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_admin_roles(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_admin_users(reply: object) -> _Page[AdminUser]:
    success = _success(reply, GetAdminUsersResponse, "get_admin_users")
    return _Page(
        items=list(cast("list[AdminUser]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_admin_users(
    *,
    client: AuthenticatedClient | Client,
    body: GetAdminUsersRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[AdminUser]:
    """Every item get_admin_users lists (Gets the admin users of the specified account), one request a page.

    Takes the arguments of get_admin_users.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetAdminUsersRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_admin_users.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_admin_users(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_admin_users(
    *,
    client: AuthenticatedClient | Client,
    body: GetAdminUsersRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[AdminUser]:
    """Every item get_admin_users lists, one page per request (the async form of iter_get_admin_users)."""
    _request = GetAdminUsersRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_admin_users.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_admin_users(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_applications(reply: object) -> _Page[ApplicationInfo]:
    success = _success(reply, GetApplicationsResponse, "get_applications")
    return _Page(
        items=list(cast("list[ApplicationInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_applications(
    *,
    client: AuthenticatedClient | Client,
    body: GetApplicationsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[ApplicationInfo]:
    """Every item get_applications lists (Gets the account’s applications), one request a page.

    Takes the arguments of get_applications.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetApplicationsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_applications.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_applications(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_applications(
    *,
    client: AuthenticatedClient | Client,
    body: GetApplicationsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[ApplicationInfo]:
    """Every item get_applications lists, one page per request (the async form of iter_get_applications)."""
    _request = GetApplicationsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_applications.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_applications(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_audit_log(reply: object) -> _Page[AuditLogInfo]:
    success = _success(reply, GetAuditLogResponse, "get_audit_log")
    return _Page(
        items=list(cast("list[AuditLogInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_audit_log(
    *,
    client: AuthenticatedClient | Client,
    body: GetAuditLogRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[AuditLogInfo]:
    """Every item get_audit_log lists (Gets the account's audit log), one request a page.

    Takes the arguments of get_audit_log.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetAuditLogRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_audit_log.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_audit_log(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_audit_log(
    *,
    client: AuthenticatedClient | Client,
    body: GetAuditLogRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[AuditLogInfo]:
    """Every item get_audit_log lists, one page per request (the async form of iter_get_audit_log)."""
    _request = GetAuditLogRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_audit_log.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_audit_log(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_authorized_account_i_ps(reply: object) -> _Page[AuthorizedAccountIP]:
    success = _success(reply, GetAuthorizedAccountIPsResponse, "get_authorized_account_i_ps")
    return _Page(
        items=list(cast("list[AuthorizedAccountIP]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_authorized_account_i_ps(
    *,
    client: AuthenticatedClient | Client,
    body: GetAuthorizedAccountIPsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[AuthorizedAccountIP]:
    """Every item get_authorized_account_i_ps lists (Gets the authorized IP4 or network), one request a page.

    Takes the arguments of get_authorized_account_i_ps.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetAuthorizedAccountIPsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_authorized_account_i_ps.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_authorized_account_i_ps(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_authorized_account_i_ps(
    *,
    client: AuthenticatedClient | Client,
    body: GetAuthorizedAccountIPsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[AuthorizedAccountIP]:
    """Every item get_authorized_account_i_ps lists, one page per request (the async form of iter_get_authorized_account_i_ps)."""
    _request = GetAuthorizedAccountIPsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_authorized_account_i_ps.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_authorized_account_i_ps(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_call_history(reply: object) -> _Page[CallSessionInfo]:
    success = _success(reply, GetCallHistoryResponse, "get_call_history")
    return _Page(
        items=list(cast("list[CallSessionInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_call_history(
    *,
    client: AuthenticatedClient | Client,
    body: GetCallHistoryRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[CallSessionInfo]:
    """Every item get_call_history lists (Gets the account’s call history (including call duration, cost, logs and other call information)), one request a page.

    Takes the arguments of get_call_history.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_call_history.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_call_history(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_call_history(
    *,
    client: AuthenticatedClient | Client,
    body: GetCallHistoryRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[CallSessionInfo]:
    """Every item get_call_history lists, one page per request (the async form of iter_get_call_history)."""
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_call_history.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_call_history(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_call_list_details(reply: object) -> _Page[CallListDetail]:
    success = _success(reply, GetCallListDetailsResponse, "get_call_list_details")
    return _Page(
        items=list(cast("list[CallListDetail]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_call_list_details(
    *,
    client: AuthenticatedClient | Client,
    body: GetCallListDetailsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[CallListDetail]:
    """Every item get_call_list_details lists (Gets the tasks of a call list), one request a page.

    Takes the arguments of get_call_list_details.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_call_list_details.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_call_list_details(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_call_list_details(
    *,
    client: AuthenticatedClient | Client,
    body: GetCallListDetailsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[CallListDetail]:
    """Every item get_call_list_details lists, one page per request (the async form of iter_get_call_list_details)."""
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_call_list_details.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_call_list_details(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_call_lists(reply: object) -> _Page[CallList]:
    success = _success(reply, GetCallListsResponse, "get_call_lists")
    return _Page(
        items=list(cast("list[CallList]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_call_lists(
    *,
    client: AuthenticatedClient | Client,
    body: GetCallListsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[CallList]:
    """Every item get_call_lists lists (Get all call lists for the specified user), one request a page.

    Takes the arguments of get_call_lists.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetCallListsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_call_lists.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_call_lists(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_call_lists(
    *,
    client: AuthenticatedClient | Client,
    body: GetCallListsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[CallList]:
    """Every item get_call_lists lists, one page per request (the async form of iter_get_call_lists)."""
    _request = GetCallListsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_call_lists.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_call_lists(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_caller_i_ds(reply: object) -> _Page[CallerIDInfo]:
    success = _success(reply, GetCallerIDsResponse, "get_caller_i_ds")
    return _Page(
        items=list(cast("list[CallerIDInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_caller_i_ds(
    *,
    client: AuthenticatedClient | Client,
    body: GetCallerIDsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[CallerIDInfo]:
    """Every item get_caller_i_ds lists (Gets the account callerIDs), one request a page.

    Takes the arguments of get_caller_i_ds.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetCallerIDsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_caller_i_ds.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_caller_i_ds(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_caller_i_ds(
    *,
    client: AuthenticatedClient | Client,
    body: GetCallerIDsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[CallerIDInfo]:
    """Every item get_caller_i_ds lists, one page per request (the async form of iter_get_caller_i_ds)."""
    _request = GetCallerIDsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_caller_i_ds.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_caller_i_ds(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_children_accounts(reply: object) -> _Page[AccountInfo]:
    success = _success(reply, GetChildrenAccountsResponse, "get_children_accounts")
    return _Page(
        items=list(cast("list[AccountInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_children_accounts(
    *,
    client: AuthenticatedClient | Client,
    body: GetChildrenAccountsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[AccountInfo]:
    """Every item get_children_accounts lists (Gets the child accounts), one request a page.

    Takes the arguments of get_children_accounts.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetChildrenAccountsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_children_accounts.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_children_accounts(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_children_accounts(
    *,
    client: AuthenticatedClient | Client,
    body: GetChildrenAccountsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[AccountInfo]:
    """Every item get_children_accounts lists, one page per request (the async form of iter_get_children_accounts)."""
    _request = GetChildrenAccountsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_children_accounts.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_children_accounts(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_history_reports(reply: object) -> _Page[HistoryReport]:
    success = _success(reply, GetHistoryReportsResponse, "get_history_reports")
    return _Page(
        items=list(cast("list[HistoryReport]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_history_reports(
    *,
    client: AuthenticatedClient | Client,
    body: GetHistoryReportsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[HistoryReport]:
    """Every item get_history_reports lists (Gets the account's history reports), one request a page.

    Takes the arguments of get_history_reports.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetHistoryReportsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_history_reports.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_history_reports(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_history_reports(
    *,
    client: AuthenticatedClient | Client,
    body: GetHistoryReportsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[HistoryReport]:
    """Every item get_history_reports lists, one page per request (the async form of iter_get_history_reports)."""
    _request = GetHistoryReportsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_history_reports.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_history_reports(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_key_value_items(reply: object) -> _Page[KeyValueItems]:
    success = _success(reply, GetKeyValueItemsResponse, "get_key_value_items")
    return _Page(
        items=list(cast("list[KeyValueItems]", _dig(success, ("result",)) or [])),
        total=None,
        page_count=None,
        next_cursor=None,
    )


def iter_get_key_value_items(
    *,
    client: AuthenticatedClient | Client,
    body: GetKeyValueItemsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[KeyValueItems]:
    """Every item get_key_value_items lists (Gets all the key-value pairs in which the keys begin with a pattern), one request a page.

    Takes the arguments of get_key_value_items.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_key_value_items.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_key_value_items(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_key_value_items(
    *,
    client: AuthenticatedClient | Client,
    body: GetKeyValueItemsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[KeyValueItems]:
    """Every item get_key_value_items lists, one page per request (the async form of iter_get_key_value_items)."""
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_key_value_items.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_key_value_items(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_key_value_keys(reply: object) -> _Page[KeyValueKeys]:
    success = _success(reply, GetKeyValueKeysResponse, "get_key_value_keys")
    return _Page(
        items=list(cast("list[KeyValueKeys]", _dig(success, ("result",)) or [])),
        total=None,
        page_count=None,
        next_cursor=None,
    )


def iter_get_key_value_keys(
    *,
    client: AuthenticatedClient | Client,
    body: GetKeyValueKeysRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[KeyValueKeys]:
    """Every item get_key_value_keys lists (Gets all the keys of key-value pairs), one request a page.

    Takes the arguments of get_key_value_keys.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_key_value_keys.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_key_value_keys(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_key_value_keys(
    *,
    client: AuthenticatedClient | Client,
    body: GetKeyValueKeysRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[KeyValueKeys]:
    """Every item get_key_value_keys lists, one page per request (the async form of iter_get_key_value_keys)."""
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_key_value_keys.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_key_value_keys(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_keys(reply: object) -> _Page[KeyView]:
    success = _success(reply, GetKeysResponse, "get_keys")
    return _Page(
        items=list(cast("list[KeyView]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_keys(
    *,
    client: AuthenticatedClient | Client,
    body: GetKeysRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[KeyView]:
    """Every item get_keys lists (Gets the account's service-account keys), one request a page.

    Takes the arguments of get_keys.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetKeysRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_keys.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_keys(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_keys(
    *,
    client: AuthenticatedClient | Client,
    body: GetKeysRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[KeyView]:
    """Every item get_keys lists, one page per request (the async form of iter_get_keys)."""
    _request = GetKeysRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_keys.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_keys(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_new_phone_numbers(reply: object) -> _Page[NewPhoneInfo]:
    success = _success(reply, GetNewPhoneNumbersResponse, "get_new_phone_numbers")
    return _Page(
        items=list(cast("list[NewPhoneInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_new_phone_numbers(
    *,
    client: AuthenticatedClient | Client,
    body: GetNewPhoneNumbersRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[NewPhoneInfo]:
    """Every item get_new_phone_numbers lists (Gets the phone numbers for sale), one request a page.

    Takes the arguments of get_new_phone_numbers.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetNewPhoneNumbersRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_new_phone_numbers.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_new_phone_numbers(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_new_phone_numbers(
    *,
    client: AuthenticatedClient | Client,
    body: GetNewPhoneNumbersRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[NewPhoneInfo]:
    """Every item get_new_phone_numbers lists, one page per request (the async form of iter_get_new_phone_numbers)."""
    _request = GetNewPhoneNumbersRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_new_phone_numbers.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_new_phone_numbers(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_phone_number_reports(reply: object) -> _Page[CommonReport]:
    success = _success(reply, GetPhoneNumberReportsResponse, "get_phone_number_reports")
    return _Page(
        items=list(cast("list[CommonReport]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_phone_number_reports(
    *,
    client: AuthenticatedClient | Client,
    body: GetPhoneNumberReportsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[CommonReport]:
    """Every item get_phone_number_reports lists (Gets the phone number reports), one request a page.

    Takes the arguments of get_phone_number_reports.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetPhoneNumberReportsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_phone_number_reports.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_phone_number_reports(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_phone_number_reports(
    *,
    client: AuthenticatedClient | Client,
    body: GetPhoneNumberReportsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[CommonReport]:
    """Every item get_phone_number_reports lists, one page per request (the async form of iter_get_phone_number_reports)."""
    _request = GetPhoneNumberReportsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_phone_number_reports.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_phone_number_reports(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_phone_numbers(reply: object) -> _Page[AttachedPhoneInfo]:
    success = _success(reply, GetPhoneNumbersResponse, "get_phone_numbers")
    return _Page(
        items=list(cast("list[AttachedPhoneInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_phone_numbers(
    *,
    client: AuthenticatedClient | Client,
    body: GetPhoneNumbersRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[AttachedPhoneInfo]:
    """Every item get_phone_numbers lists (Gets the account phone numbers), one request a page.

    Takes the arguments of get_phone_numbers.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetPhoneNumbersRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_phone_numbers.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_phone_numbers(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_phone_numbers(
    *,
    client: AuthenticatedClient | Client,
    body: GetPhoneNumbersRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[AttachedPhoneInfo]:
    """Every item get_phone_numbers lists, one page per request (the async form of iter_get_phone_numbers)."""
    _request = GetPhoneNumbersRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_phone_numbers.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_phone_numbers(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_pstn_black_list(reply: object) -> _Page[PstnBlackListInfo]:
    success = _success(reply, GetPstnBlackListResponse, "get_pstn_black_list")
    return _Page(
        items=list(cast("list[PstnBlackListInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_pstn_black_list(
    *,
    client: AuthenticatedClient | Client,
    body: GetPstnBlackListRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[PstnBlackListInfo]:
    """Every item get_pstn_black_list lists (Get the whole PSTN blacklist), one request a page.

    Takes the arguments of get_pstn_black_list.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetPstnBlackListRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_pstn_black_list.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_pstn_black_list(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_pstn_black_list(
    *,
    client: AuthenticatedClient | Client,
    body: GetPstnBlackListRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[PstnBlackListInfo]:
    """Every item get_pstn_black_list lists, one page per request (the async form of iter_get_pstn_black_list)."""
    _request = GetPstnBlackListRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_pstn_black_list.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_pstn_black_list(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_queues(reply: object) -> _Page[QueueInfo]:
    success = _success(reply, GetQueuesResponse, "get_queues")
    return _Page(
        items=list(cast("list[QueueInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_queues(
    *,
    client: AuthenticatedClient | Client,
    body: GetQueuesRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[QueueInfo]:
    """Every item get_queues lists (Gets the ACD queues), one request a page.

    Takes the arguments of get_queues.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetQueuesRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_queues.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_queues(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_queues(
    *,
    client: AuthenticatedClient | Client,
    body: GetQueuesRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[QueueInfo]:
    """Every item get_queues lists, one page per request (the async form of iter_get_queues)."""
    _request = GetQueuesRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_queues.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_queues(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_regions(reply: object) -> _Page[RegulationRegionRecord]:
    success = _success(reply, GetRegionsResponse, "get_regions")
    return _Page(
        items=list(cast("list[RegulationRegionRecord]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_regions(
    *,
    client: AuthenticatedClient | Client,
    body: GetRegionsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[RegulationRegionRecord]:
    """Every item get_regions lists (Gets the regions of a country and category), one request a page.

    Takes the arguments of get_regions.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_regions.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_regions(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_regions(
    *,
    client: AuthenticatedClient | Client,
    body: GetRegionsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[RegulationRegionRecord]:
    """Every item get_regions lists, one page per request (the async form of iter_get_regions)."""
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_regions.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_regions(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_rules(reply: object) -> _Page[RuleInfo]:
    success = _success(reply, GetRulesResponse, "get_rules")
    return _Page(
        items=list(cast("list[RuleInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_rules(
    *,
    client: AuthenticatedClient | Client,
    body: GetRulesRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[RuleInfo]:
    """Every item get_rules lists (Gets the rules of an application), one request a page.

    Takes the arguments of get_rules.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_rules.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_rules(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_rules(
    *,
    client: AuthenticatedClient | Client,
    body: GetRulesRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[RuleInfo]:
    """Every item get_rules lists, one page per request (the async form of iter_get_rules)."""
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_rules.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_rules(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_scenarios(reply: object) -> _Page[ScenarioInfo]:
    success = _success(reply, GetScenariosResponse, "get_scenarios")
    return _Page(
        items=list(cast("list[ScenarioInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_scenarios(
    *,
    client: AuthenticatedClient | Client,
    body: GetScenariosRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[ScenarioInfo]:
    """Every item get_scenarios lists (Gets the account's scenarios), one request a page.

    Takes the arguments of get_scenarios.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetScenariosRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_scenarios.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_scenarios(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_scenarios(
    *,
    client: AuthenticatedClient | Client,
    body: GetScenariosRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[ScenarioInfo]:
    """Every item get_scenarios lists, one page per request (the async form of iter_get_scenarios)."""
    _request = GetScenariosRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_scenarios.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_scenarios(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_secrets(reply: object) -> _Page[SecretListItem]:
    success = _success(reply, GetSecretsResponse, "get_secrets")
    return _Page(
        items=list(cast("list[SecretListItem]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_secrets(
    *,
    client: AuthenticatedClient | Client,
    body: GetSecretsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[SecretListItem]:
    """Every item get_secrets lists (Gets the list of an application’s secrets), one request a page.

    Takes the arguments of get_secrets.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_secrets.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_secrets(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_secrets(
    *,
    client: AuthenticatedClient | Client,
    body: GetSecretsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[SecretListItem]:
    """Every item get_secrets lists, one page per request (the async form of iter_get_secrets)."""
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_secrets.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_secrets(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_sip_registrations(reply: object) -> _Page[SIPRegistration]:
    success = _success(reply, GetSipRegistrationsResponse, "get_sip_registrations")
    return _Page(
        items=list(cast("list[SIPRegistration]", _dig(success, ("result",)) or [])),
        total=None,
        page_count=None,
        next_cursor=None,
    )


def iter_get_sip_registrations(
    *,
    client: AuthenticatedClient | Client,
    body: GetSipRegistrationsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[SIPRegistration]:
    """Every item get_sip_registrations lists (Get active SIP registrations), one request a page.

    Takes the arguments of get_sip_registrations.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetSipRegistrationsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_sip_registrations.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_sip_registrations(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_sip_registrations(
    *,
    client: AuthenticatedClient | Client,
    body: GetSipRegistrationsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[SIPRegistration]:
    """Every item get_sip_registrations lists, one page per request (the async form of iter_get_sip_registrations)."""
    _request = GetSipRegistrationsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_sip_registrations.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_sip_registrations(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_sip_white_list(reply: object) -> _Page[SipWhiteListInfo]:
    success = _success(reply, GetSipWhiteListResponse, "get_sip_white_list")
    return _Page(
        items=list(cast("list[SipWhiteListInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_sip_white_list(
    *,
    client: AuthenticatedClient | Client,
    body: GetSipWhiteListRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[SipWhiteListInfo]:
    """Every item get_sip_white_list lists (Gets the SIP white list), one request a page.

    Takes the arguments of get_sip_white_list.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetSipWhiteListRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_sip_white_list.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_sip_white_list(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_sip_white_list(
    *,
    client: AuthenticatedClient | Client,
    body: GetSipWhiteListRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[SipWhiteListInfo]:
    """Every item get_sip_white_list lists, one page per request (the async form of iter_get_sip_white_list)."""
    _request = GetSipWhiteListRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_sip_white_list.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_sip_white_list(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_skills(reply: object) -> _Page[SkillInfo]:
    success = _success(reply, GetSkillsResponse, "get_skills")
    return _Page(
        items=list(cast("list[SkillInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_skills(
    *,
    client: AuthenticatedClient | Client,
    body: GetSkillsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[SkillInfo]:
    """Every item get_skills lists (Gets the skills of an operator), one request a page.

    Takes the arguments of get_skills.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetSkillsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_skills.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_skills(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_skills(
    *,
    client: AuthenticatedClient | Client,
    body: GetSkillsRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[SkillInfo]:
    """Every item get_skills lists, one page per request (the async form of iter_get_skills)."""
    _request = GetSkillsRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_skills.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_skills(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_sms_history(reply: object) -> _Page[SmsHistory]:
    success = _success(reply, GetSmsHistoryResponse, "get_sms_history")
    return _Page(
        items=list(cast("list[SmsHistory]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_sms_history(
    *,
    client: AuthenticatedClient | Client,
    body: GetSmsHistoryRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[SmsHistory]:
    """Every item get_sms_history lists (Gets the history of sent and/or received SMS), one request a page.

    Takes the arguments of get_sms_history.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetSmsHistoryRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_sms_history.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_sms_history(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_sms_history(
    *,
    client: AuthenticatedClient | Client,
    body: GetSmsHistoryRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[SmsHistory]:
    """Every item get_sms_history lists, one page per request (the async form of iter_get_sms_history)."""
    _request = GetSmsHistoryRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_sms_history.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_sms_history(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_sub_users(reply: object) -> _Page[SubUserView]:
    success = _success(reply, GetSubUsersResponse, "get_sub_users")
    return _Page(
        items=list(cast("list[SubUserView]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_sub_users(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubUsersRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[SubUserView]:
    """Every item get_sub_users lists (Gets the sub-users of the account), one request a page.

    Takes the arguments of get_sub_users.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetSubUsersRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_sub_users.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_sub_users(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_sub_users(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubUsersRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[SubUserView]:
    """Every item get_sub_users lists, one page per request (the async form of iter_get_sub_users)."""
    _request = GetSubUsersRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_sub_users.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_sub_users(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_subscription_price(reply: object) -> _Page[SubscriptionTemplate]:
    success = _success(reply, GetSubscriptionPriceResponse, "get_subscription_price")
    return _Page(
        items=list(cast("list[SubscriptionTemplate]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_subscription_price(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubscriptionPriceRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[SubscriptionTemplate]:
    """Every item get_subscription_price lists (Gets the prices of subscription templates), one request a page.

    Takes the arguments of get_subscription_price.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetSubscriptionPriceRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_subscription_price.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_subscription_price(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_subscription_price(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubscriptionPriceRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[SubscriptionTemplate]:
    """Every item get_subscription_price lists, one page per request (the async form of iter_get_subscription_price)."""
    _request = GetSubscriptionPriceRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_subscription_price.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_subscription_price(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_transaction_history(reply: object) -> _Page[TransactionInfo]:
    success = _success(reply, GetTransactionHistoryResponse, "get_transaction_history")
    return _Page(
        items=list(cast("list[TransactionInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_transaction_history(
    *,
    client: AuthenticatedClient | Client,
    body: GetTransactionHistoryRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[TransactionInfo]:
    """Every item get_transaction_history lists (Gets the transaction history), one request a page.

    Takes the arguments of get_transaction_history.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_transaction_history.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_transaction_history(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_transaction_history(
    *,
    client: AuthenticatedClient | Client,
    body: GetTransactionHistoryRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[TransactionInfo]:
    """Every item get_transaction_history lists, one page per request (the async form of iter_get_transaction_history)."""
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_transaction_history.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_transaction_history(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_users(reply: object) -> _Page[UserInfo]:
    success = _success(reply, GetUsersResponse, "get_users")
    return _Page(
        items=list(cast("list[UserInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_users(
    *,
    client: AuthenticatedClient | Client,
    body: GetUsersRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[UserInfo]:
    """Every item get_users lists (Shows the users of the specified account), one request a page.

    Takes the arguments of get_users.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_users.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_users(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_users(
    *,
    client: AuthenticatedClient | Client,
    body: GetUsersRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[UserInfo]:
    """Every item get_users lists, one page per request (the async form of iter_get_users)."""
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_users.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_users(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_wab_phone_numbers(reply: object) -> _Page[WABPhoneInfo]:
    success = _success(reply, GetWABPhoneNumbersResponse, "get_wab_phone_numbers")
    return _Page(
        items=list(cast("list[WABPhoneInfo]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_wab_phone_numbers(
    *,
    client: AuthenticatedClient | Client,
    body: GetWABPhoneNumbersRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[WABPhoneInfo]:
    """Every item get_wab_phone_numbers lists (Gets the account’s WhatsApp Business phone numbers), one request a page.

    Takes the arguments of get_wab_phone_numbers.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = GetWABPhoneNumbersRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_wab_phone_numbers.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_wab_phone_numbers(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_wab_phone_numbers(
    *,
    client: AuthenticatedClient | Client,
    body: GetWABPhoneNumbersRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[WABPhoneInfo]:
    """Every item get_wab_phone_numbers lists, one page per request (the async form of iter_get_wab_phone_numbers)."""
    _request = GetWABPhoneNumbersRequest() if isinstance(body, Unset) else body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_wab_phone_numbers.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_wab_phone_numbers(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_get_zip_codes(reply: object) -> _Page[ZipCode]:
    success = _success(reply, GetZIPCodesResponse, "get_zip_codes")
    return _Page(
        items=list(cast("list[ZipCode]", _dig(success, ("result",)) or [])),
        total=_int(_dig(success, ("total_count",))),
        page_count=None,
        next_cursor=None,
    )


def iter_get_zip_codes(
    *,
    client: AuthenticatedClient | Client,
    body: GetZIPCodesRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[ZipCode]:
    """Every item get_zip_codes lists (Gets the ZIP codes of a country or region), one request a page.

    Takes the arguments of get_zip_codes.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _get_zip_codes.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_zip_codes(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_get_zip_codes(
    *,
    client: AuthenticatedClient | Client,
    body: GetZIPCodesRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[ZipCode]:
    """Every item get_zip_codes lists, one page per request (the async form of iter_get_zip_codes)."""
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _get_zip_codes.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_get_zip_codes(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_sq_get_agents(reply: object) -> _Page[GetSQAgentsResult]:
    success = _success(reply, SQGetAgentsResponse, "sq_get_agents")
    return _Page(
        items=list(cast("list[GetSQAgentsResult]", _dig(success, ("result",)) or [])),
        total=None,
        page_count=None,
        next_cursor=None,
    )


def iter_sq_get_agents(
    *,
    client: AuthenticatedClient | Client,
    body: SQGetAgentsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[GetSQAgentsResult]:
    """Every item sq_get_agents lists (Gets agents), one request a page.

    Takes the arguments of sq_get_agents.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _sq_get_agents.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_sq_get_agents(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_sq_get_agents(
    *,
    client: AuthenticatedClient | Client,
    body: SQGetAgentsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[GetSQAgentsResult]:
    """Every item sq_get_agents lists, one page per request (the async form of iter_sq_get_agents)."""
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _sq_get_agents.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_sq_get_agents(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_sq_get_queues(reply: object) -> _Page[GetSQQueuesResult]:
    success = _success(reply, SQGetQueuesResponse, "sq_get_queues")
    return _Page(
        items=list(cast("list[GetSQQueuesResult]", _dig(success, ("result",)) or [])),
        total=None,
        page_count=None,
        next_cursor=None,
    )


def iter_sq_get_queues(
    *,
    client: AuthenticatedClient | Client,
    body: SQGetQueuesRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[GetSQQueuesResult]:
    """Every item sq_get_queues lists (Gets the queue(s)), one request a page.

    Takes the arguments of sq_get_queues.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _sq_get_queues.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_sq_get_queues(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_sq_get_queues(
    *,
    client: AuthenticatedClient | Client,
    body: SQGetQueuesRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[GetSQQueuesResult]:
    """Every item sq_get_queues lists, one page per request (the async form of iter_sq_get_queues)."""
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _sq_get_queues.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_sq_get_queues(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return


def _page_sq_get_skills(reply: object) -> _Page[GetSQSkillsResult]:
    success = _success(reply, SQGetSkillsResponse, "sq_get_skills")
    return _Page(
        items=list(cast("list[GetSQSkillsResult]", _dig(success, ("result",)) or [])),
        total=None,
        page_count=None,
        next_cursor=None,
    )


def iter_sq_get_skills(
    *,
    client: AuthenticatedClient | Client,
    body: SQGetSkillsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Iterator[GetSQSkillsResult]:
    """Every item sq_get_skills lists (Gets the skill(s)), one request a page.

    Takes the arguments of sq_get_skills.sync: the offset and page size given say where to start and how many a page;
    `timeout` is each request's.
    """
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = _sq_get_skills.sync(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_sq_get_skills(_reply)
        yield from _page.items
        if not _walk.advance(_page):
            return


async def aiter_sq_get_skills(
    *,
    client: AuthenticatedClient | Client,
    body: SQGetSkillsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> AsyncIterator[GetSQSkillsResult]:
    """Every item sq_get_skills lists, one page per request (the async form of iter_sq_get_skills)."""
    _request = body
    _walk = _OffsetWalk(
        _int(_request.offset),
        _int(_request.count),
        0,
    )

    while True:
        _reply = await _sq_get_skills.asyncio(
            client=client,
            timeout=timeout,
            body=attrs.evolve(_request, offset=_walk.position),
        )
        _page = _page_sq_get_skills(_reply)
        for _item in _page.items:
            yield _item
        if not _walk.advance(_page):
            return
