"""The numbers on sale: a small deterministic inventory of NANP exchanges and toll-free numbers."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .base import formatted
from .tenancy import iso_ts

# area code -> location (the exchanges of the documentation's examples, and a few more)
EXCHANGES: dict[str, dict[str, Any]] = {
    "949": {
        "country": "US",
        "region": "CA",
        "city": "Newport Beach",
        "postal_code": "92658",
        "rate_center": "NEWPORT BEACH",
        "lata": "730",
        "latitude": 33.6189,
        "longitude": -117.9289,
        "timezone": "America/Los_Angeles",
    },
    "714": {
        "country": "US",
        "region": "CA",
        "city": "Irvine",
        "postal_code": "92604",
        "rate_center": "IRVINE",
        "lata": "730",
        "latitude": 33.6825,
        "longitude": -117.7954,
        "timezone": "America/Los_Angeles",
    },
    "323": {
        "country": "US",
        "region": "CA",
        "city": "Los Angeles",
        "postal_code": "90028",
        "rate_center": "LOS ANGELES",
        "lata": "730",
        "latitude": 34.1013,
        "longitude": -118.3245,
        "timezone": "America/Los_Angeles",
    },
    "561": {
        "country": "US",
        "region": "FL",
        "city": "Delray Beach",
        "postal_code": "33444",
        "rate_center": "DELRAY BEACH",
        "lata": "460",
        "latitude": 26.4608,
        "longitude": -80.0719,
        "timezone": "America/New_York",
    },
    "212": {
        "country": "US",
        "region": "NY",
        "city": "New York",
        "postal_code": "10001",
        "rate_center": "NWYRCYZN01",
        "lata": "132",
        "latitude": 40.7506,
        "longitude": -73.9972,
        "timezone": "America/New_York",
    },
}
TOLL_FREE = ("800", "833", "844", "855", "866", "877", "888")
_LETTERS = {
    c: d
    for d, letters in {
        "2": "ABC",
        "3": "DEF",
        "4": "GHI",
        "5": "JKL",
        "6": "MNO",
        "7": "PQRS",
        "8": "TUV",
        "9": "WXYZ",
    }.items()
    for c in letters
}


def is_toll_free(no: str) -> bool:
    return no.startswith("+1") and no[2:5] in TOLL_FREE


def capabilities_of(no: str) -> list[str]:
    """What a number can do, the same in search results and once provisioned: toll-free numbers and local
    numbers ending in an odd digit are voice only."""
    voice = ["voice_inbound", "voice_outbound"]
    if is_toll_free(no) or not no[-1:].isdigit() or int(no[-1]) % 2:
        return voice
    return ["sms_inbound", "sms_outbound", *voice]


def location_of(no: str) -> dict[str, Any]:
    place = EXCHANGES.get(no[2:5]) if no.startswith("+1") else None
    if place is None:
        return {
            "country": "US" if no.startswith("+1") else None,
            "region": None,
            "city": None,
            "postal_code": None,
            "rate_center": None,
            "lata": None,
            "latitude": 0,
            "longitude": 0,
            "timezone": None,
        }
    return dict(place)


def _matches(search_by: str, search_on: str | None, code: str, place: dict[str, Any]) -> bool:
    if not search_on:
        return True
    value = search_on.strip()
    if search_by == "prefixes":
        return any(code.startswith(p.strip().lstrip("+").removeprefix("1")[:3]) for p in value.split(","))
    if search_by == "region":
        parts = [p.strip().lower() for p in value.split(",")]
        if len(parts) == 2:
            return bool(place["city"].lower() == parts[0] and place["region"].lower() == parts[1])
        return bool(place["region"].lower() == parts[0])
    if search_by == "postal_code":
        return bool(place["postal_code"] == value)
    if search_by == "rate_center":
        return bool(place["rate_center"].replace(" ", "") == value.split(",")[0].replace(" ", "").upper())
    if search_by == "latas":
        return place["lata"] in [p.strip() for p in value.split(",")]
    return False


def _vanity(pattern: str, index: int) -> str | None:
    """A toll-free number for a vanity pattern: letters as keypad digits, * any digit, & a repeated digit."""
    digits = "".join(_LETTERS.get(c.upper(), c) for c in pattern)
    if not re.fullmatch(r"[0-9*&]+", digits):
        return None
    filler = f"{index:07d}"
    out = []
    repeated = filler[-1]
    for position, char in enumerate(digits):
        out.append(filler[position % 7] if char == "*" else repeated if char == "&" else char)
    text = "".join(out)[:10].ljust(10, "0")
    return "+1" + text if text[:3] in TOLL_FREE else None


def available_numbers(
    search_by: str,
    search_on: str | None,
    kind: str,
    capabilities: str,
    limit: int,
    is_taken: Callable[[str], bool],
    now: float,
) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if search_by == "vanity" or kind == "toll_free":
        if kind == "local":
            return []
        for index in range(limit * 20):
            no = (
                _vanity(search_on, index)
                if search_by == "vanity" and search_on
                else (f"+1{TOLL_FREE[index % len(TOLL_FREE)]}555{index:04d}")
            )
            if no is None or any(n["no"] == no for n in found) or is_taken(no):
                continue
            found.append(
                {
                    "no": no,
                    "formatted": formatted(no),
                    "type": "tollfree",
                    "capabilities": capabilities_of(no),
                    "location": location_of(no),
                    "price": 0.0657,
                    "price_period": "day",
                    "estimated_active_date": iso_ts(now + 6 * 3600),
                    "estimated_active_date_user_message": "less than a day",
                }
            )
            if len(found) >= limit:
                break
        return found
    # Inclusive: a number with any of the wanted capabilities (voice, sms) is found.
    wanted = [c for c in capabilities.split(",") if c]
    for code, place in EXCHANGES.items():
        if not _matches(search_by, search_on, code, place):
            continue
        for line in range(1212, 1212 + limit * 4):
            no = f"+1{code}555{line:04d}"
            caps = capabilities_of(no)
            if (wanted and not any(c.startswith(w) for c in caps for w in wanted)) or is_taken(no):
                continue
            found.append(
                {
                    "no": no,
                    "formatted": formatted(no),
                    "type": "local",
                    "capabilities": caps,
                    "location": dict(place),
                    "price": 0.035,
                    "price_period": "day",
                    "estimated_active_date": iso_ts(now),
                    "estimated_active_date_user_message": "immediately",
                }
            )
            if len(found) >= limit:
                return found
    return found
