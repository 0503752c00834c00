"""Phone-number rules CCAI applies: well-formedness, US-only SMS, emergency numbers."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s\-().]")
_WELL_FORMED = re.compile(r"\+?\d{7,15}")
EMERGENCY_NUMBERS = frozenset({"911", "112", "999", "000", "110", "119"})


def digits(number: str) -> str:
    """The number without separators or the leading plus: the key numbers are compared by."""
    return _SEPARATORS.sub("", number).lstrip("+")


def is_well_formed(number: str) -> bool:
    return bool(_WELL_FORMED.fullmatch(_SEPARATORS.sub("", number)))


def is_emergency(number: str) -> bool:
    return digits(number) in EMERGENCY_NUMBERS


def is_us(number: str) -> bool:
    bare = digits(number)
    return len(bare) == 11 and bare.startswith("1")


def e164(number: str) -> str:
    return "+" + digits(number)
