"""Access lists: authorized IPs (white/black list), the SIP white list and the PSTN black list."""

from __future__ import annotations

import ipaddress
from typing import Any

from ...core.provider import ApiCall, Reply
from .base import Account, Base
from .errors import RULE_VIOLATED, already_exists, not_found, vox_error
from .form import listing


def network(text: str) -> ipaddress.IPv4Network:
    try:
        return ipaddress.IPv4Network(text, strict=False)
    except ValueError as error:  # the pattern lets by netmasks such as 255.0.255.0
        raise vox_error(RULE_VIOLATED, f"Invalid network {text}: {error}") from None


class AuthorizedIPs(Base):
    def _ips(self, account: Account) -> list[dict[str, Any]]:
        return self.all_of(account, "authorized_ip")

    @staticmethod
    def _ip_view(item: dict[str, Any]) -> dict[str, Any]:
        return {key: item[key] for key in ("authorized_ip", "allowed", "created")}

    def add_authorized_account_ip(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        net = str(network(form.text("authorized_ip")))
        allowed = form.flag("allowed", True)
        key = f"{net}:{allowed}"
        if self.one(account, "authorized_ip", key) is not None:
            raise already_exists(f"Authorized IP {net}")
        item = {
            "authorized_ip": net,
            "allowed": allowed,
            "description": form.text("description"),
            "created": self.now(),
        }
        self.save(account, "authorized_ip", key, item)
        return self.ok(result=1)

    def del_authorized_account_ip(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        items = self._ips(account)
        if form.has("allowed"):
            items = [i for i in items if i["allowed"] == form.flag("allowed")]
        if form.has("authorized_ip"):
            target = form.text("authorized_ip")
            if target != "all":
                net = str(network(target))
                items = [i for i in items if i["authorized_ip"] == net]
        else:
            ip = ipaddress.IPv4Address(form.text("contains_ip"))
            items = [i for i in items if ip in network(i["authorized_ip"])]
        for item in items:
            self.drop(account, "authorized_ip", item["_key"])
        return self.ok(result=len(items))

    def get_authorized_account_ips(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        items = self._ips(account)
        if form.has("allowed"):
            items = [i for i in items if i["allowed"] == form.flag("allowed")]
        if form.has("authorized_ip"):
            items = [
                i
                for i in items
                if i["authorized_ip"] == form.text("authorized_ip")
                or i["authorized_ip"] == form.text("authorized_ip") + "/32"
            ]
        if form.has("contains_ip"):
            ip = ipaddress.IPv4Address(form.text("contains_ip"))
            items = [i for i in items if ip in network(i["authorized_ip"])]
        if form.has("description"):
            items = [i for i in items if form.text("description") in i["description"]]
        return self.ok(**listing([self._ip_view(i) for i in items], form))

    def check_authorized_account_ip(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        ip = ipaddress.IPv4Address(form.text("authorized_ip"))
        items = self._ips(account)
        for item in items:
            if not item["allowed"] and ip in network(item["authorized_ip"]):
                return self.ok(result=False, authorized_ip=item["authorized_ip"])
        whitelist = [i for i in items if i["allowed"]]
        for item in whitelist:
            if ip in network(item["authorized_ip"]):
                return self.ok(result=True, authorized_ip=item["authorized_ip"])
        # An empty white list lets every address in; a non-empty one only its networks.
        return self.ok(result=not whitelist)


class SipWhiteList(Base):
    def _whitelist_item(self, account: Account, item_id: int) -> dict[str, Any]:
        item = self.one(account, "sip_whitelist", item_id)
        if item is None:
            raise not_found(f"SIP white list item {item_id}")
        return item

    @staticmethod
    def _network_view(item: dict[str, Any]) -> dict[str, Any]:
        view = {
            "sip_whitelist_id": item["sip_whitelist_id"],
            "sip_whitelist_network": item["sip_whitelist_network"],
        }
        if item.get("description"):
            view["description"] = item["description"]
        return view

    def add_sip_white_list_item(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        item = {
            "sip_whitelist_id": self.new_id("sip_whitelist", 1),
            "sip_whitelist_network": str(network(form.text("sip_whitelist_network"))),
            "description": form.text("description"),
        }
        self.save(account, "sip_whitelist", item["sip_whitelist_id"], item)
        return self.ok(result=1, sip_whitelist_id=item["sip_whitelist_id"])

    def set_sip_white_list_item(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        item = self._whitelist_item(account, form.integer("sip_whitelist_id"))
        item["sip_whitelist_network"] = str(network(form.text("sip_whitelist_network")))
        if form.has("description"):
            item["description"] = form.text("description")
        self.save(account, "sip_whitelist", item["sip_whitelist_id"], item)
        return self.ok(result=1)

    def del_sip_white_list_item(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        item = self._whitelist_item(account, form.integer("sip_whitelist_id"))
        self.drop(account, "sip_whitelist", item["sip_whitelist_id"])
        return self.ok(result=1)

    def get_sip_white_list(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        items = self.all_of(account, "sip_whitelist")
        if form.has("sip_whitelist_id"):
            items = [i for i in items if i["sip_whitelist_id"] == form.integer("sip_whitelist_id")]
        return self.ok(**listing([self._network_view(i) for i in items], form))


class PstnBlacklist(Base):
    def _blacklist_item(self, account: Account, item_id: int) -> dict[str, Any]:
        item = self.one(account, "pstn_blacklist", item_id)
        if item is None:
            raise not_found(f"PSTN black list item {item_id}")
        return item

    def add_pstn_black_list_item(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        phone = form.text("pstn_blacklist_phone")
        if any(i["pstn_blacklist_phone"] == phone for i in self.all_of(account, "pstn_blacklist")):
            raise already_exists(f"PSTN black list item {phone}")
        item = {"pstn_blacklist_id": self.new_id("pstn_blacklist", 1), "pstn_blacklist_phone": phone}
        self.save(account, "pstn_blacklist", item["pstn_blacklist_id"], item)
        return self.ok(result=1, pstn_blacklist_id=item["pstn_blacklist_id"])

    def set_pstn_black_list_item(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        item = self._blacklist_item(account, form.integer("pstn_blacklist_id"))
        item["pstn_blacklist_phone"] = form.text("pstn_blacklist_phone")
        self.save(account, "pstn_blacklist", item["pstn_blacklist_id"], item)
        return self.ok(result=1)

    def del_pstn_black_list_item(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        item = self._blacklist_item(account, form.integer("pstn_blacklist_id"))
        self.drop(account, "pstn_blacklist", item["pstn_blacklist_id"])
        return self.ok(result=1)

    def get_pstn_black_list(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        items = self.all_of(account, "pstn_blacklist")
        if form.has("pstn_blacklist_id"):
            items = [i for i in items if i["pstn_blacklist_id"] == form.integer("pstn_blacklist_id")]
        if form.has("pstn_blacklist_phone"):
            items = [i for i in items if i["pstn_blacklist_phone"] == form.text("pstn_blacklist_phone")]
        views = [
            {"pstn_blacklist_id": i["pstn_blacklist_id"], "pstn_blacklist_phone": i["pstn_blacklist_phone"]}
            for i in items
        ]
        return self.ok(**listing(views, form))
