"""The messaging host: custom channels (login, tokens, events), bot replies, WhatsApp templates."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

import jwt
import orjson

from ...core.errors import ApiError
from ...core.provider import ApiCall, Reply
from ...core.store import Document
from .base import KitBase
from .tenancy import API_ID, DIRECTORY, get_account, kit_time
from .wire import json_field, ok

ACCESS_SECONDS = 15 * 60
CHANNEL_EVENT = "channel_event"  # the outbox kind of what Kit posts to a custom channel
REFRESH_SECONDS = 24 * 60 * 60


class MessagingHandlers(KitBase):
    def _tokens(self, account: Document, channel_uuid: str) -> dict[str, str]:
        now = self.clock.time()
        access = jwt.encode(
            {
                "sub": channel_uuid,
                "domain": account["domain"],
                "iat": int(now),
                "exp": int(now) + ACCESS_SECONDS,
                "jti": secrets.token_hex(8),
            },
            account["jwt_secret"],
            algorithm="HS256",
        )
        refresh = secrets.token_hex(24)
        self.store.put(
            DIRECTORY,
            "refresh_token",
            refresh,
            {
                "token": refresh,
                "domain": account["domain"],
                "channel_uuid": channel_uuid,
                "expires_at": now + REFRESH_SECONDS,
            },
        )
        return {"access_token": access, "refresh_token": refresh}

    def login(self, call: ApiCall) -> Reply:
        channel_uuid = call.body["channel_uuid"].lower()
        self.entity(call, "channel", channel_uuid, "Channel")
        return ok(self._tokens(self.account(call), channel_uuid))

    def refresh_token(self, call: ApiCall) -> Reply:
        entry = self.store.get(DIRECTORY, "refresh_token", call.body["refresh_token"])
        if entry is None or entry["expires_at"] <= self.clock.time():
            raise ApiError(401, "Invalid or expired refresh token")
        self.store.delete(DIRECTORY, "refresh_token", entry["token"])
        account = get_account(self.store, entry["domain"])
        if account is None:
            raise ApiError(401, "Invalid or expired refresh token")
        return ok(self._tokens(account, entry["channel_uuid"]))

    def _conversation(self, conversation_uuid: str, domain: str | None = None) -> Document:
        conversation = self.store.get(DIRECTORY, "conversation", conversation_uuid.lower())
        if conversation is None or (domain is not None and conversation["domain"] != domain):
            raise ApiError(404, f"Conversation {conversation_uuid} not found")
        return conversation

    def _open(self, domain: str, channel: str, client_id: str) -> Document:
        for conversation in self.store.find(
            DIRECTORY, "conversation", "_client_key", _client_key(domain, channel, client_id)
        ):
            return conversation
        return {
            "uuid": str(uuid.uuid4()),
            "domain": domain,
            "channel": channel,
            "client_id": client_id,
            "messages": [],
            "outbox": [],
        }

    def _save_conversation(self, conversation: Document) -> None:
        conversation["_client_key"] = _client_key(
            conversation["domain"], conversation["channel"], conversation["client_id"]
        )
        self.store.put(DIRECTORY, "conversation", conversation["uuid"], conversation)

    def send_event(self, call: ApiCall) -> Reply:
        channel_uuid = call.path_params["channel_uuid"].lower()
        if call.principal["channel_uuid"] != channel_uuid:
            raise ApiError(403, "The token was issued for another channel")
        self.entity(call, "channel", channel_uuid, "Channel")
        event = call.body
        conversation = self._open(
            self.account(call)["domain"], channel_uuid, event["client_data"]["client_id"]
        )
        if all(m.get("event_id") != event["event_id"] for m in conversation["messages"]):
            message = event["event_data"]["message"]
            conversation["messages"].append(
                {
                    "direction": "in",
                    "event_id": event["event_id"],
                    "text": message.get("text"),
                    "payload": message.get("payload", []),
                    "at": kit_time(self.now()),
                }
            )
            conversation["client_data"] = event["client_data"]
        self._save_conversation(conversation)
        return ok(True)

    def _reply(
        self, conversation: Document, sender: dict[str, Any], text: str | None, payload: list[Any]
    ) -> None:
        message_id = str(uuid.uuid4())
        conversation["messages"].append(
            {
                "direction": "out",
                "message_id": message_id,
                "sender": sender,
                "text": text,
                "payload": payload,
                "at": kit_time(self.now()),
            }
        )
        domain = conversation["domain"]
        channel = self.store.get(f"{DIRECTORY}/{domain}", "channel", conversation["channel"])
        if channel is not None:
            # What Kit posts to the custom channel's callback URL for this message, kept on the
            # conversation and sent through the outbox.
            event = {
                "client_data": {"client_id": conversation["client_id"]},
                "event_id": str(uuid.uuid4()),
                "event_type": "send_message",
                "event_data": {
                    "sender_data": sender,
                    "message": {"message_id": message_id, "text": text, "payload": payload},
                },
            }
            conversation["outbox"].append(event)
            if channel.get("callback_url"):
                self.env.outbox.send(
                    api=API_ID,
                    tenant=domain,
                    kind=CHANNEL_EVENT,
                    url=str(channel["callback_url"]),
                    content=orjson.dumps(event),
                    content_type="application/json",
                    payload=event,
                    refs={"conversation_uuid": conversation["uuid"], "event_id": event["event_id"]},
                )
        self._save_conversation(conversation)

    def send_response(self, call: ApiCall) -> Reply:
        conversation = self._conversation(call.query["conversation_uuid"])
        body = call.body
        sender = {
            "sender_id": 0,
            "sender_username": "bot",
            "sender_display_name": "Bot",
            "sender_type": "bot",
            "is_bot": True,
        }
        if body.get("variables"):
            conversation.setdefault("variables", {}).update(body["variables"])
        self._reply(conversation, sender, body.get("text"), body.get("payload", []))
        return ok(True)

    def send_template_message(self, call: ApiCall) -> Reply:
        channel = self.entity(call, "wa_channel", call.body["channel_id"], "WhatsApp channel")
        template = call.body["message_template_id"]
        if template not in channel["templates"]:
            raise ApiError(404, f"Template {template} not found in channel {channel['id']}")
        values = json_field(call, "text_param_values", [])
        variables = json_field(call, "variables", {})
        if call.body.get("user_id") is not None:
            self.entity(call, "user", call.body["user_id"], "User")
        conversation = self._open(self.account(call)["domain"], f"wa:{channel['id']}", call.body["client_id"])
        conversation.setdefault("variables", {}).update(variables)
        text = channel["templates"][template]
        for index, value in enumerate(values, start=1):
            text = text.replace(f"{{{{{index}}}}}", value)
        sender = {
            "sender_id": 0,
            "sender_username": "api",
            "sender_display_name": "API",
            "sender_type": "agent",
            "is_bot": False,
        }
        self._reply(conversation, sender, text, [])
        request_id = self.store.next_id(self.ns(call), "incoming_request")
        return ok(
            {
                "conversation_uuid": conversation["uuid"],
                "incoming_request_id": request_id,
                "message_uuid": conversation["messages"][-1]["message_id"],
            }
        )

    def bot_service_send_message(self, call: ApiCall) -> Reply:
        conversation = self._conversation(call.body["conversation_uuid"], self.account(call)["domain"])
        payload = json_field(call, "payload", [])
        sender = {
            "sender_id": self.user_id(call),
            "sender_username": "api",
            "sender_display_name": "API",
            "sender_type": "agent",
            "is_bot": False,
        }
        self._reply(conversation, sender, call.body.get("text"), payload)
        return ok(True)


def _client_key(domain: str, channel: str, client_id: str) -> str:
    """One conversation per account, channel and client: the key it is found by."""
    return f"{domain}/{channel}/{client_id}"
