"""REST methods on configuration: account, Sub Accounts, Caller IDs, Call Flow configurations, phone numbers,
SIP trunks and integrations."""

from __future__ import annotations

import random
import uuid
from typing import Any

from ...core.provider import ApiCall, Reply
from ...core.store import Document
from .base import E164, VoxologyBase, country_of, formatted
from .catalogue import available_numbers, capabilities_of, is_toll_free, location_of
from .errors import fail
from .tenancy import API_ID, Scope, account_ns, iso_ts, paginate, parse_time, public

NO_CONTENT = Reply(status=204, body=None, media_type=None)
CARD_LIMIT = 10_000  # dollars: larger payments are declined, as a card issuer would


class ConfigApi(VoxologyBase):
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
        methods = self.store.list(ns, "payment_method")
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
        payments = [
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
        subs = [
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
        if any(self.store.list(scope.ns, kind) for kind in ("number", "log", "message", "call")):
            raise fail(403803)
        sub["x_deleted"] = True
        self.store.put(scope.app_ns, "subaccount", str(sub["id"]), sub)
        return NO_CONTENT

    def list_sub_account_phone_numbers(self, call: ApiCall) -> Reply:
        scope = self.subaccount_scope(call.principal, call.path_params["id"])
        return self.numbers_reply(scope, None, call.query)

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
        page, pagination = paginate([public(c) for c in self.store.list(scope.ns, "caller_id")], call.query)
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

    # --- Call Flow configurations ------------------------------------------------------------------

    def save_config(self, scope: Scope, key: str, body: Document) -> Document:
        now = self.now()
        old = self.store.get(scope.ns, "config", key)
        config = {
            "no": {"value": "application", "type": "DEFAULT"}
            if key == "DEFAULT"
            else {"value": key, "type": country_of(key)},
            "callback": {
                "method": "POST",
                "content_type": "application/json",
                "timeout": 5,
                **body["callback"],
            },
            "answer_on_ring": body.get("answer_on_ring", 1),
            "last_set_on": now,
            "updated_on": now,
            "created_on": old["created_on"] if old else now,
            "custom_data": body.get("custom_data"),
        }
        for name in ("callback_failover", "callback_sms", "callback_sms_failover"):
            if body.get(name):
                config[name] = {
                    "method": "POST",
                    "content_type": "application/json",
                    "timeout": 5,
                    **body[name],
                }
        if "is_template" in body:
            config["x_is_template"] = body["is_template"]
        self.store.put(scope.ns, "config", key, config)
        return config

    def configurable(self, scope: Scope, no: str) -> str:
        if self.number(scope, no) is None and self.caller_identity(scope, no) is None:
            raise fail(
                404102, f"{no} is neither a provisioned number nor a verified Caller ID of this application"
            )
        return no

    def config(self, scope: Scope, key: str) -> Document:
        found = self.store.get(scope.ns, "config", key)
        if found is None:
            raise fail(404102, f"No Call Flow configuration for {key}")
        return found

    def update_default_call_flow_configuration(self, call: ApiCall) -> Reply:
        return Reply(body=public(self.save_config(self.scope(call), "DEFAULT", call.body)))

    def update_call_flow_configuration(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        no = self.configurable(scope, call.path_params["phone_number"])
        return Reply(body=public(self.save_config(scope, no, call.body)))

    def list_call_flow_configurations(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        configs = [public(c) for c in self.store.list(scope.ns, "config") if c["no"]["type"] != "DEFAULT"]
        page, pagination = paginate(configs, call.query)
        return Reply(body={"callbacks": page, "pagination": pagination})

    def view_default_call_flow_configuration(self, call: ApiCall) -> Reply:
        return Reply(body=public(self.config(self.scope(call), "DEFAULT")))

    def view_call_flow_configuration(self, call: ApiCall) -> Reply:
        return Reply(body=public(self.config(self.scope(call), call.path_params["phone_number"])))

    def delete_default_call_flow_configuration(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        self.config(scope, "DEFAULT")
        self.store.delete(scope.ns, "config", "DEFAULT")
        return NO_CONTENT

    def delete_call_flow_configuration(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        self.config(scope, call.path_params["phone_number"])
        self.store.delete(scope.ns, "config", call.path_params["phone_number"])
        return NO_CONTENT

    def legacy(self, config: Document) -> Document:
        return {
            "no": config["no"]["value"],
            "callback": config["callback"],
            "answer_on_ring": config["answer_on_ring"],
            "last_set_on": config["last_set_on"],
            "custom_data": config["custom_data"],
            "is_template": config.get("x_is_template", False),
            **{
                k: config[k]
                for k in ("callback_failover", "callback_sms", "callback_sms_failover")
                if k in config
            },
        }

    def create_call_flow_callbacks(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        for entry in call.body:
            no = entry["no"]["value"] if isinstance(entry["no"], dict) else entry["no"]
            self.save_config(scope, self.configurable(scope, no), entry)
        return Reply(status=201, body=None, media_type=None)

    def list_call_flow_callbacks(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        return Reply(
            body=[self.legacy(c) for c in self.store.list(scope.ns, "config") if c["no"]["type"] != "DEFAULT"]
        )

    def view_call_flow_callback(self, call: ApiCall) -> Reply:
        no = call.path_params["phone_number"]
        return Reply(body=self.legacy(self.config(self.scope(call), no if no.startswith("+") else f"+{no}")))

    def delete_call_flow_callbacks(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        removed = [self.legacy(self.config(scope, entry["no"])) for entry in call.body]
        for entry in call.body:
            self.store.delete(scope.ns, "config", entry["no"])
        return Reply(body=removed[0] if len(removed) == 1 else removed)

    # --- phone numbers ---------------------------------------------------------------------------

    def list_available_numbers(self, call: ApiCall) -> Reply:
        q = call.query
        search_by = str(q.get("search_by", "region")).replace("-", "_")
        if search_by != "region" and not q.get("search_on"):
            raise fail(400203, f"search_on is required when search_by is {search_by}")
        taken = {n["no"] for n in self.store.list(API_ID, "number")}
        found = available_numbers(
            search_by,
            q.get("search_on"),
            q.get("type", "all"),
            q.get("capabilities", ""),
            int(q.get("max_results", 10)),
            taken,
            self.clock.time(),
        )
        return Reply(body={"phone_numbers": found})

    def numbers_reply(self, scope: Scope, assigned_to: str | None, q: dict[str, Any]) -> Reply:
        numbers = [
            self.refresh(scope, n)
            for n in self.store.list(scope.ns, "number")
            if (assigned_to is None or n["assigned_to"] == assigned_to)
        ]
        wanted = q.get("status")
        numbers = [n for n in numbers if (n["status"] == wanted if wanted else n["status"] != "released")]
        caps = [c for c in str(q.get("capabilities", "")).split(",") if c]
        numbers = [n for n in numbers if all(any(x.startswith(c) for x in n["capabilities"]) for c in caps)]
        if q.get("type") in ("local", "toll_free"):
            numbers = [n for n in numbers if n["type"] == q["type"]]
        if q.get("search_by") == "prefixes" and q.get("search_on"):
            prefixes = [p.strip().lstrip("+").removeprefix("1") for p in q["search_on"].split(",")]
            numbers = [n for n in numbers if any(n["no"][2:].startswith(p) for p in prefixes)]
        key = q.get("sort_by", "updated_on")
        numbers.sort(key=lambda n: str(n.get(key) or ""), reverse=q.get("sort_order") == "desc")
        page, pagination = paginate([public(n) for n in numbers], q)
        return Reply(body={"phone_numbers": page, "pagination": pagination})

    def destination(self, scope: Scope, assigned_to: str) -> str:
        if assigned_to.startswith("Trunks/") and self.store.get(scope.ns, "trunk", assigned_to[7:]) is None:
            raise fail(400202, f"Trunk {assigned_to[7:]} does not exist", message="Bad Request")
        return assigned_to

    def list_all_provisioned_numbers(self, call: ApiCall) -> Reply:
        return self.numbers_reply(self.scope(call), None, call.query)

    def list_provisioned_numbers(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        return self.numbers_reply(scope, self.destination(scope, call.path_params["assigned_to"]), call.query)

    def view_provisioned_number(self, call: ApiCall) -> Reply:
        no = call.path_params["phone_number"]
        scope = self.scope(call)
        number = self.number(scope, no)
        if number is None:
            raise fail(400404, f"{no} not found")
        return Reply(body=public(number))

    def provision_numbers(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        assigned_to = self.destination(scope, call.path_params["assigned_to"])
        wanted = [entry["no"] for entry in call.body["phone_numbers"]]
        owned = [no for no in wanted if self.store.get(API_ID, "number", no) is not None]
        if owned:
            raise fail(400200, f"{', '.join(owned)}: already assigned")
        now, ts = self.now(), self.clock.time()
        for no in wanted:
            toll_free = is_toll_free(no)
            ready = ts + (6 * 3600 if toll_free else 0)
            number = {
                "no": no,
                "formatted": formatted(no),
                "assigned_to": assigned_to,
                "error": None,
                "capabilities": capabilities_of(no),
                "description": "",
                "caller_id_name": None,
                "status": "routing" if toll_free else "routed",
                "price": 0.0657 if toll_free else 0.035,
                "price_period": "day",
                "created_on": now,
                "updated_on": now,
                "usage": 0,
                "port_out_pin": None,
                "type": "toll_free" if toll_free else "local",
                "location": location_of(no),
                "estimated_active_date": iso_ts(ready),
                "estimated_active_date_user_message": "less than a day" if toll_free else None,
                "x_ready": ready,
            }
            self.store.put(scope.ns, "number", no, number)
            self.store.put(
                API_ID, "number", no, {"no": no, "app_id": scope.app_id, "sub": scope.subaccount_id}
            )
        numbers = [
            public(self.refresh(scope, n))
            for n in self.store.list(scope.ns, "number")
            if n["assigned_to"] == assigned_to and n["status"] != "released"
        ]
        return Reply(body={"assigned_to": assigned_to, "phone_numbers": numbers})

    def update_phone_number(self, call: ApiCall) -> Reply:
        scope, no = self.scope(call), call.path_params["no"]
        number = self.number(scope, no)
        if number is None:
            raise fail(404214, f"{no} does not exist in your application")
        number.update(call.body)
        number["updated_on"] = self.now()
        self.store.put(scope.ns, "number", no, number)
        return Reply(body=public(number))

    def move_numbers(self, call: ApiCall) -> Reply:
        source, app = self.scope(call), call.principal
        assigned_to = self.destination(source, call.path_params["assigned_to"])
        # The schema requires one of them: subaccount_id names a Sub Account, app_id the parent application.
        if "subaccount_id" in call.body:
            target = self.subaccount_scope(app, call.body["subaccount_id"])
        elif call.body["app_id"] == app["app_id"]:
            target = Scope(app["app_id"], 0, app["account_id"])
        else:  # numbers move only within one application's subtree
            raise fail(404002, f"Application {call.body['app_id']} is not in this application's subtree")
        results = []
        for entry in call.body["phone_numbers"]:
            no = entry["no"]
            number = self.number(source, no)
            if number is None:
                results.append({"no": no, "formatted": formatted(no), "error": "Phone number not found"})
                continue
            self.store.delete(source.ns, "number", no)
            number.update({"assigned_to": assigned_to, "created_on": self.now(), "updated_on": self.now()})
            self.store.put(target.ns, "number", no, number)
            self.store.put(
                API_ID, "number", no, {"no": no, "app_id": target.app_id, "sub": target.subaccount_id}
            )
            results.append({"no": no, "formatted": formatted(no)})
        return Reply(body=results)

    def release_numbers(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        assigned_to = self.destination(scope, call.path_params["assigned_to"])
        mine = [self.number(scope, e["no"]) for e in call.body["phone_numbers"]]
        releasable = [n for n in mine if n is not None and n["assigned_to"] == assigned_to]
        if not releasable:
            raise fail(400201)
        for number in releasable:
            number["status"] = "released"
            number["updated_on"] = self.now()
            self.store.put(scope.ns, "number", number["no"], number)
            self.store.delete(API_ID, "number", number["no"])
            self.store.delete(scope.ns, "config", number["no"])
        return NO_CONTENT

    def lookup_phone_number(self, call: ApiCall) -> Reply:
        no = call.path_params["phone_number"]
        include = set(call.query["include"].split(","))
        toll_free = is_toll_free(no)
        mine = self.store.get(API_ID, "number", no)
        body: Document = {
            "country_code": country_of(no),
            "phone_number": no,
            "phone_number_formatted": formatted(no),
            "integrations": {},
            "error": None,
        }
        if "carrier" in include and not toll_free:
            body["carrier"] = {
                "error": None,
                "carrier_name": "VOXOLOGY" if mine else "BANDWIDTH.COM CLEC LLC",
                "phone_number_type": "voip" if mine else "mobile",
            }
        if "cnam" in include and not toll_free:
            body["cnam"] = {"error": None, "caller_name": None}
        if "location" in include and not toll_free:
            place = location_of(no)
            body["location"] = {
                "time_zone": place["timezone"],
                **{
                    k: place[k]
                    for k in (
                        "latitude",
                        "longitude",
                        "country",
                        "rate_center",
                        "city",
                        "postal_code",
                        "lata",
                        "region",
                    )
                },
            }
        if call.query.get("integrations") == "ekata_reverse_phone":
            body["integrations"]["ekata_reverse_phone"] = {
                "is_valid": bool(E164.fullmatch(no)),
                "phone_number": no[2:],
                "country_calling_code": "1",
                "id": f"Phone.{uuid.uuid5(uuid.NAMESPACE_URL, no)}",
            }
        return Reply(body=body)

    # --- trunks ----------------------------------------------------------------------------------

    def trunk(self, call: ApiCall) -> tuple[Scope, Document]:
        scope = self.scope(call)
        found = self.store.get(scope.ns, "trunk", call.path_params["trunk_id"])
        if found is None:
            raise fail(404002, f"SIP Trunk {call.path_params['trunk_id']} was not found")
        return scope, found

    def check_trunk(self, trunk: Document) -> None:
        if trunk["direction"] == "inbound" and not (trunk.get("inbound") or {}).get("destination"):
            raise fail(400001, "inbound.destination is required for an inbound trunk")
        if trunk["direction"] == "outbound" and not (trunk.get("outbound") or {}).get("authentication"):
            raise fail(400001, "outbound.authentication is required for an outbound trunk")

    def list_trunks(self, call: ApiCall) -> Reply:
        return Reply(body={"trunks": self.store.list(self.scope(call).ns, "trunk")})

    def view_trunk(self, call: ApiCall) -> Reply:
        return Reply(body=self.trunk(call)[1])

    def create_trunk(self, call: ApiCall) -> Reply:
        scope, now = self.scope(call), self.now()
        trunk_id = str(uuid.uuid4())
        trunk = {
            "trunk_id": trunk_id,
            "status": "active",
            "created_on": now,
            "modified_on": now,
            "updated_on": now,
            "app_id": scope.app_id,
            "subaccount_id": scope.subaccount_id or None,
            "simultaneous_call_limit": 1,
            "description": None,
            "recording": {},
            **call.body,
        }
        if trunk["direction"] == "inbound":
            trunk.pop("outbound", None)
            trunk["inbound"] = {
                "failover": {"value": None},
                **trunk.get("inbound", {}),
                "phone_numbers_uri": f"/v1/PhoneNumbers/Trunks/{trunk_id}",
            }
        else:
            trunk.pop("inbound", None)
            trunk["outbound"] = {
                "domain": None,
                "fax_support": "disabled",
                "max_post_dial_delay": 10,
                "override_early_media": None,
                **trunk.get("outbound", {}),
            }
        self.check_trunk(trunk)
        self.store.put(scope.ns, "trunk", trunk_id, trunk)
        return Reply(status=201, body=trunk)

    def update_trunk(self, call: ApiCall) -> Reply:
        scope, trunk = self.trunk(call)
        other_direction = "outbound" if trunk["direction"] == "inbound" else "inbound"
        for key, value in call.body.items():
            if key == other_direction:  # a trunk has the settings of its own direction only
                continue
            trunk[key] = (
                {**trunk[key], **value}
                if isinstance(value, dict) and isinstance(trunk.get(key), dict)
                else (value)
            )
        trunk["modified_on"] = trunk["updated_on"] = self.now()
        self.check_trunk(trunk)
        self.store.put(scope.ns, "trunk", trunk["trunk_id"], trunk)
        return Reply(body=trunk)

    def delete_trunk(self, call: ApiCall) -> Reply:
        scope, trunk = self.trunk(call)
        self.store.delete(scope.ns, "trunk", trunk["trunk_id"])
        return NO_CONTENT

    # --- integrations ----------------------------------------------------------------------------

    def update_aws_storage(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        self.store.put(scope.ns, "integration", "aws", call.body)
        return Reply(body=call.body)

    def view_aws_storage(self, call: ApiCall) -> Reply:
        found = self.store.get(self.scope(call).ns, "integration", "aws")
        if found is None:
            return Reply(
                body={"access_key": None, "security_key": False, "s3": {"region": None, "bucket": None}}
            )
        return Reply(body={**found, "security_key": bool(found.get("security_key"))})

    def delete_aws_storage(self, call: ApiCall) -> Reply:
        self.store.delete(self.scope(call).ns, "integration", "aws")
        return Reply(body={"access_key": None, "security_key": None, "s3": {"region": None, "bucket": None}})

    def update_watson_credentials(self, call: ApiCall) -> Reply:
        self.store.put(self.scope(call).ns, "integration", "watson", call.body)
        return Reply(body=call.body)

    def view_watson_credentials(self, call: ApiCall) -> Reply:
        found = self.store.get(self.scope(call).ns, "integration", "watson")
        if found is None:
            raise fail(404002, "No IBM Watson credentials are set")
        return Reply(body=found)

    def delete_watson_credentials(self, call: ApiCall) -> Reply:
        self.store.delete(self.scope(call).ns, "integration", "watson")
        return Reply(status=200, body=None, media_type=None)
