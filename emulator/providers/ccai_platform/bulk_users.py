"""The bulk-user worker: checks an uploaded JSON file's scheme, then creates or updates the users.

Rules are the documentation's field table: required and unique emails, non-empty names, status, location,
chat limits, and 0/1 flags for roles and teams.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_FLAG_VALUES = (0, 1, "0", "1", "", None)


def parse_rows(data: bytes) -> tuple[list[Any] | None, str | None]:
    """The file's rows, or the reason it cannot be read as a JSON array."""
    try:
        rows = orjson.loads(data)
    except orjson.JSONDecodeError as error:
        return None, f"file is not valid JSON: {error}"
    if not isinstance(rows, list):
        return None, "file must hold a JSON array of user rows"
    return rows, None


def scheme_errors(rows: list[Any], settings: dict[str, Any]) -> list[dict[str, Any]]:
    errors: list[dict[str, Any]] = []

    def fail(row: int, column: str | None, message: str) -> None:
        errors.append({"message": message, "column": column, "row": row})

    seen_emails: set[str] = set()
    seen_new_emails: set[str] = set()
    locations = {name.lower() for name in settings["locations"]}
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            fail(number, None, "row must be a JSON object")
            continue
        email = row.get("email")
        if not isinstance(email, str) or not _EMAIL.fullmatch(email):
            fail(number, "email", "email must be a valid email")
        elif email.lower() in seen_emails:
            fail(number, "email", f"email {email} appears more than once in the file")
        else:
            seen_emails.add(email.lower())
        new_email = row.get("new_email")
        if new_email not in (None, ""):
            if not isinstance(new_email, str) or not _EMAIL.fullmatch(new_email):
                fail(number, "new_email", "new_email must be a valid email")
            elif new_email.lower() in seen_new_emails:
                fail(number, "new_email", f"new_email {new_email} appears more than once in the file")
            else:
                seen_new_emails.add(new_email.lower())
        for name in ("first_name", "last_name"):
            value = row.get(name)
            if not isinstance(value, str) or not value.strip():
                fail(number, name, f"{name} must be a non-empty string")
        if row.get("status") not in ("Active", "Inactive", "", None):
            fail(number, "status", 'status must be "Active", "Inactive" or empty')
        location = row.get("location")
        if location not in (None, "") and (
            not isinstance(location, str) or location.lower() not in locations
        ):
            fail(number, "location", f"location {location!r} does not match an existing location")
        limit = row.get("max_chat_limit")
        if limit not in (None, ""):
            text = str(limit)
            if not text.isdigit() or not 1 <= int(text) <= settings["max_chat_limit"]:
                fail(
                    number,
                    "max_chat_limit",
                    f"max_chat_limit must be 1 to {settings['max_chat_limit']} or empty",
                )
        if row.get("max_chat_limit_enabled") not in _FLAG_VALUES:
            fail(number, "max_chat_limit_enabled", "max_chat_limit_enabled must be 0, 1 or empty")
        for group in ("roles", "teams"):
            entries = row.get(group, [])
            if not isinstance(entries, list):
                fail(number, group, f"{group} must be a list of {{name, value}}")
                continue
            for entry in entries:
                if not isinstance(entry, dict) or entry.get("value") not in _FLAG_VALUES:
                    fail(number, group, f"{group} values must be 0, 1 or empty")
                    break
    return errors


def apply_rows(
    rows: list[dict[str, Any]], users: dict[str, dict[str, Any]], settings: dict[str, Any]
) -> tuple[int, int, list[dict[str, Any]]]:
    """Create or update `users` (keyed by lower-case email); (affected, failed, update errors)."""
    affected = failed = 0
    errors: list[dict[str, Any]] = []
    known_roles = {name.lower() for name in settings["roles"]}
    known_teams = {name.lower() for name in settings["teams"]}
    for number, row in enumerate(rows, start=1):
        key = row["email"].lower()
        new_email = row.get("new_email") or row["email"]
        if new_email.lower() != key and new_email.lower() in users:
            failed += 1
            errors.append(
                {
                    "message": f"new_email {new_email} already belongs to another user",
                    "column": 2,
                    "row": number,
                    "error_type": "error",
                }
            )
            continue
        user = users.pop(key, {"roles": [], "teams": []})
        user.update(
            email=new_email,
            first_name=row["first_name"],
            last_name=row["last_name"],
            agent_number=row.get("agent_number"),
            status=row.get("status") or user.get("status") or "Active",
            location=row.get("location") or None,
        )
        for group, known in (("roles", known_roles), ("teams", known_teams)):
            granted = set(user.get(group, []))
            for entry in row.get(group, []):
                if entry["name"].lower() not in known:
                    errors.append(
                        {
                            "message": f"{group[:-1]} {entry['name']!r} does not exist and was ignored",
                            "column": None,
                            "row": number,
                            "error_type": "warning",
                        }
                    )
                elif str(entry.get("value")) == "1":
                    granted.add(entry["name"])
                elif str(entry.get("value")) == "0":
                    granted.discard(entry["name"])
            user[group] = sorted(granted)
        users[new_email.lower()] = user
        affected += 1
    return affected, failed, errors
