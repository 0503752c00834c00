"""What every new Kit account starts with (the demo account too): scenarios, a number, a caller ID,
users, tags, lists, channels and a draft campaign, so a newcomer's first requests find something."""

from __future__ import annotations

from datetime import datetime, timedelta

from ...core.store import Store
from .tenancy import kit_time

WEBSITE_CHANNEL = "7b0c9ed4-7c37-4a6a-9a1f-6f2b0b8f2d11"


def seed_world(store: Store, ns: str, account_id: int, now: datetime) -> None:
    """What every new account starts with: scenarios, a number, a caller ID, users, tags, lists, channels."""
    stamp = kit_time(now)
    store.put(
        ns,
        "scenario",
        "101",
        {
            "id": 101,
            "title": "Appointment reminder",
            "date_create": stamp,
            "date_update": stamp,
            "scenario_type": 1,
            "folder_id": None,
            "variables": [
                {"name": "name", "required": True, "default_value": None},
                {"name": "appointment_date", "required": False, "default_value": "tomorrow"},
            ],
        },
    )
    store.put(
        ns,
        "scenario",
        "102",
        {
            "id": 102,
            "title": "Support line",
            "date_create": stamp,
            "date_update": stamp,
            "scenario_type": 2,
            "folder_id": None,
            "variables": [],
        },
    )
    store.next_id(ns, "scenario", start=102)
    store.put(
        ns,
        "number",
        "11",
        {
            "id": 11,
            "domain_id": account_id,
            "auto_charge": True,
            "can_be_used": True,
            "category_name": "GEOGRAPHIC",
            "phone_country_code": "US",
            "phone_purchase_date": stamp,
            "required_verification": False,
            "verification_status": None,
            "deactivated": False,
            "unverified_hold_until": None,
            "canceled": None,
            "phone_next_renewal": (now + timedelta(days=30)).strftime("%Y-%m-%d"),
            "phone_number": 12025550100,
            "phone_price": 1.0,
            "phone_region_id": 202,
            "redirect_number": None,
            "deleted": False,
            "is_sms_enabled": False,
            "is_sms_supported": True,
            "allowed_callerids": True,
            "_scenario_ids": [102],
        },
    )
    store.next_id(ns, "number", start=11)
    store.put(
        ns,
        "callerid",
        "21",
        {
            "id": 21,
            "callerid_number": "12025550199",
            "active": True,
            "verified_until": (now + timedelta(days=365)).strftime("%Y-%m-%d"),
            "domain_id": account_id,
        },
    )
    store.next_id(ns, "callerid", start=21)
    settings = [
        ("account_id", str(account_id), "Voximplant account of this Kit account", True),
        ("language", "en", "Interface language", False),
        ("timezone", "Europe/Berlin", "Account time zone", False),
    ]
    for key, value, description, locked in settings:
        store.put(
            ns,
            "setting",
            key,
            {
                "key": key,
                "value": value,
                "description": description,
                "category_id": 1,
                "edited_on": int(now.timestamp()),
                "locked": locked,
                "can_deleted": False,
            },
        )
    for tag_id, name in ((1, "VIP"), (2, "Complaint")):
        store.put(ns, "tag", str(tag_id), {"id": tag_id, "tag_name": name})
    store.next_id(ns, "tag", start=2)
    for topic_id, title in ((1, "Billing"), (2, "Delivery")):
        store.put(ns, "topic", str(topic_id), {"id": topic_id, "title": title})
    store.next_id(ns, "topic", start=2)
    store.put(ns, "user", "1", {"id": 1, "email": "admin@demo.example", "full_name": "Dana Admin"})
    store.put(ns, "user", "2", {"id": 2, "email": "agent@demo.example", "full_name": "Sam Agent"})
    store.next_id(ns, "user", start=2)
    store.put(ns, "queue", "1", {"id": 1, "acd_queue_title": "Support"})
    store.put(ns, "group", "1", {"id": 1, "title": "Day shift", "user_ids": [2]})
    store.put(ns, "dnc_list", "1", {"id": 1, "title": "Main DNC"})
    store.next_id(ns, "dnc_list", start=1)
    store.put(
        ns,
        "channel",
        WEBSITE_CHANNEL,
        {"uuid": WEBSITE_CHANNEL, "title": "Website chat", "callback_url": "https://example.com/kit-events"},
    )
    store.put(
        ns,
        "wa_channel",
        "wa-1",
        {
            "id": "wa-1",
            "phone": "12025550100",
            "templates": {"welcome_1": "Hello {{1}}, thanks for contacting us!"},
        },
    )
    store.put(
        ns,
        "campaign",
        "31",
        {
            "id": 31,
            "title": "Spring promo (draft)",
            "description": "Drafted in the Kit UI",
            "date_start": kit_time(now + timedelta(days=90)),
            "date_end": kit_time(now + timedelta(days=120)),
            "date_create": stamp,
            "date_update": stamp,
            "working_days": [1, 2, 3, 4, 5],
            "time_start": "09:00:00",
            "time_end": "18:00:00",
            "status": "draft",
            "max_attempts": 2,
            "interval": 30,
            "max_lines": 2,
            "author_id": 1,
            "domain_id": account_id,
            "scenario_id": 101,
            "call_list_id": None,
            "phone_number_id": 11,
            "callerid_id": None,
            "permanent": False,
            "last_lunch_status": None,
            "_caller": "12025550100",
        },
    )
    store.next_id(ns, "campaign", start=31)
