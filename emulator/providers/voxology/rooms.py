"""Conferences and queues: where calls wait together, and what happens when they leave."""

from __future__ import annotations

from typing import Any

from ...core.store import Document
from .callbacks import Callbacks
from .tenancy import Scope, iso_ts

KEY_CONTROLS = ("mute_on_key", "unmute_on_key", "exit_on_key")


class Rooms(Callbacks):
    def resume(self, scope: Scope, call: Document) -> None:
        """Overridden by the call flow engine: a call let go of continues its call flow."""

    # --- conferences -----------------------------------------------------------------------------

    def conference(self, scope: Scope, name: str) -> Document | None:
        return self.store.get(scope.ns, "conference", name)

    def conference_by_id(self, scope: Scope, conf_id: str) -> Document | None:
        found = self.store.find(scope.ns, "conference", "id", conf_id)
        return found[0] if found else None

    def join(self, scope: Scope, call: Document, name: str, options: dict[str, Any]) -> str | None:
        """Put the call in the conference (created on first join); the error event name when it cannot."""
        conference = self.conference(scope, name)
        if conference is None:
            seq = self.store.next_id(scope.ns, "conference")
            conference = {
                "id": f"CF{seq:06d}",
                "name": name,
                "status": "in-progress",
                "participants": [],
                "x_max": None,
            }
        limit = options.get("max_participants")
        if limit is not None and len(conference["participants"]) >= limit:
            return "on_enter_error_max_participants"
        if call["x_conference"] is not None and call["x_conference"] != name:
            self.exit_conference(scope, call, resume=False)
        seq = self.store.next_id(scope.ns, "participant")
        hold_on_join = bool(options.get("hold_on_join", False))
        participant = {
            "id": f"PA{seq:06d}",
            "call": {"id": call["id"], "no": call["no"]},
            "muted": bool(options.get("join_muted", False)),
            "on_hold": hold_on_join,
            "start_on_join": bool(options.get("start_on_join", True)),
            "hold_on_join": hold_on_join,
            "end_on_exit": bool(options.get("end_on_exit", False)),
            "hold_on_exit": bool(options.get("hold_on_exit", False)),
            "x_whisper_to": options.get("whisper_to"),
            # The key combinations the participant may press ("off": none).
            "x_keys": {name: str(options.get(name) or "off") for name in KEY_CONTROLS},
        }
        conference["participants"] = [p for p in conference["participants"] if p["call"]["id"] != call["id"]]
        conference["participants"].append(participant)
        if participant["start_on_join"] and not hold_on_join:
            for other in conference["participants"]:
                if other["hold_on_join"]:
                    other["on_hold"] = False
        conference["status"] = (
            "in-progress" if any(not p["on_hold"] for p in conference["participants"]) else ("on-hold")
        )
        self.store.put(scope.ns, "conference", name, conference)
        call["x_conference"] = name
        return None

    def conference_view(self, conference: Document) -> Document:
        participants = [
            {k: v for k, v in p.items() if not k.startswith("x_")} for p in conference["participants"]
        ]
        return {
            "id": conference["id"],
            "name": conference["name"],
            "status": conference["status"],
            "num_participants": len(participants),
            "participants": participants,
        }

    def exit_conference(self, scope: Scope, call: Document, *, resume: bool = True) -> None:
        name = call["x_conference"]
        if name is None:
            return
        call["x_conference"] = None
        conference = self.conference(scope, name)
        if conference is None:
            return
        leaving = next((p for p in conference["participants"] if p["call"]["id"] == call["id"]), None)
        conference["participants"] = [p for p in conference["participants"] if p["call"]["id"] != call["id"]]
        if leaving is not None and leaving["end_on_exit"]:
            others = conference["participants"]
            conference["participants"] = []
            self.store.delete(scope.ns, "conference", name)
            for other in others:  # the conference ends: everybody resumes their call flow
                other_call = self.find_call(scope, other["call"]["id"])
                if other_call is not None:
                    other_call["x_conference"] = None
                    self.resume(scope, other_call)
                    self.save_call(scope, other_call)
        elif not conference["participants"]:
            self.store.delete(scope.ns, "conference", name)
        else:
            if leaving is not None and leaving["hold_on_exit"]:
                for other in conference["participants"]:
                    other["on_hold"] = True
                conference["status"] = "on-hold"
            self.store.put(scope.ns, "conference", name, conference)
        if resume:
            self.resume(scope, call)

    def set_participant(self, scope: Scope, call: Document, name: str, **changes: bool) -> bool:
        conference = self.conference(scope, name)
        if conference is None:
            return False
        for participant in conference["participants"]:
            if participant["call"]["id"] == call["id"]:
                participant.update(changes)
                conference["status"] = (
                    "in-progress" if any(not p["on_hold"] for p in conference["participants"]) else "on-hold"
                )
                self.store.put(scope.ns, "conference", name, conference)
                return True
        return False

    # --- queues ----------------------------------------------------------------------------------

    def queue(self, scope: Scope, name: str) -> Document | None:
        return self.store.get(scope.ns, "queue", name)

    def offer(self, scope: Scope, call: Document, name: str, max_calls: float | None) -> str | None:
        queue = self.queue(scope, name) or {"name": name, "calls": [], "x_waited": []}
        if max_calls is not None and len(queue["calls"]) >= max_calls:
            return "on_enter_error_max_calls"
        if call["x_queue"] is not None and call["x_queue"] != name:
            self.dequeue(scope, call, resume=False)
        if all(entry["call_id"] != call["id"] for entry in queue["calls"]):
            queue["calls"].append({"call_id": call["id"], "queued_on": self.clock.time()})
        self.store.put(scope.ns, "queue", name, queue)
        call["x_queue"] = name
        return None

    def dequeue(self, scope: Scope, call: Document, *, resume: bool = True) -> None:
        name = call["x_queue"]
        if name is None:
            return
        call["x_queue"] = None
        queue = self.queue(scope, name)
        if queue is not None:
            for entry in queue["calls"]:
                if entry["call_id"] == call["id"]:
                    queue["x_waited"] = (
                        [*queue.get("x_waited", []), self.clock.time() - entry["queued_on"]]
                    )[-50:]
            queue["calls"] = [entry for entry in queue["calls"] if entry["call_id"] != call["id"]]
            self.store.put(scope.ns, "queue", name, queue)
        if resume:
            self.resume(scope, call)

    def queued_view(self, scope: Scope, queue: Document, index: int) -> Document:
        entry = queue["calls"][index]
        call = self.store.get(scope.ns, "call", entry["call_id"]) or {}
        return {
            "call": {
                "id": entry["call_id"],
                "no": call.get("no", ""),
                "caller_id_no": call.get("caller_id_no", ""),
            },
            "queued_on": iso_ts(entry["queued_on"]),
            "hold_time": round(self.clock.time() - entry["queued_on"], 3),
            "position": index + 1,
        }

    def queue_view(self, queue: Document) -> Document:
        waited = queue.get("x_waited") or []
        estimated = round(sum(waited) / len(waited), 3) if waited else 0
        return {"name": queue["name"], "hold_times": {"estimated": estimated}}

    def leave_everything(self, scope: Scope, call: Document) -> None:
        self.exit_conference(scope, call, resume=False)
        self.dequeue(scope, call, resume=False)
        partner_id = call["x_bridged_to"]
        call["x_bridged_to"] = None
        partner = self.find_call(scope, partner_id) if partner_id else None
        if partner is None or partner["status"] != "live-in-progress":
            return
        partner["x_bridged_to"] = None
        if partner["x_parent_call_id"] == call["id"]:
            self.end(scope, partner, "completed", hangup_end="caller")  # a transfer leg ends with its caller
        else:
            self.resume(scope, partner)  # the transferred caller goes on with its call flow
        self.save_call(scope, partner)
