"""REST methods on the account (Basic), Sub Accounts and Caller IDs."""

from __future__ import annotations

import random

from ...core.provider import ApiCall, Reply
from ...core.store import Document
from .base import VoxologyBase, formatted
from .errors import fail
from .tenancy import API_ID, Scope, account_ns, paginate, parse_time, public

NO_CONTENT = Reply(status=204, body=None, media_type=None)
CARD_LIMIT = 10_000  # dollars: larger payments are declined, as a card issuer would


class AccountApi(VoxologyBase):
    # --- account (Basic) -------------------------------------------------------------------------

    def view_account(self, call: ApiCall) -> Reply:
        return Reply(body=public(call.principal))

    def create_alert(self, call: ApiCall) -> Reply:
        balance = call.body["account_balance"]
        if "minutes_before_zero" not in balance and "thresholds" not in balance:
            raise fail(400001, "account_balance needs minutes_before_zero and/or thresholds")
        ns = account_ns(call.principal["id"])
        alert = {"id": self.store.next_id(ns, "alert", start=8411), **call.body}
        alert.setdefault("phone_no", None)
        self.store.put(ns, "alert", str(alert["id"]), alert)
        return Reply(status=201, body=None, media_type=None)

    def list_alerts(self, call: ApiCall) -> Reply:
        # The whole collection is the answer (and a handful of alerts an account configures).
        return Reply(body={"alerts": self.store.list(account_ns(call.principal["id"]), "alert")})

    def delete_alert(self, call: ApiCall) -> Reply:
        if not self.store.delete(account_ns(call.principal["id"]), "alert", call.path_params["id"]):
            raise fail(404002, f"Alert {call.path_params['id']} was not found")
        return NO_CONTENT

    def view_balance(self, call: ApiCall) -> Reply:
        return Reply(body={"balance": round(call.principal["x_balance"], 2)})

    def make_payment(self, call: ApiCall) -> Reply:
        account = call.principal
        ns = account_ns(account["id"])
        methods = self.store.list(ns, "payment_method")  # bounded: the account's few payment methods
        given = call.body.get("payment_method")
        method = (
            next((m for m in methods if given and m["token"] == given.get("token")), None)
            if given
            else next((m for m in methods if m.get("is_default")), methods[0] if methods else None)
        )
        if method is None:
            raise fail(
                400300,
                "Please provide a valid payment method.",
                message=f"Payment was not successful: {'unknown payment method' if given else 'no method'}",
            )
        if method.get("is_expired"):
            raise fail(400300, message="Payment was not successful: the payment method is expired")
        if call.body["amount"] > CARD_LIMIT:
            raise fail(400300)  # the documented "card declined"
        seq = self.store.next_id(ns, "payment", start=1619)
        description = call.body.get("description") or (
            f"{method.get('method', 'Default method')} {method.get('card_type', '')} "
            f"{method.get('last_four', '')} via api.voxolo.gy"
        ).replace("  ", " ")
        payment = {
            "id": seq,
            "transaction_id": 12345 + seq,
            "submitted_on": self.now(),
            "amount": call.body["amount"],
            "description": description,
            "x_ts": self.clock.time(),
        }
        self.store.put(ns, "payment", str(seq), payment)
        account["x_balance"] += call.body["amount"]
        self.store.put(API_ID, "account", account["id"], account)
        return Reply(body=public(payment))

    def list_payment_methods(self, call: ApiCall) -> Reply:
        return Reply(
            body={"payment_methods": self.store.list(account_ns(call.principal["id"]), "payment_method")}
        )

    def list_payments(self, call: ApiCall) -> Reply:
        q = call.query
        begin = parse_time(q["begin_date"]) if q.get("begin_date") else float("-inf")
        end = parse_time(q["end_date"]) if q.get("end_date") else float("inf")
        if begin is None or end is None:
            raise fail(400001, "begin_date and end_date must be ISO 8601 dates")
        payments = [  # the account's payment history is the answer (narrowed by date only when asked)
            public(p)
            for p in self.store.list(account_ns(call.principal["id"]), "payment")
            if begin <= p["x_ts"] <= end + (86400 if q.get("end_date") and len(q["end_date"]) == 10 else 0)
        ]
        return Reply(body={"payments": payments})

    # --- Sub Accounts ----------------------------------------------------------------------------

    def subaccount(self, call: ApiCall) -> Document:
        app = call.principal
        self.subaccount_scope(app, call.path_params["id"])
        found = self.store.get(f"{API_ID}/{app['app_id']}", "subaccount", str(call.path_params["id"]))
        assert found is not None
        return found

    def create_sub_account(self, call: ApiCall) -> Reply:
        app = call.principal
        ns = f"{API_ID}/{app['app_id']}"
        seq = self.store.next_id(ns, "subaccount")
        now = self.now()
        sub = {
            "id": seq,
            "name": call.body["name"],
            "created_on": now,
            "modified_on": now,
            "updated_on": now,
            "notes": None,
            "status": "active",
            "port_out_pin": call.body.get("port_out_pin"),
            "service_address": call.body.get("service_address") or app.get("service_address") or {},
            "sip_domains": {"callflows": f"{app['app_id'][:4]}-{seq:05d}.accounts.sip.voxolo.gy"},
        }
        self.store.put(ns, "subaccount", str(seq), sub)
        return Reply(status=201, body=public(sub))

    def list_sub_accounts(self, call: ApiCall) -> Reply:
        app = call.principal
        wanted = call.query.get("status", "active")
        subs = [  # configuration bounded by the account's max_subaccounts_per_app
            public(s)
            for s in self.store.list(f"{API_ID}/{app['app_id']}", "subaccount")
            if not s.get("x_deleted") and s["status"] == wanted
        ]
        page, pagination = paginate(subs, call.query)
        return Reply(body={"app_id": app["app_id"], "subaccounts": page, "pagination": pagination})

    def view_sub_account(self, call: ApiCall) -> Reply:
        return Reply(body=public(self.subaccount(call)))

    def update_sub_account(self, call: ApiCall) -> Reply:
        sub = self.subaccount(call)
        sub.update(call.body)
        sub["modified_on"] = sub["updated_on"] = self.now()
        self.store.put(f"{API_ID}/{call.principal['app_id']}", "subaccount", str(sub["id"]), sub)
        return Reply(status=201, body=public(sub))

    def delete_sub_account(self, call: ApiCall) -> Reply:
        sub = self.subaccount(call)
        scope = Scope(call.principal["app_id"], sub["id"], call.principal["account_id"])
        if any(self.store.count(scope.ns, kind) for kind in ("number", "log", "message", "call")):
            raise fail(403803)
        sub["x_deleted"] = True
        self.store.put(scope.app_ns, "subaccount", str(sub["id"]), sub)
        return NO_CONTENT

    # --- Caller IDs ------------------------------------------------------------------------------

    def caller(self, call: ApiCall) -> tuple[Scope, Document]:
        scope = self.scope(call)
        found = self.store.get(scope.ns, "caller_id", call.path_params["caller_id"])
        if found is None:
            raise fail(404254)
        return scope, found

    def create_caller_id(self, call: ApiCall) -> Reply:
        scope, no = self.scope(call), call.path_params["caller_id"]
        if self.store.get(scope.ns, "caller_id", no) is not None:
            raise fail(404254, status=400)  # the documentation's duplicate error reuses the 404's code
        now = self.now()
        caller = {
            "no": no,
            "formatted": formatted(no),
            "capabilities": ["voice_outbound"],
            "created_on": now,
            "updated_on": now,
            "description": (call.body or {}).get("description"),
            "status": "unverified",
            "usage": 0,
            "x_pin": None,
        }
        self.store.put(scope.ns, "caller_id", no, caller)
        return Reply(status=201, body=public(caller))

    def list_caller_ids(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        callers = self.store.list(scope.ns, "caller_id")  # configuration: the Caller IDs the scope verified
        page, pagination = paginate([public(c) for c in callers], call.query)
        return Reply(body={"caller_ids": page, "pagination": pagination})

    def view_caller_id(self, call: ApiCall) -> Reply:
        return Reply(body=public(self.caller(call)[1]))

    def update_caller_id(self, call: ApiCall) -> Reply:
        scope, caller = self.caller(call)
        if "description" in call.body:
            caller["description"] = call.body["description"]
        caller["updated_on"] = self.now()
        self.store.put(scope.ns, "caller_id", caller["no"], caller)
        return Reply(body=public(caller))

    def delete_caller_id(self, call: ApiCall) -> Reply:
        scope, caller = self.caller(call)
        self.store.delete(scope.ns, "caller_id", caller["no"])
        return NO_CONTENT

    def verify_caller_id(self, call: ApiCall) -> Reply:
        scope, caller = self.caller(call)
        caller["x_pin"] = f"{random.randint(0, 9999):04d}"
        caller["x_verify_id"] = self.store.next_id(scope.ns, "verify", start=12345)
        self.store.put(scope.ns, "caller_id", caller["no"], caller)
        return Reply(body={"id": caller["x_verify_id"], "verify_pin": caller["x_pin"]})
