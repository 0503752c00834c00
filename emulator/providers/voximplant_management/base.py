"""What every Voximplant method shares: the calling account, its documents, ids, times and lookups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, ClassVar

from ...core.environment import Environment
from ...core.errors import ApiError
from ...core.operations import Operation
from ...core.provider import ApiCall, Provider, Reply
from ...core.validation import SchemaValidator
from .errors import error_code, invalid, not_found
from .form import Form

ACCOUNTS = "voximplant"  # the namespace holding accounts and service-account keys
IDS = "voximplant-ids"  # the namespace of id counters: Voximplant ids are unique across accounts
DATETIME = "%Y-%m-%d %H:%M:%S"
DATE = "%Y-%m-%d"
# Kinds that pile up over time (history): found by the day they are dated, never by a scan.
DATED = ("call_session", "transaction", "sms", "a2p_sms", "acd_session", "report", "audit")
# Kinds an account sets up (its applications, users, queues, numbers, lists, ...): a request may scan them.
CONFIGURED = frozenset(
    {
        "application",
        "rule",
        "scenario",
        "user",
        "acd_queue",
        "acd_skill",
        "sq_queue",
        "sq_skill",
        "sq_agent",
        "sq_status_mapping",
        "secret",
        "authorized_ip",
        "sip_whitelist",
        "pstn_blacklist",
        "admin_role",
        "admin_user",
        "phone",
        "callerid",
        "sip_registration",
        "wab_phone",
        "invoice",  # one per billing period
        "call_list",  # the account's campaigns
        "subuser",
        "push_credential",
        "dialogflow_key",
        "regulation_address",  # the addresses the account filed for numbers that need one
    }
)
DAY_SPAN = "day_span"  # per account and dated kind: the first and last day any document is dated


@dataclass(frozen=True, slots=True)
class Account:
    account_id: int

    @property
    def ns(self) -> str:
        return f"voximplant:{self.account_id}"


class Base(Provider):
    api_id: ClassVar[str] = "voximplant-management"
    command_field: ClassVar[str | None] = "cmd"
    form_fields_in_query: ClassVar[bool] = True
    any_case_booleans: ClassVar[bool] = True
    multipart_forms: ClassVar[bool] = True  # the service reads a multipart form as it reads an urlencoded one

    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        self._field_cache: dict[str, tuple[dict[str, SchemaValidator], frozenset[str]]] = {}
        for kind in DATED:
            self.store.index(kind, "_day")
        self.store.index("application", "application_name", "short_name")
        self.store.index("user", "application_id")

    # --- replies ------------------------------------------------------------------------------

    def render_error(self, error: ApiError) -> Reply:
        # Voximplant answers its errors with HTTP 200; a request that names no method (an unknown path or
        # an HTTP method other than POST), is too large or never arrives whole never reaches one, and keeps
        # its HTTP status, as does a failure of the server itself.
        transport = error.status in (404, 405, 408, 413) and "command" not in error.details
        transport = transport or error.status >= 500
        body = {"error": {"code": error_code(error), "msg": error.message}}
        return Reply(status=error.status if transport else 200, body=body, headers=error.headers)

    @staticmethod
    def ok(**fields: Any) -> Reply:
        return Reply(body=fields)

    # --- the call -----------------------------------------------------------------------------

    @staticmethod
    def account(call: ApiCall) -> Account:
        principal = call.principal
        assert isinstance(principal, Account)
        return principal

    def form(self, call: ApiCall) -> Form:
        validators, lists = self._field_kinds(call.operation)
        return Form(call.body if isinstance(call.body, dict) else {}, validators, lists)

    def _field_kinds(self, operation: Operation) -> tuple[dict[str, SchemaValidator], frozenset[str]]:
        """Per operation, once: validators of JSON carried in strings, and the `;`-list fields."""
        if operation.operation_id not in self._field_cache:
            validators: dict[str, SchemaValidator] = {}
            lists: set[str] = set()
            for media in operation.body_media.values():
                for name, prop in media.schema.get("properties", {}).items():
                    if isinstance(prop, dict) and "contentSchema" in prop:
                        validators[name] = SchemaValidator(prop["contentSchema"])
                    if isinstance(prop, dict) and prop.get("x-semicolon-list"):
                        lists.add(name)
            self._field_cache[operation.operation_id] = (validators, frozenset(lists))
        return self._field_cache[operation.operation_id]

    def app_call(self, call: ApiCall) -> tuple[Account, Form, dict[str, Any]]:
        """The account, form and application of a method that works inside one application."""
        account, form = self.account(call), self.form(call)
        app = self.application(account, form)
        assert app is not None
        return account, form, app

    # --- documents ----------------------------------------------------------------------------

    def all_of(self, account: Account, kind: str) -> list[dict[str, Any]]:
        """Every document of a kind the account configures (bounded by its setup, see CONFIGURED). What
        piles up over time is read otherwise: history by `dated`, call list tasks, SmartQueue tasks and
        key-value items by an indexed `find`."""
        if kind not in CONFIGURED:
            raise KeyError(f"{kind} grows with use: read it with find, page or dated, not a scan")
        return self.store.list(account.ns, kind)

    def save_dated(self, account: Account, kind: str, key: object, doc: dict[str, Any], moment: str) -> None:
        """Save a history document dated `moment` ('YYYY-MM-DD HH:mm:ss'), findable by its day."""
        day = moment[:10]
        doc["_day"] = day
        span = self.store.get(account.ns, DAY_SPAN, kind)
        if span is None or not span["first"] <= day <= span["last"]:
            first, last = (day, day) if span is None else (min(span["first"], day), max(span["last"], day))
            self.store.put(account.ns, DAY_SPAN, kind, {"first": first, "last": last})
        self.save(account, kind, key, doc)

    def dated(self, account: Account, kind: str, low: str, high: str, key: str) -> list[dict[str, Any]]:
        """The documents of a dated kind with `low` <= doc[key] <= `high`, read day by day over the days
        of the period that hold any (insertion order within a day)."""
        span = self.store.get(account.ns, DAY_SPAN, kind)
        if span is None:
            return []
        try:
            day = max(date.fromisoformat(low[:10]), date.fromisoformat(span["first"]))
            last = min(date.fromisoformat(high[:10]), date.fromisoformat(span["last"]))
        except ValueError:
            return []
        found = []
        while day <= last:
            found += [
                d for d in self.store.find(account.ns, kind, "_day", day.isoformat()) if low <= d[key] <= high
            ]
            day += timedelta(days=1)
        return found

    def one(self, account: Account, kind: str, key: object) -> dict[str, Any] | None:
        return self.store.get(account.ns, kind, str(key))

    def new_call_session(
        self,
        account: Account,
        app: dict[str, Any],
        rule: dict[str, Any],
        user_id: int,
        custom: str,
        endpoint: tuple[str, str],
        initiator: str = "127.0.0.1",
    ) -> dict[str, Any]:
        """A call session's history document, with a new id and its media-session URLs on `endpoint`
        (scheme, host): what StartScenarios and StartConference open alike, before either saves it."""
        scheme, host = endpoint
        session_id = self.new_id("call_session", 900001)
        control = f"{host}/_emulator/voximplant-management/media-sessions/{session_id}"
        return {
            "call_session_history_id": session_id,
            "account_id": account.account_id,
            "application_id": app["application_id"],
            "application_name": app["application_name"],
            "user_id": user_id,
            "rule_name": rule["rule_name"],
            "start_date": self.now(),
            "initiator_address": initiator,
            "media_server_address": "127.0.0.1",
            "audio_quality": "HD",
            "log_file_url": f"{scheme}://{control}/log",
            "media_session_access_url": f"http://{control}",
            "media_session_access_secure_url": f"https://{control}",
            "custom_data": custom,
            "calls": [],
            "records": [],
            "other_resource_usage": [],
        }

    def named_user(self, account: Account, form: Form, app: dict[str, Any]) -> dict[str, Any] | None:
        """The application's user the form names by user_id or user_name; None when it names none."""
        if not (form.has("user_id") or form.has("user_name")):
            return None
        by_id = form.has("user_id")
        key, value = ("user_id", form.integer("user_id")) if by_id else ("user_name", form.text("user_name"))
        users = self.store.find(account.ns, "user", "application_id", app["application_id"])
        user = next((u for u in users if u[key] == value), None)
        if user is None:
            raise not_found(f"User {value}")
        return user

    def save(self, account: Account, kind: str, key: object, doc: dict[str, Any]) -> dict[str, Any]:
        doc["_key"] = str(key)  # lets cascading deletes find the document again
        self.store.put(account.ns, kind, str(key), doc)
        return doc

    def drop(self, account: Account, kind: str, key: object) -> bool:
        return self.store.delete(account.ns, kind, str(key))

    def new_id(self, kind: str, start: int = 1) -> int:
        return self.store.next_id(IDS, kind, start)

    def account_doc(self, account: Account) -> dict[str, Any]:
        doc = self.store.get(ACCOUNTS, "account", str(account.account_id))
        if doc is None:
            raise not_found("Account")
        return doc

    def record_charge(self, account: Account, amount: float, description: str) -> int:
        """Charge the account's balance, with the transaction its history shows."""
        transaction_id = self.new_id("transaction", 70001)
        doc = self.account_doc(account)
        doc["balance"] = round(float(doc["balance"]) - amount, 4)
        self.store.put("voximplant", "account", str(account.account_id), doc)
        self.save_dated(
            account,
            "transaction",
            transaction_id,
            {
                "transaction_id": transaction_id,
                "account_id": str(account.account_id),
                "amount": -amount,
                "currency": doc["currency"],
                "performed_at": self.now(),
                "transaction_type": "resource_charge",
                "transaction_description": description,
            },
            self.now(),
        )
        return transaction_id

    # --- time ---------------------------------------------------------------------------------

    def now(self) -> str:
        return self.clock.now().strftime(DATETIME)

    def today(self) -> str:
        return self.clock.now().strftime(DATE)

    # --- lookups shared by many groups --------------------------------------------------------

    def application(
        self,
        account: Account,
        form: Form,
        id_field: str = "application_id",
        name_field: str = "application_name",
        *,
        required: bool = True,
    ) -> dict[str, Any] | None:
        """The application a request names by id or by (short or full) name."""
        if form.has(id_field):
            app = self.one(account, "application", form.integer(id_field))
            if app is None:
                raise not_found(f"Application {form.integer(id_field)}")
            return app
        if form.has(name_field):
            app = self.application_by_name(account, form.text(name_field))
            if app is None:
                raise not_found(f"Application '{form.text(name_field)}'")
            return app
        if required:
            raise invalid(f"{id_field} or {name_field} is required")
        return None

    def application_by_name(self, account: Account, name: str) -> dict[str, Any] | None:
        for field in ("application_name", "short_name"):
            found = self.store.find(account.ns, "application", field, name)
            if found:
                return found[0]
        return None
