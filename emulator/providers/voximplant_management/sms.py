"""SMS: person-to-person messages from the account's numbers, A2P messages from a sender ID, and the history.

Sent messages are kept (the control API reads them back as what the emulator sent) and show up in
GetSmsHistory / A2PGetSmsHistory; the control API can also deliver an inbound message.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ...core.provider import ApiCall, Reply
from .base import Account
from .errors import RULE_VIOLATED, UNSUPPORTED_OUTPUT, not_found, vox_error
from .form import Form, page
from .numbers import PhoneNumbers

GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿"
    "abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€"
)
PRICE_PER_FRAGMENT = 0.0075
DELIVERY_STATUSES = {
    1: "QUEUED",
    2: "DISPATCHED",
    3: "ABORTED",
    4: "REJECTED",
    5: "DELIVERED",
    6: "FAILED",
    7: "EXPIRED",
    8: "UNKNOWN",
}


def fragments(text: str) -> int:
    """Segments a message takes: 160 GSM-7 or 70 UTF-16 characters alone, 153 or 67 per part when split."""
    single, part = (160, 153) if set(text) <= GSM7 else (70, 67)
    return 1 if len(text) <= single else -(-len(text) // part)


class Sms(PhoneNumbers):
    def send_sms_message(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        source = form.text("source")
        phone = self.phone_by_number(account, source)
        if phone is None:
            raise not_found(f"Phone number {source} on this account")
        if not phone["is_sms_supported"]:
            raise vox_error(RULE_VIOLATED, f"The phone number {source} does not support SMS")
        if not phone["is_sms_enabled"]:
            raise vox_error(RULE_VIOLATED, f"SMS is not enabled for {source}: enable it with ControlSms")
        text = form.text("sms_body")
        parts = fragments(text)
        cost = round(parts * PRICE_PER_FRAGMENT, 4)
        message_id = self.new_id("sms", 40001)
        transaction_id = self.record_charge(account, cost, f"SMS {source} -> {form.text('destination')}")
        self.save_dated(
            account,
            "sms",
            message_id,
            {
                "message_id": message_id,
                "direction": "OUT",
                "source_number": int(source),
                "destination_number": int(form.text("destination")),
                "text": text,
                "store_body": form.flag("store_body"),
                "fragments": parts,
                "cost": cost,
                "status_id": "1",
                "processed_at": self.now(),
                "transaction_id": transaction_id,
            },
            self.now(),
        )
        return self.ok(result=1, message_id=message_id, fragments_count=parts)

    def control_sms(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        number = form.text("phone_number")
        phone = self.phone_by_number(account, number)
        if phone is None:
            raise not_found(f"Phone number {number} on this account")
        if not phone["is_sms_supported"]:
            raise vox_error(RULE_VIOLATED, f"The phone number {number} does not support SMS")
        phone["is_sms_enabled"] = form.text("command") == "enable"
        phone["modified"] = self.now()
        self.save(account, "phone", phone["phone_id"], phone)
        return self.ok(result=1)

    def get_sms_history(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        items = self._in_period(account, "sms", form, "processed_at")
        if form.has("source_number"):
            items = [i for i in items if str(i["source_number"]) == form.text("source_number").lstrip("+")]
        if form.has("destination_number"):
            items = [
                i
                for i in items
                if str(i["destination_number"]) == form.text("destination_number").lstrip("+")
            ]
        if form.has("direction"):
            items = [i for i in items if i["direction"] == form.text("direction").upper()]
        rows = []
        for item in items:
            row = {
                k: item[k]
                for k in (
                    "message_id",
                    "direction",
                    "source_number",
                    "destination_number",
                    "fragments",
                    "cost",
                    "status_id",
                    "transaction_id",
                )
            }
            # Sent as a date: Voximplant's official client reads this field with '%Y-%m-%d'.
            row["processed_date"] = item["processed_at"][:10]
            if item["store_body"]:
                row["text"] = item["text"]
            rows.append(row)
        return self._history(rows, form)

    def a2_psend_sms(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        if not self.account_doc(account).get("a2p_sms_enabled"):
            raise vox_error(RULE_VIOLATED, "A2P SMS is not enabled for this account")
        text = form.text("text")
        parts = fragments(text)
        sent, failed = [], []
        blocked = {b["pstn_blacklist_phone"] for b in self.all_of(account, "pstn_blacklist")}
        for number in dict.fromkeys(form.text("dst_numbers").split(";")):
            if number in blocked:
                failed.append(
                    {
                        "destination_number": number,
                        "error_code": RULE_VIOLATED,
                        "error_description": "The destination number is on the PSTN black list",
                    }
                )
                continue
            cost = round(parts * PRICE_PER_FRAGMENT, 4)
            message_id = self.new_id("sms", 40001)
            transaction_id = self.record_charge(
                account, cost, f"A2P SMS {form.text('src_number')} -> {number}"
            )
            self.save_dated(
                account,
                "a2p_sms",
                message_id,
                {
                    "message_id": message_id,
                    "source_number": form.text("src_number"),
                    "destination_number": int(number),
                    "text": text,
                    "store_body": form.flag("store_body"),
                    "fragments": parts,
                    "cost": cost,
                    "delivery_status": "DELIVERED",
                    "status_id": "1",
                    "processed_at": self.now(),
                    "transaction_id": transaction_id,
                },
                self.now(),
            )
            sent.append({"message_id": message_id, "destination_number": number})
        return self.ok(result=sent, failed=failed, fragments_count=parts)

    def a2_pget_sms_history(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        items = self._in_period(account, "a2p_sms", form, "processed_at")
        if form.has("source_number"):
            items = [i for i in items if i["source_number"] == form.text("source_number")]
        if form.has("destination_number"):
            items = [
                i
                for i in items
                if str(i["destination_number"]) == form.text("destination_number").lstrip("+")
            ]
        if form.has("delivery_status"):
            items = [
                i for i in items if i["delivery_status"] == DELIVERY_STATUSES[form.integer("delivery_status")]
            ]
        rows = []
        for item in items:
            source = item["source_number"]
            row = {
                k: item[k]
                for k in (
                    "message_id",
                    "destination_number",
                    "fragments",
                    "cost",
                    "delivery_status",
                    "status_id",
                    "transaction_id",
                )
            }
            row["processing_date"] = item["processed_at"][:10]  # a date, as for processed_date above
            # A2PSmsHistory types source_number as a number; a sender ID that is a name has none.
            row["source_number"] = int(source) if source.isdigit() else 0
            if item["store_body"]:
                row["text"] = item["text"]
            rows.append(row)
        return self._history(rows, form)

    def _in_period(self, account: Account, kind: str, form: Form, key: str) -> list[dict[str, Any]]:
        """The messages of the period (either end open when not given), read by the days they are dated."""
        low = form.text("from_date") if form.has("from_date") else "0001-01-01 00:00:00"
        high = form.text("to_date") if form.has("to_date") else "9999-12-31 23:59:59"
        return self.dated(account, kind, low, high, key)

    def _history(self, rows: list[dict[str, Any]], form: Form) -> Reply:
        chunk, total = page(rows, form, 1000)
        output = form.text("output", "json")
        if output == "csv":
            buffer = io.StringIO()
            columns = sorted({key for row in chunk for key in row})
            writer = csv.DictWriter(buffer, fieldnames=columns, delimiter=";", lineterminator="\n")
            writer.writeheader()
            writer.writerows(chunk)
            return Reply(body=buffer.getvalue(), media_type="text/csv")
        if output == "xls":
            raise vox_error(UNSUPPORTED_OUTPUT, "The required output format type is not supported: xls")
        return self.ok(result=chunk, total_count=total)
