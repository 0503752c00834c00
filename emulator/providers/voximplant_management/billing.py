"""Invoices and the small reference lists: record storages and role groups."""

from __future__ import annotations

from typing import Any

from ...core.provider import ApiCall, Reply
from .base import Base
from .errors import not_found
from .form import ALL, listing

RECORD_STORAGES = (
    {"record_storage_id": 1, "record_storage_name": "default"},
    {"record_storage_id": 2, "record_storage_name": "eu-storage"},
)
ROLE_GROUPS = (
    {"id": 1, "name": "Administration"},
    {"id": 2, "name": "Applications"},
    {"id": 3, "name": "Billing"},
    {"id": 4, "name": "Telephony"},
)


def invoice_document(invoice: dict[str, Any]) -> bytes:
    """A small PDF naming the invoice: enough for a client to save and open."""
    total = invoice["amount"]["total_amount"]
    text = f"Invoice {invoice['invoice_number']} of {invoice['invoice_date']}: {total}"
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


class Billing(Base):
    def get_account_invoices(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        invoices = self.all_of(account, "invoice")
        if form.has("status"):
            invoices = [i for i in invoices if i["status"] == form.text("status")]
        views = [{k: v for k, v in i.items() if k != "_key"} for i in invoices]
        return self.ok(**listing(views, form, 20))

    def download_invoice(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        invoice = self.one(account, "invoice", form.integer("invoice_id"))
        if invoice is None:
            raise not_found(f"Invoice {form.integer('invoice_id')}")
        return Reply(
            body=invoice_document(invoice),
            media_type="application/octet-stream",
            headers={"Content-Disposition": f'attachment; filename="{invoice["invoice_number"]}.pdf"'},
        )

    def get_record_storages(self, call: ApiCall) -> Reply:
        form = self.form(call)
        ids, names = form.ids("record_storage_id"), form.names("record_storage_name")
        found = [
            s
            for s in RECORD_STORAGES
            if (ids is None or ids == ALL or s["record_storage_id"] in ids)
            and (names is None or names == ALL or s["record_storage_name"] in names)
        ]
        return self.ok(result=found[0] if found else {})

    def get_role_groups(self, call: ApiCall) -> Reply:
        return self.ok(result=list(ROLE_GROUPS))
