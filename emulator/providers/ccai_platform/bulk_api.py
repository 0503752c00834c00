"""Bulk User Management: jobs an asynchronous worker checks and applies on the emulator clock.

An upload creates a job (`created`); the worker picks it up after its delay and checks the file's scheme
(`valid_scheme` / `invalid_scheme`). Proceed puts it `in_progress`; the worker takes its delay plus a time
per row before the users are created or updated (`finished`).
"""

from __future__ import annotations

from typing import Any

from ...core.environment import Environment
from ...core.errors import ApiError
from ...core.provider import ApiCall, Reply
from ...core.store import Document, Event
from . import bulk_users
from .base import CcaiBase, public
from .tenancy import API_ID, get_customer, iso, namespace, setting

BULK_CHECK = f"{API_ID}.bulk.check"
BULK_APPLY = f"{API_ID}.bulk.apply"


class BulkUsersApi(CcaiBase):
    def _register_bulk_worker(self, env: Environment) -> None:
        env.timeline.on(BULK_CHECK, self._on_bulk_check)
        env.timeline.on(BULK_APPLY, self._on_bulk_apply)

    # --- the API ----------------------------------------------------------------------------------

    def get_bulk_user_template(self, call: ApiCall) -> Reply:
        settings = self._settings(call)
        examples = self.store.page(self._ns(call), "user", 0, 2) or [
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

    def list_bulk_user_jobs(self, call: ApiCall) -> Reply:
        jobs = self.store.list(self._ns(call), "bulk_job")  # the request answers with every job
        return Reply(body=[public(job) for job in reversed(jobs)])

    def get_bulk_user_job(self, call: ApiCall) -> Reply:
        return Reply(body=public(self._job(call, call.path_params["job_id"])))

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
        )
        self.store.put(self._ns(call), "bulk_job", str(job["id"]), job)
        settings = self._settings(call)
        working = float(setting(settings, "bulk_job_delay_seconds")) + job["total_rows"] * float(
            setting(settings, "bulk_job_seconds_per_row")
        )
        self._schedule_worker(BULK_APPLY, self._subdomain(call), job, working)
        return Reply(body=answer)

    def get_bulk_user_scheme_errors(self, call: ApiCall) -> Reply:
        return Reply(body=self._job(call, call.path_params["job_id"])["x_scheme_errors"])

    def get_bulk_user_update_errors(self, call: ApiCall) -> Reply:
        return Reply(body=self._job(call, call.path_params["job_id"])["x_update_errors"])

    # --- helpers ----------------------------------------------------------------------------------

    def _job(self, call: ApiCall, job_id: Any) -> Document:
        job = self.store.get(self._ns(call), "bulk_job", str(job_id))
        if job is None:
            raise ApiError(404, "Not Found")
        return job

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
            x_scheme_errors=[],
            x_update_errors=[],
        )
        self.store.put(self._ns(call), "bulk_job", str(job["id"]), job)
        subdomain = self._subdomain(call)
        self.env.timeline.cancel(BULK_CHECK, _job_key(subdomain, job))  # a replaced file is checked afresh
        delay = float(setting(self._settings(call), "bulk_job_delay_seconds"))
        self._schedule_worker(BULK_CHECK, subdomain, job, delay)
        return Reply(body=_job_link(call, job))

    def _schedule_worker(self, topic: str, subdomain: str, job: Document, delay: float) -> None:
        payload = {"subdomain": subdomain, "job_id": job["id"]}
        self.env.timeline.after(delay, topic, payload, key=_job_key(subdomain, job))

    # --- the worker (timeline handlers) -----------------------------------------------------------

    def _worker_job(self, event: Event, status: str) -> tuple[str, Document, dict[str, Any]] | None:
        subdomain = str(event.payload["subdomain"])
        customer = get_customer(self.store, subdomain)
        job = self.store.get(namespace(subdomain), "bulk_job", str(event.payload["job_id"]))
        if customer is None or job is None or job["status"] != status:
            return None
        return subdomain, job, customer["settings"]

    def _on_bulk_check(self, event: Event) -> None:
        found = self._worker_job(event, "created")
        if found is None:
            return
        subdomain, job, settings = found
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
        self.store.put(namespace(subdomain), "bulk_job", str(job["id"]), job)

    def _on_bulk_apply(self, event: Event) -> None:
        found = self._worker_job(event, "in_progress")
        if found is None:
            return
        subdomain, job, settings = found
        ns = namespace(subdomain)
        rows, _ = bulk_users.parse_rows(bytes.fromhex(job["x_file"]))
        # Only the users the file names are read: the cost follows the file, not the directory.
        users: dict[str, Document] = {}
        for row in rows or []:
            for email in (row.get("email"), row.get("new_email")):
                if isinstance(email, str) and email and email.lower() not in users:
                    user = self.store.get(ns, "user", email.lower())
                    if user is not None:
                        users[email.lower()] = user
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


def _job_key(subdomain: str, job: Document) -> str:
    return f"{subdomain}/{job['id']}"


def _job_link(call: ApiCall, job: Document) -> dict[str, Any]:
    return {"id": job["id"], "status": job["status"], "link": f"{call.base_url}/bulk/users/jobs/{job['id']}"}
