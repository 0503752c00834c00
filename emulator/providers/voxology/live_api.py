"""REST methods on calls: make, list, view, logs, live call actions, conferences, queues, recordings."""

from __future__ import annotations

from typing import Any

from ...core.provider import ApiCall, Reply
from ...core.store import Document
from .engine import CallFlowEngine
from .errors import fail
from .messages import MessagesApi
from .tenancy import Scope, iso_ts, parse_time, public

NO_CONTENT = Reply(status=204, body=None, media_type=None)


def audio(message: Any) -> list[str]:
    if message is None:
        return []
    return [message] if isinstance(message, str) else list(message)


def _duration(view: Document | None) -> Document | None:
    return None if view is None else {"id": view["id"], "connected_time": view["connected_time"]}


class LiveApi(CallFlowEngine, MessagesApi):
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
        self.ring(scope, placed)
        self.run(scope, placed)
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
        end, begin = self.window(q)
        logs = []
        for log in self.store.list(scope.ns, "log"):
            if not begin <= log["x_start"] < end:
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
        found["x_flow"]["waiting"] = {
            "kind": "rest_collect",
            "callback": call.body["callback"],
            "num_digits": call.body.get("num_digits", 1),
            "finish_on_key": call.body.get("finish_on_key", "#"),
        }
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

    # --- conferences -----------------------------------------------------------------------------

    def list_conferences(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        return Reply(
            body={"conferences": [self.conference_view(c) for c in self.store.list(scope.ns, "conference")]}
        )

    def view_conference(self, call: ApiCall) -> Reply:
        conference = self.conference_by_id(self.scope(call), call.path_params["conf_id"])
        if conference is None:
            raise fail(404701)
        return Reply(body=self.conference_view(conference))

    def view_participant(self, call: ApiCall) -> Reply:
        conference = self.conference_by_id(self.scope(call), call.path_params["conf_id"])
        if conference is None:
            raise fail(404701)
        view = self.conference_view(conference)
        found = [p for p in view["participants"] if p["id"] == call.path_params["part_id"]]
        if not found:
            raise fail(404702)
        return Reply(body={"participants": found})

    def join_conference(self, call: ApiCall) -> Reply:
        return self.rest_join(call, {})

    def join_conference_to_whisper(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        target = self.find_call(scope, call.body["target_call"]["id"])
        name = call.body["conference_name"]
        if target is None or target["x_conference"] != name:
            raise fail(404702, f"Call {call.body['target_call']['id']} is not in conference {name}")
        for message in audio(call.body["target_call"].get("message")):
            self.heard(target, "MESSAGE", message=message)
        self.save_call(scope, target)
        return self.rest_join(call, {"whisper_to": target["id"], "join_muted": False})

    def rest_join(self, call: ApiCall, extra: dict[str, Any]) -> Reply:
        scope, found = self.answered(call)
        body = call.body
        for message in audio(body.get("message")):
            self.heard(found, "MESSAGE", message=message)
        options = {"max_participants": body.get("max_participants"), **extra}
        if self.join(scope, found, body["conference_name"], options) is not None:
            raise fail(400001, f"Conference {body['conference_name']} is full")
        found["x_flow"]["waiting"] = {"kind": "conference"}
        self.save_call(scope, found)
        return NO_CONTENT

    def member(self, call: ApiCall) -> tuple[Scope, Document, str]:
        scope, found = self.answered(call)
        name = call.body["conference_name"]
        if self.conference(scope, name) is None:
            raise fail(404701, f"Conference {name} does not exist")
        if found["x_conference"] != name:
            raise fail(404702, f"Call {found['id']} is not in conference {name}")
        for message in audio(call.body.get("message")):
            self.heard(found, "MESSAGE", message=message)
        return scope, found, name

    def leave_conference(self, call: ApiCall) -> Reply:
        scope, found, _ = self.member(call)
        self.exit_conference(scope, found)
        return NO_CONTENT

    def _participant(self, call: ApiCall, **changes: bool) -> Reply:
        scope, found, name = self.member(call)
        self.set_participant(scope, found, name, **changes)
        self.save_call(scope, found)
        return NO_CONTENT

    def mute_participant(self, call: ApiCall) -> Reply:
        return self._participant(call, muted=True)

    def unmute_participant(self, call: ApiCall) -> Reply:
        return self._participant(call, muted=False)

    def hold_participant(self, call: ApiCall) -> Reply:
        return self._participant(call, on_hold=True)

    def resume_participant(self, call: ApiCall) -> Reply:
        return self._participant(call, on_hold=False)

    # --- queues ----------------------------------------------------------------------------------

    def existing_queue(self, call: ApiCall) -> tuple[Scope, Document]:
        scope = self.scope(call)
        queue = self.queue(scope, call.path_params["queue_name"])
        if queue is None:
            raise fail(404711)
        return scope, queue

    def list_queues(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        return Reply(body={"queues": [self.queue_view(q) for q in self.store.list(scope.ns, "queue")]})

    def view_queue(self, call: ApiCall) -> Reply:
        return Reply(body=self.queue_view(self.existing_queue(call)[1]))

    def list_queued_calls(self, call: ApiCall) -> Reply:
        scope, queue = self.existing_queue(call)
        calls = [self.queued_view(scope, queue, i) for i in range(len(queue["calls"]))]
        holds = [c["hold_time"] for c in calls]
        hold_times = {
            "average": round(sum(holds) / len(holds), 3) if holds else 0,
            "least": min(holds, default=0),
            "greatest": max(holds, default=0),
        }
        return Reply(body={"calls": calls, "queue_name": queue["name"], "hold_times": hold_times})

    def queued_index(self, queue: Document, call_id: str) -> int:
        for index, entry in enumerate(queue["calls"]):
            if entry["call_id"] == call_id:
                return index
        raise fail(404712)

    def view_queued_call(self, call: ApiCall) -> Reply:
        scope, queue = self.existing_queue(call)
        return Reply(
            body=self.queued_view(scope, queue, self.queued_index(queue, call.path_params["call_id"]))
        )

    def peek_queue(self, call: ApiCall) -> Reply:
        scope, queue = self.existing_queue(call)
        if not queue["calls"]:
            raise fail(404713)
        return Reply(body=self.queued_view(scope, queue, 0))

    def poll_queue(self, call: ApiCall) -> Reply:
        scope, queue = self.existing_queue(call)
        if not queue["calls"]:
            raise fail(404713)
        view = self.queued_view(scope, queue, 0)
        polled = self.find_call(scope, view["call"]["id"])
        if polled is not None:
            self.dequeue(scope, polled)
            self.save_call(scope, polled)
        return Reply(body=view)

    def remove_queued_call(self, call: ApiCall) -> Reply:
        scope, queue = self.existing_queue(call)
        self.queued_index(queue, call.path_params["call_id"])
        removed = self.find_call(scope, call.path_params["call_id"])
        if removed is not None:
            self.dequeue(scope, removed)
            self.save_call(scope, removed)
        return NO_CONTENT

    def delete_queue(self, call: ApiCall) -> Reply:
        scope, queue = self.existing_queue(call)
        view = self.queue_view(queue)
        for entry in list(queue["calls"]):
            released = self.find_call(scope, entry["call_id"])
            if released is not None:
                self.dequeue(scope, released)
                self.save_call(scope, released)
        self.store.delete(scope.ns, "queue", queue["name"])
        return Reply(body=view)

    # --- recordings ------------------------------------------------------------------------------

    def _recording(self, call: ApiCall, what: str) -> Reply:
        scope, found = self.answered(call)
        body = call.body or {}
        for message in audio(body.get("pre_message")):
            self.heard(found, "MESSAGE", message=message)
        if not self.recording_action(scope, found, what, body.get("group"), None):
            state = found["x_recording"]["state"] if found["x_recording"] else "not recording"
            raise fail(400001, f"Cannot {what} the recording of call {found['id']}: it is {state}")
        for message in audio(body.get("message")):
            self.heard(found, "MESSAGE", message=message)
        self.save_call(scope, found)
        return NO_CONTENT

    def start_recording(self, call: ApiCall) -> Reply:
        return self._recording(call, "start")

    def pause_recording(self, call: ApiCall) -> Reply:
        return self._recording(call, "pause")

    def resume_recording(self, call: ApiCall) -> Reply:
        return self._recording(call, "resume")

    def stop_recording(self, call: ApiCall) -> Reply:
        return self._recording(call, "stop")

    def list_recordings(self, call: ApiCall) -> Reply:
        scope, q = self.scope(call), call.query
        end = parse_time(q["end_date"]) if q.get("end_date") else self.clock.time()
        begin = parse_time(q["begin_date"]) if q.get("begin_date") else (end or 0) - 3600
        if end is None or begin is None:
            raise fail(400001, "begin_date and end_date must be ISO 8601 dates")
        found = []
        for recording in self.store.list(scope.ns, "recording"):
            if not begin <= recording["x_started"] <= end:
                continue
            if q.get("group") is not None and recording["group"] != q["group"]:
                continue
            if q.get("call_no") is not None and recording["caller_no"] != q["call_no"]:
                continue
            if q.get("call_id") is not None and recording["x_call_id"] != q["call_id"]:
                continue
            if q.get("direction") is not None and recording["x_direction"] != q["direction"]:
                continue
            if q.get("app_id") is not None and q["app_id"] != scope.app_id:
                continue
            if q.get("subaccount_id") is not None and q["subaccount_id"] != scope.subaccount_id:
                continue
            found.append(public(recording))
        return Reply(body={"recordings": found[:1000], "is_truncated": len(found) > 1000})

    def list_call_recordings(self, call: ApiCall) -> Reply:
        scope = self.scope(call)
        found = [
            public(r)
            for r in self.store.list(scope.ns, "recording")
            if r["x_call_id"] == call.path_params["call_id"]
        ]
        return Reply(body={"recordings": found, "is_truncated": False})

    def download_recording(self, call: ApiCall) -> Reply:
        recording = self.store.get(self.scope(call).ns, "recording", call.path_params["id"])
        if recording is None:
            raise fail(404002, f"Recording {call.path_params['id']} was not found")
        fmt = call.path_params["format"]
        header = {"mp3": b"ID3", "wav": b"RIFF", "wavM": b"RIFF", "ogg": b"OggS"}.get(fmt, b"")
        return Reply(
            body=header + bytes(max(0, recording["duration"] // 10)), media_type="application/octet-stream"
        )

    def delete_recording(self, call: ApiCall) -> Reply:
        if not self.store.delete(self.scope(call).ns, "recording", call.path_params["id"]):
            raise fail(404002, f"Recording {call.path_params['id']} was not found")
        return Reply(status=200, body=None, media_type=None)
