"""REST methods on calls: make, list, view, logs and live call actions."""

from __future__ import annotations

from typing import Any

from ...core.provider import ApiCall, Reply
from ...core.store import Document
from .answers import Answers
from .errors import fail
from .messages import MessagesApi
from .tenancy import Scope, iso_ts, public

NO_CONTENT = Reply(status=204, body=None, media_type=None)


def audio(message: Any) -> list[str]:
    if message is None:
        return []
    return [message] if isinstance(message, str) else list(message)


def _duration(view: Document | None) -> Document | None:
    return None if view is None else {"id": view["id"], "connected_time": view["connected_time"]}


class LiveApi(Answers, MessagesApi):
    # --- calls -----------------------------------------------------------------------------------

    def make_call(self, call: ApiCall) -> Reply:
        return self.place_call(self.scope(call), call.body)

    def make_sub_account_call(self, call: ApiCall) -> Reply:
        return self.place_call(self.subaccount_scope(call.principal, call.path_params["id"]), call.body)

    def place_call(self, scope: Scope, body: Document) -> Reply:
        to, caller_id = body["call"]["no"], body["call"]["caller_id_no"]
        identity = self.caller_identity(scope, caller_id)
        if identity is None:
            raise fail(
                403293, f"{caller_id} is neither a routed CallFlows number nor a verified Caller ID here"
            )
        if len(self.live_calls(scope)) >= self.app_settings(scope)["max_live_calls"]:
            raise fail(400378)
        if "usage" in identity:
            identity["usage"] += 1
            kind = (
                "caller_id"
                if "verify_pin" in identity or identity.get("capabilities") == ["voice_outbound"]
                else ("number")
            )
            self.store.put(scope.ns, kind, identity["no"], identity)
        placed = self.new_call(
            scope,
            direction="outbound",
            far_no=to,
            api_no=caller_id,
            config_no=body.get("override_callback_config") or caller_id,
            session_data=body.get("session_data"),
            timeout=body.get("timeout", 50),
            max_call_time=body.get("max_call_time", 86400),
        )
        config = self.config_for(scope, placed["x_config_no"])
        self.dial_out(scope, placed, config["callback"] if config is not None else None)
        return Reply(
            status=201,
            body={
                "call": {"id": placed["id"], "no": to, "caller_id_no": caller_id},
                "inbound_api": body.get("inbound_api", "CallFlows"),
            },
        )

    def list_live_calls(self, call: ApiCall) -> Reply:
        scope, q = self.scope(call), call.query
        views = [self.view(c) for c in self.live_calls(scope)]
        if q.get("filter_on_nos"):
            views = [v for v in views if v["no"] in q["filter_on_nos"].split(",")]
        if q.get("filter_on_call_id_nos"):
            views = [v for v in views if v["caller_id_no"] in q["filter_on_call_id_nos"].split(",")]
        if q.get("min_connected_time") is not None:
            views = [v for v in views if v["connected_time"] >= q["min_connected_time"]]
        if q.get("max_connected_time") is not None:
            views = [v for v in views if v["connected_time"] <= q["max_connected_time"]]
        key = "id" if q.get("sort_by", "connected_time").lower() == "id" else "connected_time"
        views.sort(key=lambda v: v[key], reverse=q.get("sort_order") == "desc")
        views = views[: q.get("max_results", 500)]
        longest = max(views, key=lambda v: v["connected_time"], default=None)
        shortest = min(views, key=lambda v: v["connected_time"], default=None)
        return Reply(
            body={
                "calls": views,
                "longest_call": _duration(longest),
                "shortest_call": _duration(shortest),
                "total_calls": len(views),
            }
        )

    def view_live_call(self, call: ApiCall) -> Reply:
        # Ended calls stay viewable: Voxology keeps them five minutes, then reads the same detail from logs.
        scope = self.scope(call)
        found = self.find_call(scope, call.path_params["call_id"])
        if found is None:
            raise fail(404404)
        return Reply(body=self.view(found))

    def list_call_logs(self, call: ApiCall) -> Reply:
        scope, q = self.scope(call), call.query
        end, begin, end_inclusive = self.window(q)
        logs = []
        for log in sorted(
            self.in_window(scope, "log", begin, end, "x_end"), key=lambda entry: entry["x_start"]
        ):
            if not (begin <= log["x_start"] < end or (end_inclusive and log["x_start"] == end)):
                continue
            if q.get("direction") in ("inbound", "outbound") and log["direction"] != q["direction"]:
                continue
            if q.get("connect_time") is not None and log["connect_time_sec"] < q["connect_time"]:
                continue
            if any(
                q.get(k) is not None and log[k] != q[k] for k in ("type", "service", "caller_no", "api_no")
            ):
                continue
            logs.append(public(log))
        return Reply(
            body={
                "logs": logs[:1000],
                "begin_date": iso_ts(begin),
                "end_date": iso_ts(end),
                "is_truncated": len(logs) > 1000,
                "next_block_uri": None,
            }
        )

    def view_call_log(self, call: ApiCall) -> Reply:
        log = self.store.get(self.scope(call).ns, "log", call.path_params["call_id"])
        if log is None:
            raise fail(404404, "No log for this call ID (it may still be live, or never existed).")
        return Reply(body=public(log))

    def live(self, call: ApiCall) -> tuple[Scope, Document]:
        """The call of the path, which must be live."""
        scope = self.scope(call)
        found = self.find_call(scope, call.path_params["call_id"])
        if found is None or found["status"] not in ("live-queued", "live-ringing", "live-in-progress"):
            raise fail(404404)
        return scope, found

    def answered(self, call: ApiCall) -> tuple[Scope, Document]:
        scope, found = self.live(call)
        if found["status"] != "live-in-progress":
            raise fail(400001, f"Call {found['id']} is {found['status']}, not in progress")
        return scope, found

    def end_call(self, call: ApiCall) -> Reply:
        scope, found = self.live(call)
        self.end(scope, found, "completed", hangup_end="api")
        return NO_CONTENT

    def hang_up_call(self, call: ApiCall) -> Reply:
        scope, found = self.live(call)
        for message in audio((call.body or {}).get("message")):
            self.heard(found, "MESSAGE", message=message)
        self.end(scope, found, "completed", hangup_end="api")
        return NO_CONTENT

    def collect_digits(self, call: ApiCall) -> Reply:
        scope, found = self.answered(call)
        for message in audio(call.body.get("message")):
            self.heard(found, "MESSAGE", message=message)
        waiting = {
            "kind": "rest_collect",
            "callback": call.body["callback"],
            "num_digits": call.body.get("num_digits", 1),
            "finish_on_key": call.body.get("finish_on_key", "#"),
        }
        self.wait(found, waiting)
        self.save_call(scope, found)
        return NO_CONTENT

    def stop_actions(self, call: ApiCall) -> Reply:
        scope, found = self.answered(call)
        self.heard(found, "STOP", actions=(call.body or {}).get("actions", "AUDIO"))
        self.save_call(scope, found)
        return NO_CONTENT

    def leave_voice_mail(self, call: ApiCall) -> Reply:
        scope, found = self.answered(call)
        for message in audio((call.body or {}).get("message")):
            self.heard(found, "VOICEMAIL", message=message)
        found["detection"] = "voicemail"
        self.end(scope, found, "completed", hangup_end="api")
        return NO_CONTENT

    def tell(self, call: ApiCall) -> Reply:
        scope, found = self.answered(call)
        for message in audio(call.body.get("messages", call.body.get("message"))):
            self.heard(found, "MESSAGE", message=message)
        self.save_call(scope, found)
        return NO_CONTENT

    def transfer_call(self, call: ApiCall) -> Reply:
        scope, found = self.answered(call)
        target = call.body["call"]
        for message in audio(call.body.get("message")):
            self.heard(found, "MESSAGE", message=message)
        self.transfer(scope, found, target["no"], target["caller_id_no"], "start", False)
        self.save_call(scope, found)
        return NO_CONTENT

    def inject_actions(self, call: ApiCall) -> Reply:
        scope, found = self.answered(call)
        self.start_actions(scope, found, call.body)
        return NO_CONTENT

    def modify_session_data(self, call: ApiCall) -> Reply:
        scope, found = self.live(call)
        found["session_data"] = call.body
        self.save_call(scope, found)
        return NO_CONTENT
