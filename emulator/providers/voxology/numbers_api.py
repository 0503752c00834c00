"""REST methods on phone numbers: search, provision, list, update, move, release, look up."""

from __future__ import annotations

import uuid
from typing import Any

from ...core.provider import ApiCall, Reply
from ...core.store import Document
from .base import E164, VoxologyBase, country_of, formatted
from .catalogue import available_numbers, capabilities_of, is_toll_free, location_of
from .directory import cnam_of, reverse_phone
from .errors import fail
from .tenancy import API_ID, Scope, iso_ts, paginate, public

NO_CONTENT = Reply(status=204, body=None, media_type=None)


class NumbersApi(VoxologyBase):
    # --- phone numbers ---------------------------------------------------------------------------

    def list_sub_account_phone_numbers(self, call: ApiCall) -> Reply:
        scope = self.subaccount_scope(call.principal, call.path_params["id"])
        return self.numbers_reply(scope, None, call.query)

    def list_available_numbers(self, call: ApiCall) -> Reply:
        q = call.query
        search_by = str(q.get("search_by", "region")).replace("-", "_")
        if search_by != "region" and not q.get("search_on"):
            raise fail(400203, f"search_on is required when search_by is {search_by}")
        found = available_numbers(
            search_by,
            q.get("search_on"),
            q.get("type", "all"),
            q.get("capabilities", ""),
            int(q.get("max_results", 10)),
            lambda no: self.store.get(API_ID, "number", no) is not None,  # one look-up per candidate
            self.clock.time(),
        )
        return Reply(body={"phone_numbers": found})

    def numbers_reply(self, scope: Scope, assigned_to: str | None, q: dict[str, Any]) -> Reply:
        numbers = [  # configuration: the numbers the scope rents, filtered and sorted before the page is cut
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
            number = number_document(no, assigned_to, ts, now)
            self.store.put(scope.ns, "number", no, number)
            self.store.put(
                API_ID, "number", no, {"no": no, "app_id": scope.app_id, "sub": scope.subaccount_id}
            )
        numbers = [  # the answer lists every number of the destination: configuration the scope rents
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
            body["cnam"] = {"error": None, "caller_name": cnam_of(no)}
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
                **reverse_phone(no, body.get("carrier", {}).get("carrier_name")),
                "is_valid": bool(E164.fullmatch(no)),
                "phone_number": no[2:],
                "country_calling_code": "1",
                "id": f"Phone.{uuid.uuid5(uuid.NAMESPACE_URL, no)}",
            }
        return Reply(body=body)


def number_document(
    no: str, assigned_to: str, ts: float, stamp: str, description: str = "", price: float | None = None
) -> Document:
    """A number provisioned at `ts` (`stamp` its created_on): a toll-free one is routed 6 hours later."""
    toll_free = is_toll_free(no)
    ready = ts + (6 * 3600 if toll_free else 0)
    return {
        "no": no,
        "formatted": formatted(no),
        "assigned_to": assigned_to,
        "error": None,
        "capabilities": capabilities_of(no),
        "description": description,
        "caller_id_name": cnam_of(no),
        "status": "routing" if toll_free else "routed",
        "price": price if price is not None else (0.0657 if toll_free else 0.035),
        "price_period": "day",
        "created_on": stamp,
        "updated_on": stamp,
        "usage": 0,
        "port_out_pin": None,
        "type": "toll_free" if toll_free else "local",
        "location": location_of(no),
        "estimated_active_date": iso_ts(ready),
        "estimated_active_date_user_message": "less than a day" if toll_free else None,
        "x_ready": ready,
    }
