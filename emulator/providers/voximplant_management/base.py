"""What every Voximplant method shares: the calling account, its documents, ids, times and lookups."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from ...core.environment import Environment
from ...core.errors import ApiError
from ...core.operations import Operation
from ...core.provider import ApiCall, Provider, Reply
from ...core.validation import SchemaValidator
from .errors import error_code, invalid, not_found
from .form import ALL, Form

ACCOUNTS = "voximplant"  # the namespace holding accounts and service-account keys
IDS = "voximplant-ids"  # the namespace of id counters: Voximplant ids are unique across accounts
DATETIME = "%Y-%m-%d %H:%M:%S"
DATE = "%Y-%m-%d"


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

    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        self._field_cache: dict[str, tuple[dict[str, SchemaValidator], frozenset[str]]] = {}

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
        return self.store.list(account.ns, kind)

    def one(self, account: Account, kind: str, key: object) -> dict[str, Any] | None:
        return self.store.get(account.ns, kind, str(key))

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
        for app in self.all_of(account, "application"):
            if name in (app["application_name"], app["short_name"]):
                return app
        return None

    def select(
        self,
        account: Account,
        kind: str,
        form: Form,
        id_field: str,
        name_field: str,
        id_key: str,
        name_key: str,
        *,
        within: dict[str, Any] | None = None,
        what: str = "Item",
    ) -> list[dict[str, Any]]:
        """The documents a `;`-list of ids or names (or `all`) picks; unknown ones are refused."""
        docs = self.all_of(account, kind)
        if within is not None:
            docs = [d for d in docs if d.get("application_id") == within["application_id"]]
        ids = form.ids(id_field)
        names = form.names(name_field) if ids is None else None
        if ids is None and names is None:
            raise invalid(f"{id_field} or {name_field} is required")
        if ids == ALL or names == ALL:
            return docs
        wanted: list[Any] = list(ids if ids is not None else names or [])
        key = id_key if ids is not None else name_key
        by_key = {d[key]: d for d in docs}
        missing = [w for w in wanted if w not in by_key]
        if missing:
            raise not_found(f"{what} {', '.join(str(m) for m in missing)}")
        return [by_key[w] for w in dict.fromkeys(wanted)]


def selection(value: list[Any] | Literal["all"] | None) -> str:
    return "all" if value == ALL else ";".join(str(v) for v in value or [])
