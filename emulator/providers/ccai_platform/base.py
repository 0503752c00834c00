"""What every part of the CCAI provider shares: the customer behind a request and its records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...core.provider import ApiCall, Provider
from ...core.store import Document
from . import phones
from .tenancy import namespace

if TYPE_CHECKING:
    from .lifecycle import CallLife


class CcaiBase(Provider):
    life: CallLife

    def _ns(self, call: ApiCall) -> str:
        return namespace(call.principal["subdomain"])

    def _subdomain(self, call: ApiCall) -> str:
        return str(call.principal["subdomain"])

    def _settings(self, call: ApiCall) -> dict[str, Any]:
        settings: dict[str, Any] = call.principal["settings"]
        return settings

    def _next_id(self, ns: str, kind: str) -> int:
        return self.store.next_id(ns, kind)

    def _menu_chain(self, ns: str, menu: Document) -> list[int]:
        chain = [menu["id"]]
        parent = menu.get("parent_id")
        while parent is not None and len(chain) < 32:
            chain.insert(0, parent)
            found = self.store.get(ns, "menu", str(parent))
            parent = found.get("parent_id") if found else None
        return chain

    def _end_user(self, ns: str, number: str | None, ticket: Document | None) -> Document:
        """The end user behind a ticket or a number, created on first contact."""
        key = f"ticket:{ticket['ticket_id']}" if ticket else f"number:{phones.digits(number or '')}"
        found = self.store.get(ns, "end_user", key)
        if found is None:
            found = {
                "id": self._next_id(ns, "end_user"),
                "identifier": None,
                "out_contact_id": (ticket or self._crm_record(ns, number) or {}).get("out_contact_id"),
                "phone_number": ticket["end_user_number"] if ticket else number,
            }
            self.store.put(ns, "end_user", key, found)
        return found

    def _on_dnc(self, ns: str, number: str) -> bool:
        entry = self.store.get(ns, "dnc", phones.digits(number))
        return entry is not None and not self._dnc_expired(entry)

    def _dnc_expired(self, entry: Document) -> bool:
        expires = entry.get("expires_ts")
        return expires is not None and expires <= self.clock.time()

    def _crm_record(self, ns: str, number: str | None) -> Document | None:
        """A CRM ticket of this end user's number: it names the CRM contact a new end user is linked to."""
        found = self.store.find(ns, "ticket", "x_number", phones.digits(number or "")) if number else []
        return found[0] if found else None

    def _ticket(self, ns: str, ticket_id: Any) -> Document | None:
        return self.store.get(ns, "ticket", str(ticket_id))

    def _managed_number(self, ns: str, number: str) -> Document | None:
        return self.store.get(ns, "outbound_number", phones.digits(number))

    def _default_number(self, ns: str) -> str | None:
        """The customer's default outbound number, else its only one (None when it has several)."""
        defaults = self.store.find(ns, "outbound_number", "default", True)
        if defaults:
            return str(defaults[0]["number"])
        if self.store.count(ns, "outbound_number") == 1:
            return str(self.store.page(ns, "outbound_number", 0, 1)[0]["number"])
        return None

    def _first_number(self, ns: str) -> str | None:
        first = self.store.page(ns, "outbound_number", 0, 1)
        return str(first[0]["number"]) if first else None


def public(record: Document) -> Document:
    """A stored record without the emulator's own bookkeeping (keys starting `x_`)."""
    return {k: v for k, v in record.items() if not k.startswith("x_")}
