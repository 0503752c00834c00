"""What the telephone directories know of a number: its CNAM listing and a reverse-phone record."""

from __future__ import annotations

import uuid
from typing import Any

from .catalogue import is_toll_free, location_of

_CNAM_LENGTH = 15  # a CNAM listing holds at most 15 characters


def cnam_of(no: str) -> str | None:
    """The listing of a number nobody has named: its rate center and state, CNAM-style
    ("TRABUCO      CA" in the documentation's examples)."""
    place = location_of(no)
    if is_toll_free(no) or not place.get("rate_center") or not place.get("region"):
        return None
    width = _CNAM_LENGTH - len(place["region"])
    return f"{place['rate_center'][: width - 1]:<{width}}{place['region']}"


def reverse_phone(no: str, carrier: str | None) -> dict[str, Any]:
    """A reverse-phone record: the number's area as its current address, no people or history."""
    place = location_of(no)
    address = {
        "id": f"Location.{uuid.uuid5(uuid.NAMESPACE_URL, 'location:' + no)}",
        "location_type": "PostalCode",
        "street_line_1": None,
        "street_line_2": None,
        "city": place.get("city"),
        "postal_code": place.get("postal_code"),
        "zip4": None,
        "state_code": place.get("region"),
        "country_code": place.get("country"),
        "lat_long": {
            "latitude": place.get("latitude"),
            "longitude": place.get("longitude"),
            "accuracy": "PostalCode",
        },
        "is_active": None,
        "delivery_point": None,
        "link_to_person_start_date": None,
    }
    return {
        "current_addresses": [address] if place.get("city") else [],
        "belongs_to": {},
        "warnings": {},
        "historical_addresses": {},
        "carrier": carrier,
        "associated_people": {},
        "line_type": "NonFixedVOIP" if carrier and "VOX" in carrier.upper() else "Mobile",
        "alternate_phones": {},
    }
