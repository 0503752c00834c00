"""The state the CCAI examples refer to: their agents, menus, numbers, tickets, calls and bulk jobs."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from ..conftest import LiveServer
from .examples import Case
from .replay import Step

CONTROL = "/ccai-platform/customers/demo"
DOCUMENTED_PAST = "2019-09-15T00:19:14.421Z"  # the scheduled examples' moment, long gone on any clock
USERS = [
    {
        "email": "jane@somedomain.com",
        "first_name": "Jane",
        "last_name": "Doe",
        "roles": [{"name": "Agent", "value": 1}],
    },
    {
        "email": "john@somedomain.com",
        "first_name": "John",
        "last_name": "Doe",
        "roles": [{"name": "Astronaut", "value": 1}],
    },
]


def api(live: LiveServer) -> httpx.Client:
    return httpx.Client(base_url=f"{live.url}/apps/api/v1", auth=("demo", "demo-token"), timeout=10)


def control(live: LiveServer, method: str, path: str, **kwargs: Any) -> Any:
    with live.control() as client:
        response = client.request(method, f"{CONTROL}{path}", **kwargs)
    response.raise_for_status()
    return response.json() if response.content else None


def agent(email: str, **fields: Any) -> Step:
    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        control(live, "POST", "/agents", json={"email": email, **fields})
        return {email: email}

    return create


def busy_agent(email: str) -> Step:
    """An agent already on a call (an outbound call keeps them until it ends)."""

    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        control(live, "POST", "/agents", json={"email": email})
        with api(live) as client:
            body = {
                "call_type": "Voice Outbound (API)",
                "agent_email": email,
                "end_user_number": "+1 415-555-0123",
            }
            assert client.post("/calls", json=body).status_code == 201
        return {email: email}

    return create


def menu(menu_id: int, menu_type: str, **fields: Any) -> Step:
    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        control(
            live,
            "POST",
            "/menus",
            json={"id": menu_id, "name": f"Menu {menu_id}", "menu_type": menu_type, **fields},
        )
        return {}

    return create


def settings(**values: Any) -> Step:
    def change(live: LiveServer, case: Case) -> dict[Any, Any]:
        control(live, "PATCH", "/settings", json=values)
        return {}

    return change


def absent(value: Any) -> Step:
    """The example is about this documented value not existing: leave it uncreated."""
    return lambda live, case: {value: value}


def outbound_number(number: str) -> Step:
    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        control(live, "POST", "/outbound_numbers", json={"number": number})
        return {number: number}

    return create


def ticket(ticket_id: str, number: str, contact: str) -> Step:
    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        control(
            live,
            "POST",
            "/tickets",
            json={"ticket_id": ticket_id, "end_user_number": number, "out_contact_id": contact},
        )
        return {ticket_id: ticket_id}

    return create


def crm_contact(number: str, contact: str) -> Step:
    """The CRM knows the end user's number: a ticket of theirs names the contact."""
    return lambda live, case: ticket("CRM-1", number, contact)(live, case) and {}


def future_moment(live: LiveServer, case: Case) -> dict[Any, Any]:
    now = datetime.fromtimestamp(float(live.advance(0)["time"]), UTC)  # type: ignore[arg-type]
    ahead = now + timedelta(days=1)
    return {DOCUMENTED_PAST: ahead.strftime("%Y-%m-%dT%H:%M:%S.000Z")}


def earlier_call(documented: int) -> Step:
    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        with api(live) as client:
            body = {
                "call_type": "Voice Inbound (API)",
                "lang": "en",
                "menu_id": 9,
                "end_user_number": "+82-10-6861-2345",
            }
            created = client.post("/calls", json=body)
        assert created.status_code == 201, created.text
        return {documented: created.json()["id"]}

    return create


def active_sms(live: LiveServer, case: Case) -> dict[Any, Any]:
    with api(live) as client:
        assert client.post("/sms", json=case.body).status_code == 200
    return {}


def bulk_job(
    documented: int, rows: list[Any], *, check: bool = False, proceed: bool = False, apply: bool = False
) -> Step:
    """A bulk-user job from an uploaded file, its scheme checked, its update asked for (proceed) and
    applied when asked."""

    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        with api(live) as client:
            files = {"file": ("users.json", json.dumps(rows).encode(), "application/json")}
            job_id = client.post("/bulk/users/upload", files=files).json()["id"]
            if check or proceed or apply:
                live.advance(3)  # the worker picks the job up after its delay
            if proceed or apply:
                assert (
                    client.post("/bulk/users/proceed", files={"id": (None, str(job_id))}).status_code == 200
                )
            if apply:
                live.advance(5)
        return {documented: job_id}

    return create


def job_list(live: LiveServer, case: Case) -> dict[Any, Any]:
    """The list's three jobs: two uploaded, the newest being applied (in_progress)."""
    bulk_job(0, USERS)(live, case)
    bulk_job(0, USERS)(live, case)
    settings(bulk_job_seconds_per_row=60)(live, case)  # the update stays in progress
    bulk_job(0, USERS, proceed=True)(live, case)
    live.advance(3)
    return {}


def update_errors(live: LiveServer, case: Case) -> dict[Any, Any]:
    """A job whose first row takes an email that belongs to another user (an error in the new_email
    column) and whose second names a role nobody has (a warning)."""
    bulk_job(0, USERS[1:], apply=True)(live, case)
    rows = [{**USERS[0], "new_email": USERS[1]["email"]}, USERS[1]]
    return bulk_job(1, rows, apply=True)(live, case)


def dnc_entry(number: str) -> Step:
    def create(live: LiveServer, case: Case) -> dict[Any, Any]:
        with api(live) as client:
            contact = {"phone_number": number, "expires_at": "2099-08-05 22:02:36 UTC"}
            assert client.post("/outbound_dialer/dnc", json={"contacts": [contact]}).status_code == 200
        return {}

    return create


CCAI_IDS: dict[Any, Step] = {
    "agent@somedomain.com": agent("agent@somedomain.com", avatar_url="https://somedomain.com/avatar.png"),
    "allen@somedomain.com": agent("allen@somedomain.com"),
    "+1 628-555-0199": outbound_number("+1 628-555-0199"),
    "+1 760-410-8538": outbound_number("+1 760-410-8538"),
    "76517": ticket("76517", "+1 859-657-9625", "389391400633"),
    DOCUMENTED_PAST: future_moment,
    514: earlier_call(514),
}

_SCHEDULABLE_MENU_9 = menu(9, "mobile_menu", name="Death Star")  # the scheduled examples book menu 9
CCAI_PREPARE: dict[str, list[Step]] = {
    "createCall:outbound_agent_not_available": [busy_agent("agent@somedomain.com")],
    "createCall:outbound_ticket_form_agent_not_available": [busy_agent("allen@somedomain.com")],
    "createCall:outbound_agent_cannot_make_calls": [agent("allen@somedomain.com", can_make_calls=False)],
    "createCall:outbound_ticket_form_agent_cannot_make_calls": [
        agent("allen@somedomain.com", can_make_calls=False)
    ],
    "createCall:incoming_menu_manual_redirection": [menu(9, "ivr_menu", state="manual_redirection")],
    "createCall:incoming_menu_after_hours": [menu(9, "ivr_menu", state="after_hours")],
    "createCall:incoming_menu_type_not_permitted": [menu(50, "mobile_menu")],
    "createCall:incoming_language_not_available": [settings(languages=["en", "fr"])],
    "createCall:incoming_created_by_end_user_number": [crm_contact("+82-10-6861-2345", "389391400633")],
    "createCall:scheduled_end_user_number_not_well_formed": [_SCHEDULABLE_MENU_9],
    "createCall:scheduled_menu_manual_redirection": [menu(9, "mobile_menu", state="manual_redirection")],
    "createCall:scheduled_menu_after_hours": [menu(9, "mobile_menu", state="after_hours")],
    "createCall:scheduled_menu_type_not_permitted": [menu(50, "ivr_menu")],
    "createCall:scheduled_language_not_available": [_SCHEDULABLE_MENU_9, settings(languages=["en", "fr"])],
    "createCall:scheduled_language_not_found": [_SCHEDULABLE_MENU_9],
    "createCall:scheduled_created_with_menu_id": [
        _SCHEDULABLE_MENU_9,
        crm_contact("+82-10-6861-2345", "389391400633"),
    ],
    "createCall:scheduled_created_with_call_id": [crm_contact("+82-10-6861-2345", "389391400633")],
    "createSms:sms_not_enabled": [settings(sms_enabled=False)],
    "createSms:outbound_sms_not_enabled": [settings(outbound_sms_enabled=False)],
    "createSms:outbound_number_not_found": [absent("+1 628-555-0199")],
    "createSms:consumer_in_active_session": [outbound_number("+1 628-555-0199"), active_sms],
    "listBulkUserJobs:(no input)": [job_list],
    "getBulkUserJob:job_1": [bulk_job(1, USERS)],
    "proceedBulkUserJob:proceed_success": [bulk_job(1, USERS, check=True)],
    "getBulkUserSchemeErrors:job_1": [bulk_job(1, [{"email": "not an email"}, {"email": "x"}], check=True)],
    "getBulkUserUpdateErrors:job_1": [update_errors],
    "checkDncNumber:example": [dnc_entry("1-415-111-1111")],
}
