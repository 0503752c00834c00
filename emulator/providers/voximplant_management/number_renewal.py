"""Monthly renewal of bought numbers on the emulator clock: a number whose auto_charge is on is charged its
monthly price when its period ends; one that is off, or whose account cannot pay, is deactivated (it stays
on the account, unusable, as GetPhoneNumbers shows with deactivated=true)."""

from __future__ import annotations

from datetime import timedelta

from ...core.environment import Environment
from ...core.store import Event
from .base import DATE, DATETIME, Account
from .number_catalogue import NumberCatalogue

SUBSCRIPTION_DAYS = 30
TOPIC_RENEW = "voximplant-management.phone.renew"


class NumberRenewal(NumberCatalogue):
    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        self.env.timeline.on(TOPIC_RENEW, self._on_renew)

    def schedule_renewal(self, account: Account, phone_id: int) -> None:
        self.env.timeline.after(
            SUBSCRIPTION_DAYS * 86400,
            TOPIC_RENEW,
            {"account_id": account.account_id, "phone_id": phone_id},
            key=str(phone_id),
        )

    def cancel_renewal(self, phone_id: int) -> None:
        self.env.timeline.cancel(TOPIC_RENEW, str(phone_id))

    def _on_renew(self, event: Event) -> None:
        account = Account(int(event.payload["account_id"]))
        phone = self.one(account, "phone", event.payload["phone_id"])
        if phone is None or phone.get("deactivated"):
            return  # released or already deactivated meanwhile
        price = float(phone["phone_price"])
        doc = self.account_doc(account)
        affordable = float(doc["balance"]) + float(doc.get("credit_limit") or 0.0) >= price
        now = self.clock.now()
        if phone.get("auto_charge") and affordable:
            self.record_charge(account, price, f"Phone number {phone['phone_number']}: the next month")
            phone["phone_next_renewal"] = (now + timedelta(days=SUBSCRIPTION_DAYS)).strftime(DATE)
            self.schedule_renewal(account, int(phone["phone_id"]))
        else:
            phone.update(deactivated=True, can_be_used=False, activation_status="DEACTIVATED")
        phone["modified"] = now.strftime(DATETIME)
        self.save(account, "phone", phone["phone_id"], phone)
