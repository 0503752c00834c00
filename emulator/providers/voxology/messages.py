"""Messages: send (POST /Messages, Dials/SMS, the SMS action), receive (control API), list and view."""

from __future__ import annotations

import uuid
from typing import Any

from ...core.provider import ApiCall, Reply
from ...core.store import Document, Event
from .callbacks import location_fields
from .errors import fail
from .history import History, hour_of
from .tenancy import API_ID, Scope, iso_ts, parse_time, public
from .timing import MESSAGE_STEPS_S

MESSAGE_STATUS = f"{API_ID}.message.status"  # an outbound message moves on to its next status

_OUTCOMES = {
    "delivered": ["queued", "sending", "sent", "delivered"],
    "sent": ["queued", "sending", "sent"],
    "undelivered": ["queued", "sending", "sent", "undelivered"],
    "failed": ["failed"],
}


def parts(text: str) -> int:
    """Billing parts: 152 characters per part for 7-bit text, 66 for Unicode."""
    size = 152 if all(ord(c) < 128 for c in text) else 66
    return max(1, -(-len(text) // size))


class MessagesState(History):
    def register_messages(self) -> None:
        self.env.timeline.on(MESSAGE_STATUS, self._on_message_status)

    def sms_sender(self, scope: Scope, api_no: str) -> Document:
        number = self.number(scope, api_no)
        if (
            number is None
            or number["assigned_to"] != "CallFlows"
            or "sms_outbound" not in number["capabilities"]
        ):
            raise fail(
                403293, f"{api_no} is not an SMS-capable number assigned to CallFlows in this application"
            )
        return number

    def send_sms(
        self,
        scope: Scope,
        api_no: str,
        caller_no: str,
        text: str,
        *,
        external_id: str | None = None,
        external_group_id: str | None = None,
        time_to_live: Any = None,
        status_webhook: Document | None = None,
        origin: str = "Messages",
    ) -> Document:
        now = self.clock.time()
        message: Document = {
            "service": "programmable_messaging",
            "type": "sms",
            "message_id": f"SMO:{uuid.uuid4()}",
            "created_on": iso_ts(now),
            "app_id": scope.app_id,
            "subaccount_id": scope.subaccount_id,
            "caller_no": caller_no,
            "api_no": api_no,
            "direction": "outbound",
            "status": "accepted",
            "error": None,
            "error_code": None,
            "text_message": text,
            "external_id": external_id,
            "external_group_id": external_group_id,
            "num_parts": parts(text),
            "charge": {"total": round(0.0075 * parts(text), 4)},
            "time_to_live": time_to_live,
            "uri": "",
            "config": None,
            "status_webhook": status_webhook,
            "x_ts": now,
            "x_hour": hour_of(now),
            "x_origin": origin,
        }
        message["uri"] = f"/v1/Messages/{message['message_id']}"
        opted_out = self.store.get(scope.ns, "opt_out", caller_no) is not None
        if opted_out:
            message["status"] = "opt-out"  # refused at once, never charged
        self.store.put(scope.ns, "message", message["message_id"], message)
        if not opted_out:
            for status in _OUTCOMES.get(self.app_settings(scope)["message_outcome"], []):
                self.env.timeline.after(
                    MESSAGE_STEPS_S[status],
                    MESSAGE_STATUS,
                    {
                        "app_id": scope.app_id,
                        "sub": scope.subaccount_id,
                        "id": message["message_id"],
                        "status": status,
                    },
                    key=message["message_id"],
                )
        elif status_webhook is not None:
            self.deliver(
                scope,
                "message_status",
                {"url": status_webhook["url"]},
                self.status_payload(scope, message),
                message_id=message["message_id"],
            )
        accepted = dict(message)
        accepted["status"] = "accepted"
        return accepted

    def _on_message_status(self, event: Event) -> None:
        payload = event.payload
        scope = self.scope_for(payload["app_id"], payload["sub"])
        message = self.store.get(scope.ns, "message", payload["id"]) if scope is not None else None
        if scope is None or message is None:
            return
        status = payload["status"]
        message["status"] = status
        if status == "failed":
            message["error_code"], message["error"] = 4700, "Message could not be sent"
        if status == "undelivered":
            message["error_code"], message["error"] = 4720, "The far end cannot receive SMS"
        self.store.put(scope.ns, "message", message["message_id"], message)
        if message["status_webhook"] is not None:
            self.deliver(
                scope,
                "message_status",
                {"url": message["status_webhook"]["url"]},
                self.status_payload(scope, message),
                message_id=message["message_id"],
            )

    def status_payload(self, scope: Scope, message: Document) -> Document:
        keys = (
            "service",
            "type",
            "app_id",
            "subaccount_id",
            "api_no",
            "caller_no",
            "direction",
            "message_id",
            "uri",
            "external_group_id",
            "external_id",
            "num_parts",
            "error",
            "error_code",
            "status",
        )
        payload = {k: message[k] for k in keys}
        payload["updated_on"] = iso_ts(self.clock.time())
        return payload

    def receive_sms(self, scope: Scope, number: Document, from_no: str, text: str) -> Document:
        """An inbound message to one of the scope's numbers: stored, and sent to its configuration."""
        now = self.clock.time()
        config = self.store.get(scope.ns, "config", number["no"]) or self.store.get(
            scope.ns, "config", "DEFAULT"
        )
        snapshot = (
            None if config is None else {**{k: v for k, v in config.items() if k != "no"}, "no": number["no"]}
        )
        message: Document = {
            "service": "programmable_messaging",
            "type": "sms",
            "message_id": f"SMI:{uuid.uuid4()}",
            "created_on": iso_ts(now),
            "app_id": scope.app_id,
            "subaccount_id": scope.subaccount_id,
            "caller_no": from_no,
            "api_no": number["no"],
            "direction": "inbound",
            "status": "received",
            "error": None,
            "error_code": None,
            "text_message": text,
            "external_id": None,
            "external_group_id": None,
            "num_parts": None,
            "charge": {"total": 0.005},
            "time_to_live": None,
            "uri": "",
            "config": snapshot,
            "status_webhook": None,
            "x_ts": now,
            "x_hour": hour_of(now),
            "x_origin": "inbound",
        }
        message["uri"] = f"/v1/Messages/{message['message_id']}"
        keyword = text.strip().upper()
        if keyword in ("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"):
            self.store.put(scope.ns, "opt_out", from_no, {"no": from_no, "since": iso_ts(now)})
        elif keyword in ("START", "YES", "UNSTOP"):
            self.store.delete(scope.ns, "opt_out", from_no)
        self.store.put(scope.ns, "message", message["message_id"], message)
        if config is not None:
            endpoint = config.get("callback_sms") or config["callback"]
            payload = {
                k: message[k]
                for k in (
                    "service",
                    "type",
                    "app_id",
                    "subaccount_id",
                    "api_no",
                    "caller_no",
                    "error",
                    "error_code",
                    "direction",
                    "message_id",
                    "external_group_id",
                    "external_id",
                    "created_on",
                    "num_parts",
                    "uri",
                    "text_message",
                    "status",
                )
            }
            payload.update(
                {
                    **location_fields("api_no", number["no"]),
                    **location_fields("caller_no", from_no),
                    "custom_data": config.get("custom_data"),
                    "session_data": {},
                }
            )
            self.deliver(
                scope,
                "inbound_message",
                endpoint,
                payload,
                reply=bool(config.get("callback_sms_failover")),
                message_id=message["message_id"],
                failover_endpoint=config.get("callback_sms_failover"),
            )
        return message


class MessagesApi(MessagesState):
    def send_message(self, call: ApiCall) -> Reply:
        scope, body = self.scope(call), call.body
        self.sms_sender(scope, body["api_no"])
        sent = self.send_sms(
            scope,
            body["api_no"],
            body["caller_no"],
            body["text_message"],
            external_id=body.get("external_id"),
            external_group_id=body.get("external_group_id"),
            time_to_live=body.get("time_to_live"),
            status_webhook=body.get("status_webhook"),
        )
        keys = (
            "api_no",
            "caller_no",
            "text_message",
            "external_id",
            "external_group_id",
            "time_to_live",
            "message_id",
            "status",
            "uri",
            "status_webhook",
        )
        return Reply(status=200, body={k: sent[k] for k in keys})

    def list_messages(self, call: ApiCall) -> Reply:
        scope, q = self.scope(call), call.query
        end, begin, end_inclusive = self.window(q)
        filters = ("caller_no", "api_no", "direction", "status", "external_id", "external_group_id")
        if q.get("external_id") is not None:  # an indexed look-up: the messages of that ID only
            candidates = self.store.find(scope.ns, "message", "external_id", q["external_id"])
        elif q.get("external_group_id") is not None:
            candidates = self.store.find(scope.ns, "message", "external_group_id", q["external_group_id"])
        else:
            candidates = self.in_window(scope, "message", begin, end, "x_ts")
        found = []
        for message in sorted(candidates, key=lambda m: m["x_ts"]):
            if not (begin <= message["x_ts"] < end or (end_inclusive and message["x_ts"] == end)):
                continue
            if any(q.get(k) is not None and message.get(k) != q[k] for k in filters):
                continue
            found.append(public(message))
        return Reply(
            body={
                "messages": found[:1000],
                "begin_date": iso_ts(begin),
                "end_date": iso_ts(end),
                "is_truncated": len(found) > 1000,
            }
        )

    def view_message(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        message = self.store.get(scope.ns, "message", call.path_params["message_id"])
        if message is None:
            raise fail(404002, f"Message {call.path_params['message_id']} was not found")
        return Reply(body=public(message))

    def dial_sms(self, call: ApiCall) -> Reply:
        scope, body = self.scope(call), call.body
        to, sender = body["call"]["no"], body["call"]["caller_id_no"]
        self.sms_sender(scope, sender)
        sent = self.send_sms(scope, sender, to, body["message"], origin="Dials_SMS")
        seq = self.store.next_id(scope.app_ns, "call", start=142877)
        call_id = f"{seq}@{7875 + seq % 1000}"
        self.store.put(
            scope.ns,
            "log",
            call_id,
            {
                "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{scope.app_id}/{call_id}")),
                "app_id": scope.app_id,
                "subaccount_id": scope.subaccount_id,
                "call_id": call_id,
                "parent_call_id": None,
                "caller_no": to,
                "api_no": sender,
                "start_time": sent["created_on"],
                "end_time": sent["created_on"],
                "type": "sms",
                "direction": "outbound",
                "hangup_end": None,
                "duration": 0,
                "status": "sent",
                "detection": None,
                "error": None,
                "error_code": None,
                "connect_time_billed": 0,
                "connect_time_sec": 0,
                "origin_api": "Dials_SMS",
                "text_message": body["message"],
                "config": None,
                "sip": None,
                "charge": sent["charge"],
                "service": "programmable_voice",
                "lrn": None,
                "x_start": self.clock.time(),
                "x_end": self.clock.time(),
                "x_hour": hour_of(self.clock.time()),
            },
        )
        return Reply(status=201, body={"call": {"id": call_id, "no": to, "caller_id_no": sender}})

    def window(self, query: dict[str, Any]) -> tuple[float, float, bool]:
        """(end, begin, end inclusive) of a date-filtered listing: by default the last hour up to now. The
        documented end is non-inclusive; the default one, now, takes in what was stored at this very instant
        (nothing exists after now)."""
        now = self.clock.time()
        end = parse_time(query["end_date"]) if query.get("end_date") else now
        begin = parse_time(query["begin_date"]) if query.get("begin_date") else None
        if end is None:
            raise fail(400001, "end_date must be an ISO 8601 date")
        if begin is None:
            if query.get("begin_date"):
                raise fail(400001, "begin_date must be an ISO 8601 date")
            begin = end - 3600
        return end, begin, not query.get("end_date")
