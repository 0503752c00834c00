"""What Voximplant sells, as data: countries, number categories, states, regions and their prices,
the ZIP codes of regions that need a regulation address, plans and resource prices.

A small fixed world: the same on every start, so tests and examples can name its numbers and ids.
"""

from __future__ import annotations

from dataclasses import dataclass

MONTHLY = "0-1-0 0:0:0"  # Voximplant's period notation: years-months-days hours:minutes:seconds
STOCK_PER_REGION = 20  # numbers a region offers at once (bounds every catalogue scan)


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    prefix: str
    name: str


@dataclass(frozen=True, slots=True)
class Category:
    country: str
    name: str
    localized_name: str
    has_states: bool


@dataclass(frozen=True, slots=True)
class Region:
    region_id: int
    country: str
    category: str
    state: str | None
    name: str
    code: str
    number_prefix: str  # the digits every number of the region starts with
    number_length: int
    price: float  # per month
    installation_price: float
    sms: bool
    needs_address: bool

    def numbers(self) -> list[str]:
        """The region's stock, in order; the first block of suffixes is kept for demo numbers."""
        width = self.number_length - len(self.number_prefix)
        return [self.number_prefix + str(101 + i).zfill(width) for i in range(STOCK_PER_REGION)]


COUNTRIES = (
    Country("DE", "49", "Germany"),
    Country("GB", "44", "United Kingdom"),
    Country("US", "1", "United States"),
)
CATEGORIES = (
    Category("DE", "GEOGRAPHIC", "Geographic", False),
    Category("DE", "MOBILE", "Mobile", False),
    Category("GB", "GEOGRAPHIC", "Geographic", False),
    Category("GB", "MOBILE", "Mobile", False),
    Category("US", "GEOGRAPHIC", "Geographic", True),
    Category("US", "TOLLFREE", "Toll-free", False),
)
STATES = {"US": (("CA", "California"), ("NY", "New York"))}
REGIONS = (
    Region(1001, "US", "GEOGRAPHIC", "NY", "New York", "212", "1212555", 11, 1.0, 0.0, True, False),
    Region(1002, "US", "GEOGRAPHIC", "CA", "Los Angeles", "213", "1213555", 11, 1.0, 0.0, True, False),
    Region(1003, "US", "TOLLFREE", None, "Toll-free", "800", "1800555", 11, 2.0, 0.0, False, False),
    Region(2001, "GB", "GEOGRAPHIC", None, "London", "20", "44207946", 12, 3.0, 1.0, False, True),
    Region(2002, "GB", "MOBILE", None, "Mobile", "7700", "447700900", 12, 4.0, 0.0, True, False),
    Region(3001, "DE", "GEOGRAPHIC", None, "Berlin", "30", "4930901820", 13, 2.5, 2.0, False, True),
    Region(3002, "DE", "MOBILE", None, "Mobile", "1517", "491517100", 13, 5.0, 0.0, True, False),
)
# Cities and ZIP codes by country and region code: what a regulation address in the region can use.
ZIP_CODES = {
    ("GB", "20"): (("London", "EC1A 1BB"), ("London", "SW1A 1AA"), ("London", "W1A 0AX")),
    ("DE", "30"): (("Berlin", "10115"), ("Berlin", "10117"), ("Berlin", "10178")),
}


@dataclass(frozen=True, slots=True)
class Plan:
    template_id: int
    plan_type: str
    name: str
    periodic_charge: float
    packages: tuple[tuple[str, int, float], ...]  # (package name, included units, overrun price)


# The first plan of each type is the one every account starts on.
PLANS = (
    Plan(101, "IM", "IM Start", 0.0, (("messages", 1000, 0.002),)),
    Plan(102, "IM", "IM Business", 49.0, (("messages", 50000, 0.001),)),
    Plan(201, "MAU", "MAU 1000", 0.0, (("monthly_active_users", 1000, 0.01),)),
    Plan(202, "MAU", "MAU 10000", 99.0, (("monthly_active_users", 10000, 0.008),)),
)
# Resource prices: (resource type, price group id, price group name, price per unit, unit parameter).
RESOURCE_PRICES = (
    ("PSTN_IN", 11, "US inbound", 0.0085, "US"),
    ("PSTN_IN", 12, "GB inbound", 0.01, "GB"),
    ("PSTN_OUT", 21, "US outbound", 0.014, "US"),
    ("PSTN_OUT", 22, "GB outbound", 0.025, "GB"),
    ("PSTN_OUT", 23, "DE outbound", 0.03, "DE"),
    ("SIP_OUT", 31, "SIP outbound", 0.004, None),
    ("VOIP_IN", 41, "VoIP inbound", 0.0, None),
    ("SMS_OUT", 51, "US SMS", 0.0079, "US"),
    ("RECORD", 61, "Call recording", 0.002, None),
)
PHONE_SUBSCRIPTION = "PHONE_NUM"  # the template type of number subscriptions
PLAN_SUBSCRIPTION = "PLAN"


def country(code: str) -> Country | None:
    return next((c for c in COUNTRIES if c.code == code), None)


def region(region_id: int) -> Region | None:
    return next((r for r in REGIONS if r.region_id == region_id), None)


def region_of_number(number: str) -> Region | None:
    """The region whose stock holds `number` (its prefix and length match)."""
    return next(
        (r for r in REGIONS if number.startswith(r.number_prefix) and len(number) == r.number_length), None
    )


def plan(template_id: int) -> Plan | None:
    return next((p for p in PLANS if p.template_id == template_id), None)
