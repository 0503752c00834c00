"""CCAI Platform Apps API behaviour: calls, SMS, wait times, CRM data, bulk users, Do-Not-Call."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from starlette.routing import BaseRoute

from ...core.auth import parse_basic, secrets_match
from ...core.errors import ApiError
from ...core.provider import ApiCall, Provider, Reply, RequestView
from ...core.ratelimit import RateLimit
from ...core.store import Document
from . import bulk_users, phones
from .calls import CALL_TYPES, agent_info, menu_path, menu_summary, new_call, participant
from .control import control_routes
from .demo import seed_demo
from .tenancy import API_ID, get_customer, iso, namespace

_UNAUTHORIZED = {"WWW-Authenticate": 'Basic realm="CCAI Platform Apps API"'}
_DNC_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S %Z", "%Y-%m-%d %H:%M:%S.%f %z", "%Y-%m-%d %H:%M:%S %z")


class CcaiPlatformProvider(Provider):
    api_id = API_ID

    # --- protocol hooks ------------------------------------------------------------------------

    def authenticate(self, request: RequestView) -> Any:
        credentials = parse_basic(request.headers.get("authorization"))
        if credentials is None:
            raise ApiError(401, "Unauthorized: HTTP Basic credentials are required", headers=_UNAUTHORIZED)
        subdomain, token = credentials
        customer = get_customer(self.store, subdomain)
        if customer is None or not secrets_match(token, customer["token"]):
            raise ApiError(401, "Unauthorized: unknown subdomain or wrong API token", headers=_UNAUTHORIZED)
        return customer

    def rate_limit(self, principal: Any) -> tuple[str, RateLimit] | None:
        return f"{API_ID}/{principal['subdomain']}", RateLimit(requests=1, per_seconds=1.0)

    def seed_demo(self) -> None:
        seed_demo(self.store)

    def control_routes(self) -> list[BaseRoute]:
        return control_routes(self)

    # --- helpers -------------------------------------------------------------------------------

    def _ns(self, call: ApiCall) -> str:
        return namespace(call.principal["subdomain"])

    def _settings(self, call: ApiCall) -> dict[str, Any]:
        settings: dict[str, Any] = call.principal["settings"]
        return settings

    def _next_id(self, ns: str, kind: str) -> int:
        return self.store.next_id(ns, kind)

    def _menu_chain(self, ns: str, menu: Document) -> list[int]:
        chain = [menu["id"]]
        parent = menu.get("parent_id")
        while parent is not None and len(chain) < 32:
            chain.insert(0, parent)
            found = self.store.get(ns, "menu", str(parent))
            parent = found.get("parent_id") if found else None
        return chain

    def _end_user(self, ns: str, number: str | None, ticket: Document | None) -> Document:
        """The end user behind a ticket or a number, created on first contact."""
        key = f"ticket:{ticket['ticket_id']}" if ticket else f"number:{phones.digits(number or '')}"
        found = self.store.get(ns, "end_user", key)
        if found is None:
            found = {
                "id": self._next_id(ns, "end_user"),
                "identifier": None,
                "out_contact_id": ticket.get("out_contact_id") if ticket else None,
                "phone_number": ticket["end_user_number"] if ticket else number,
            }
            self.store.put(ns, "end_user", key, found)
        return found

    def _on_dnc(self, ns: str, number: str) -> bool:
        entry = self.store.get(ns, "dnc", phones.digits(number))
        return entry is not None and not self._dnc_expired(entry)

    def _dnc_expired(self, entry: Document) -> bool:
        expires = entry.get("expires_ts")
        return expires is not None and expires <= self.clock.time()

    def _ticket(self, ns: str, ticket_id: Any) -> Document | None:
        return self.store.get(ns, "ticket", str(ticket_id))

    def _language(self, call: ApiCall, lang: str, menu: Document) -> None:
        if lang not in self._settings(call)["languages"]:
            raise ApiError(400, "Language is not found")
        if lang not in menu.get("languages", []):
            raise ApiError(400, "Language is not available")

    def _menu(self, ns: str, menu_id: Any, allowed: tuple[str, ...], refusal: str) -> Document:
        menu = self.store.get(ns, "menu", str(menu_id))
        if menu is None:
            raise ApiError(400, "menu_id is not found")
        if menu["menu_type"] not in allowed:
            raise ApiError(400, refusal)
        if menu.get("state") == "after_hours":
            raise ApiError(400, "Menu is in 'after hours' state, can't accept incoming calls")
        if menu.get("state") == "manual_redirection":
            raise ApiError(400, "Menu is in 'manual redirection' state, can't accept calls")
        return menu

    def _save_call(self, ns: str, record: Document) -> Reply:
        self.store.put(ns, "call", str(record["id"]), record)
        return Reply(status=201, body=record)

    # --- Calls ---------------------------------------------------------------------------------

    def create_call(self, call: ApiCall) -> Reply:
        body = call.body
        kind = CALL_TYPES[body["call_type"]]
        if kind == "Voice Outbound (API)":
            return self._outbound_call(call)
        if kind == "Voice Inbound (API)":
            return self._incoming_call(call)
        return self._scheduled_call(call)

    def _outbound_call(self, call: ApiCall) -> Reply:
        ns, body, now = self._ns(call), call.body, self.clock.now()
        agent = self.store.get(ns, "agent", body["agent_email"].lower())
        if agent is None:
            raise ApiError(400, "Not a valid agent email")
        if not agent.get("can_make_calls", True):
            raise ApiError(400, "Agent does not have access to make calls")
        if agent.get("status") != "available":
            raise ApiError(400, "Agent is not available to take this call")
        ticket = None
        if body.get("ticket_id") is not None:  # the ticket wins over end_user_number
            ticket = self._ticket(ns, body["ticket_id"])
            if ticket is None:
                raise ApiError(400, "Contact not found")
            number = ticket["end_user_number"]
        else:
            number = body["end_user_number"]
            if not phones.is_well_formed(number):
                raise ApiError(400, "end_user_number is not well-formed")
            if self._settings(call)["require_ticket_for_outbound"]:
                return Reply(status=202)  # the agent's widget asks for a ticket first
        if self._on_dnc(ns, number):
            raise ApiError(400, "end_user_number is on the Company Do Not Call list")
        outbound = self._outbound_number(ns, body.get("outbound_number"))
        if outbound is None:
            return Reply(status=202)  # several numbers and no default: the widget asks the agent

        record = new_call(
            self._next_id(ns, "call"), "Voice Outbound (API)", "assigned", body.get("lang", "en"), now
        )
        record["assigned_at"] = iso(now)
        record["agent_info"] = agent_info(agent)
        record["outbound_number"] = outbound
        end_user = self._end_user(ns, number, ticket) if ticket else None
        if ticket:
            record["out_ticket_id"] = str(ticket["ticket_id"])
            record["end_user"] = _public_end_user(end_user)
        record["participants"] = [
            participant(self._next_id(ns, "participant"), record["id"], "agent", user_id=agent["id"]),
            participant(
                self._next_id(ns, "participant"),
                record["id"],
                "end_user",
                end_user_id=end_user["id"] if end_user else None,
            ),
        ]
        return self._save_call(ns, record)

    def _outbound_number(self, ns: str, requested: str | None) -> str | None:
        numbers = self.store.list(ns, "outbound_number")
        if requested:
            return requested
        defaults = [n for n in numbers if n.get("default")]
        if defaults:
            return str(defaults[0]["number"])
        if len(numbers) == 1:
            return str(numbers[0]["number"])
        return None

    def _incoming_call(self, call: ApiCall) -> Reply:
        ns, body, now = self._ns(call), call.body, self.clock.now()
        lang = body.get("lang", "en")
        ticket = self._ticket(ns, body["ticket_id"]) if body.get("ticket_id") is not None else None
        number = ticket["end_user_number"] if ticket else body["end_user_number"]
        if not phones.is_well_formed(number):
            raise ApiError(400, "end_user_number is not well formed")
        menu = self._menu(
            ns, body["menu_id"], ("ivr_menu", "web_menu"), "Only IVR and web menu IDs are permitted"
        )
        self._language(call, lang, menu)
        record = new_call(self._next_id(ns, "call"), "Voice Inbound (API)", "queued", lang, now)
        record["queued_at"] = iso(now)
        self._attach_menu(ns, record, menu, now)
        record["outbound_number"] = self._default_outbound(ns, body.get("outbound_number"))
        return self._finish_customer_call(ns, record, number, ticket)

    def _scheduled_call(self, call: ApiCall) -> Reply:
        ns, body, now = self._ns(call), call.body, self.clock.now()
        lang = body.get("lang", "en")
        parent = None
        if body.get("call_id") is not None:
            parent = self.store.get(ns, "call", str(body["call_id"]))
            if parent is None:
                raise ApiError(400, "call_id is not found")
        ticket = self._ticket(ns, body["ticket_id"]) if body.get("ticket_id") is not None else None
        number = ticket["end_user_number"] if ticket else body["end_user_number"]
        if not phones.is_well_formed(number):
            raise ApiError(400, "end_user_number is not well formed")
        scheduled_at = datetime.fromisoformat(body["scheduled_at"].replace("Z", "+00:00"))
        if scheduled_at.tzinfo is None or scheduled_at <= now:
            raise ApiError(400, "scheduled_at must be a valid future time")
        if self._on_dnc(ns, number):
            raise ApiError(400, "end_user_number is on the Company Do Not Call list")
        menu_id = body.get("menu_id")
        if menu_id is None and parent is not None and parent.get("selected_menu"):
            menu_id = parent["selected_menu"]["id"]
        if menu_id is None:
            raise ApiError(400, "menu_id is required")
        menu = self._menu(
            ns, menu_id, ("mobile_menu", "web_menu"), "Only mobile and web menu IDs are permitted"
        )
        self._language(call, lang, menu)
        record = new_call(self._next_id(ns, "call"), "Voice Scheduled (API)", "scheduled", lang, now)
        record["scheduled_at"] = iso(scheduled_at)
        record["parent_id"] = parent["id"] if parent else None
        self._attach_menu(ns, record, menu, now)
        record["outbound_number"] = self._default_outbound(ns, None)
        return self._finish_customer_call(ns, record, number, ticket)

    def _attach_menu(self, ns: str, record: Document, menu: Document, now: datetime) -> None:
        record["selected_menu"] = menu_summary(menu)
        record["menu_path"] = menu_path(menu, self._menu_chain(ns, menu))
        record["offer_type"] = "cascade"
        record["offer_events"] = [{"casting_time": iso(now), "group": "Group 1"}]

    def _default_outbound(self, ns: str, requested: str | None) -> str | None:
        numbers = {phones.digits(n["number"]): n["number"] for n in self.store.list(ns, "outbound_number")}
        if requested and phones.digits(requested) in numbers:
            return requested
        # An unknown or missing number falls back to the default, as documented for incoming calls.
        defaults = [n["number"] for n in self.store.list(ns, "outbound_number") if n.get("default")]
        return defaults[0] if defaults else next(iter(numbers.values()), None)

    def _finish_customer_call(self, ns: str, record: Document, number: str, ticket: Document | None) -> Reply:
        end_user = self._end_user(ns, number, ticket)
        record["end_user"] = _public_end_user(end_user)
        if ticket:
            record["out_ticket_id"] = str(ticket["ticket_id"])
        record["participants"] = [
            participant(
                self._next_id(ns, "participant"), record["id"], "end_user", end_user_id=end_user["id"]
            )
        ]
        return self._save_call(ns, record)

    # --- SMS -----------------------------------------------------------------------------------

    def create_sms(self, call: ApiCall) -> Reply:
        ns, body, now = self._ns(call), call.body, self.clock.now()
        settings = self._settings(call)
        if not settings["sms_enabled"]:
            raise ApiError(400, "SMS is not enabled")
        if not settings["outbound_sms_enabled"]:
            raise ApiError(400, "Outbound SMS is not enabled")
        number = body["end_user_number"]
        if not phones.is_well_formed(number):
            raise ApiError(400, "end_user_number is invalid")
        if not phones.is_us(number):
            raise ApiError(400, "Non-US phone number not allowed")
        outbound = body["outbound_number"]
        if not phones.is_well_formed(outbound):
            raise ApiError(400, "outbound_number is invalid")
        managed = {phones.digits(n["number"]) for n in self.store.list(ns, "outbound_number")}
        if phones.digits(outbound) not in managed:
            raise ApiError(400, "outbound_number is not found")
        end_user = self._end_user(ns, number, None)
        active = [
            c
            for c in self.store.list(ns, "chat")
            if c["end_user"]["id"] == end_user["id"] and c["ends_at"] is None
        ]
        if active:
            raise ApiError(400, "Outbound SMS failed. Consumer is already in an active SMS session.")
        chat_id = self._next_id(ns, "chat")
        chat = {
            "id": chat_id,
            "lang": "en",
            "chat_type": body["chat_type"],
            "status": "selecting",
            "created_at": iso(now),
            "queued_at": None,
            "assigned_at": None,
            "ends_at": None,
            "wait_duration": 0,
            "chat_duration": 0,
            "rating": None,
            "has_feedback": False,
            "out_ticket_id": body.get("ticket_id"),
            "out_ticket_url": None,
            "verified": False,
            "disconnected_by": "disconnected_by_unknown",
            "fail_reason": None,
            "selected_menu": None,
            "menu_path": None,
            "agent_info": None,
            "end_user": _public_end_user(end_user),
            "photos": [],
            "videos": [],
            "transfers": [],
            "participants": [
                {
                    "id": self._next_id(ns, "participant"),
                    "type": "end_user",
                    "status": "connected",
                    "chat_id": chat_id,
                    "user_id": None,
                    "end_user_id": end_user["id"],
                    "chat_duration": None,
                    "connected_at": iso(now),
                    "ended_at": None,
                    "fail_reason": "nothing",
                }
            ],
            "offer_type": None,
            "offer_events": [],
            "answer_type": "manual",
            "outbound_number": phones.e164(outbound),
        }
        self.store.put(ns, "chat", str(chat_id), chat)
        self.store.put(
            ns,
            "sms",
            str(chat_id),
            {
                "chat_id": chat_id,
                "to": number,
                "from": outbound,
                "message": body["message"],
                "ticket_id": body.get("ticket_id"),
                "sent_at": iso(now),
            },
        )
        return Reply(status=200, body=chat)

    # --- Wait times ----------------------------------------------------------------------------

    def get_wait_times(self, call: ApiCall) -> Reply:
        ns, query = self._ns(call), call.query
        menus = self.store.list(ns, "menu")
        if "menu_id" in query:
            root = query["menu_id"]
            menus = [m for m in menus if root in self._menu_chain(ns, m)]
        lang = query["lang"]
        channels = [query["channel_type"]] if "channel_type" in query else ["chat", "voice_call"]
        low, high = query.get("wait[from]"), query.get("wait[to]")
        result = []
        for menu in menus:
            if lang not in menu.get("languages", []):
                continue
            if "menu_type" in query and menu["menu_type"] != query["menu_type"]:
                continue
            entry: dict[str, Any] = {"menu_id": menu["id"], "menu_type": menu["menu_type"]}
            for channel in channels:
                wait = menu.get("wait_times", {}).get(channel)
                if wait is None or (low is not None and wait <= low) or (high is not None and wait >= high):
                    continue
                entry[channel] = wait
            if len(entry) == 2:
                continue  # no channel of this menu has a wait in range
            entry["materialized_path"] = menu["name"]
            result.append(entry)
        return Reply(body=result)

    # --- CRM -----------------------------------------------------------------------------------

    def post_crm_contact_data(self, call: ApiCall) -> Reply:
        ns = self._ns(call)
        key = self._next_id(ns, "contact_data")
        self.store.put(ns, "contact_data", str(key), {"received_at": iso(self.clock.now()), **call.body})
        return Reply(status=200)

    # --- Bulk users ----------------------------------------------------------------------------

    def get_bulk_user_template(self, call: ApiCall) -> Reply:
        settings = self._settings(call)
        users = self.store.list(self._ns(call), "user")
        examples = users[:2] or [
            {"email": "user1@somedomain.com", "first_name": "James", "last_name": "Bond"}
        ]
        rows = []
        for user in examples:
            rows.append(
                {
                    "email": user["email"],
                    "new_email": user["email"],
                    "agent_number": user.get("agent_number") or "A-001",
                    "first_name": user["first_name"],
                    "last_name": user["last_name"],
                    "status": user.get("status") or "Active",
                    "location": user.get("location") or settings["locations"][0],
                    "max_chat_limit": str(min(2, settings["max_chat_limit"])),
                    "max_chat_limit_enabled": "0",
                    "roles": [
                        {"name": r, "value": int(r in user.get("roles", []))} for r in settings["roles"]
                    ],
                    "teams": [
                        {"name": t, "value": int(t in user.get("teams", []))} for t in settings["teams"]
                    ],
                }
            )
        return Reply(body=rows)

    def _job(self, call: ApiCall, job_id: Any) -> Document:
        job = self.store.get(self._ns(call), "bulk_job", str(job_id))
        if job is None:
            raise ApiError(404, "Not Found")
        return self._run_worker(call, job)

    def _run_worker(self, call: ApiCall, job: Document) -> Document:
        """Advance a job as far as the worker has got by now (the worker is asynchronous at CCAI)."""
        ns, settings, now = self._ns(call), self._settings(call), self.clock.time()
        delay = float(settings["bulk_job_delay_seconds"])
        if job["status"] == "created" and now >= job["x_uploaded_ts"] + delay:
            rows, unreadable = bulk_users.parse_rows(bytes.fromhex(job["x_file"]))
            problems = (
                [{"message": unreadable, "column": None, "row": 0}]
                if rows is None
                else bulk_users.scheme_errors(rows, settings)
            )
            job["x_scheme_errors"] = problems
            job["scheme_errors"] = [p["message"] for p in problems]
            job["total_rows"] = len(rows or [])
            job["status"] = "invalid_scheme" if problems else "valid_scheme"
        if job["status"] == "in_progress" and now >= job["x_proceed_ts"] + delay:
            rows, _ = bulk_users.parse_rows(bytes.fromhex(job["x_file"]))
            users = {u["email"].lower(): u for u in self.store.list(ns, "user")}
            before = set(users)
            affected, failed, errors = bulk_users.apply_rows(rows or [], users, settings)
            for gone in before - set(users):
                self.store.delete(ns, "user", gone)
            for key, user in users.items():
                self.store.put(ns, "user", key, user)
            job.update(affected_rows=affected, failed_rows=failed, status="finished")
            job["x_update_errors"] = errors
            job["update_errors"] = [e["message"] for e in errors]
        self.store.put(ns, "bulk_job", str(job["id"]), job)
        return job

    def list_bulk_user_jobs(self, call: ApiCall) -> Reply:
        jobs = [self._run_worker(call, job) for job in self.store.list(self._ns(call), "bulk_job")]
        return Reply(body=[_public(job) for job in reversed(jobs)])

    def get_bulk_user_job(self, call: ApiCall) -> Reply:
        return Reply(body=_public(self._job(call, call.path_params["job_id"])))

    def _store_upload(self, call: ApiCall, job: Document) -> Reply:
        upload = call.files.get("file")
        if upload is None:
            raise ApiError(400, "file is required")
        job.update(
            filename=upload.filename,
            status="created",
            total_rows=0,
            affected_rows=0,
            failed_rows=0,
            scheme_errors=[],
            update_errors=[],
            x_file=upload.data.hex(),
            x_uploaded_ts=self.clock.time(),
            x_scheme_errors=[],
            x_update_errors=[],
        )
        self.store.put(self._ns(call), "bulk_job", str(job["id"]), job)
        return Reply(body=_job_link(call, job))

    def upload_bulk_users(self, call: ApiCall) -> Reply:
        ns = self._ns(call)
        job = {
            "id": self._next_id(ns, "bulk_job"),
            "created_at": iso(self.clock.now()),
            "process_requested_at": None,
            "uploaded_user_name": None,
            "proceed_user_name": None,
            "uploaded_api_user_name": call.principal["api_user_name"],
            "proceed_api_user_name": None,
        }
        return self._store_upload(call, job)

    def replace_bulk_users(self, call: ApiCall) -> Reply:
        job = self._job(call, call.body["id"])
        if job["status"] in ("in_progress", "finished"):
            raise ApiError(404, f"Can't update JSON. job status: {job['status']}")
        return self._store_upload(call, job)

    def proceed_bulk_user_job(self, call: ApiCall) -> Reply:
        job = self._job(call, call.body["id"])
        if job["status"] == "in_progress":
            raise ApiError(400, "Update is already in progress.")
        if job["status"] != "valid_scheme":
            raise ApiError(400, f"This job cannot proceed update. status: {job['status']}")
        answer = _job_link(call, job)  # the documentation's example answers with the status before proceeding
        job.update(
            status="in_progress",
            process_requested_at=iso(self.clock.now()),
            proceed_api_user_name=call.principal["api_user_name"],
            x_proceed_ts=self.clock.time(),
        )
        self.store.put(self._ns(call), "bulk_job", str(job["id"]), job)
        return Reply(body=answer)

    def get_bulk_user_scheme_errors(self, call: ApiCall) -> Reply:
        return Reply(body=self._job(call, call.path_params["job_id"])["x_scheme_errors"])

    def get_bulk_user_update_errors(self, call: ApiCall) -> Reply:
        return Reply(body=self._job(call, call.path_params["job_id"])["x_update_errors"])

    # --- Do Not Call ---------------------------------------------------------------------------

    def add_dnc_contacts(self, call: ApiCall) -> Reply:
        ns, now = self._ns(call), self.clock.time()
        results = []
        for contact in call.body["contacts"]:
            number = contact["phone_number"]
            result: dict[str, Any] = {"phone_number": number}
            expires_text = contact.get("expires_at")
            if expires_text is not None:
                result["expires_at"] = expires_text
            expires_ts, error = _dnc_expiry(expires_text, now)
            if error is None and phones.is_emergency(number):
                error = "emergency phone number is not allowed"
            elif error is None and not phones.is_well_formed(number):
                error = "phone_number is invalid"
            if error is not None:
                results.append({**result, "error": error, "status": "failed"})
                continue
            key = phones.digits(number)
            existed = self.store.get(ns, "dnc", key)
            self.store.put(ns, "dnc", key, {"phone_number": number, "expires_ts": expires_ts})
            live = existed is not None and not self._dnc_expired(existed)
            results.append({**result, "status": "updated" if live else "created"})
        return Reply(body=results)

    def remove_dnc_numbers(self, call: ApiCall) -> Reply:
        ns = self._ns(call)
        for number in call.body["phone_numbers"]:
            self.store.delete(ns, "dnc", phones.digits(number))
        return Reply(status=200)

    def check_dnc_number(self, call: ApiCall) -> Reply:
        number = call.query["phone_number"]
        entry = self.store.get(self._ns(call), "dnc", phones.digits(number))
        listed = entry is not None and not self._dnc_expired(entry)
        expired_at = None
        if entry is not None and entry["expires_ts"] is not None:
            expired_at = datetime.fromtimestamp(entry["expires_ts"], tz=self.clock.now().tzinfo).strftime(
                "%Y-%m-%d %H:%M:%S.%f %z"
            )
        return Reply(body={"phone_number": number, "expired_at": expired_at, "do_not_call": listed})


def _dnc_expiry(text: str | None, now: float) -> tuple[float | None, str | None]:
    if text is None:
        return None, None
    for layout in _DNC_TIME_FORMATS:
        try:
            moment = datetime.strptime(text.replace(" UTC", " +0000"), layout.replace("%Z", "%z"))
            break
        except ValueError:
            continue
    else:
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None, "expires_at is invalid"
    if moment.tzinfo is None:
        return None, "expires_at is invalid"
    if moment.timestamp() <= now:
        return None, "expires_at cannot be past date/time"
    return moment.timestamp(), None


def _job_link(call: ApiCall, job: Document) -> dict[str, Any]:
    return {"id": job["id"], "status": job["status"], "link": f"{call.base_url}/bulk/users/jobs/{job['id']}"}


def _public(record: Document) -> Document:
    """A stored record without the emulator's own bookkeeping (keys starting `x_`)."""
    return {k: v for k, v in record.items() if not k.startswith("x_")}


def _public_end_user(end_user: Document | None) -> Document | None:
    if end_user is None:
        return None
    return {k: end_user[k] for k in ("id", "identifier", "out_contact_id")}
