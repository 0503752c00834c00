"""REST methods on configuration: Call Flow configurations (and their deprecated Callbacks form), SIP trunks
and integrations."""

from __future__ import annotations

import uuid

from ...core.provider import ApiCall, Reply
from ...core.store import Document
from .base import VoxologyBase, country_of
from .errors import fail
from .tenancy import Scope, paginate, public

NO_CONTENT = Reply(status=204, body=None, media_type=None)


class ConfigApi(VoxologyBase):
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
        # Configuration, one per number the scope rents; the answer is the whole collection (paged).
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
        configs = self.store.list(scope.ns, "config")  # the whole collection is the answer
        return Reply(body=[self.legacy(c) for c in configs if c["no"]["type"] != "DEFAULT"])

    def view_call_flow_callback(self, call: ApiCall) -> Reply:
        no = call.path_params["phone_number"]
        return Reply(body=self.legacy(self.config(self.scope(call), no if no.startswith("+") else f"+{no}")))

    def delete_call_flow_callbacks(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        removed = [self.legacy(self.config(scope, entry["no"])) for entry in call.body]
        for entry in call.body:
            self.store.delete(scope.ns, "config", entry["no"])
        return Reply(body=removed[0] if len(removed) == 1 else removed)

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
        return Reply(body={"trunks": self.store.list(self.scope(call).ns, "trunk")})  # the whole collection

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
