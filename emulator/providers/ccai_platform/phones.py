"""Phone-number rules CCAI applies: well-formedness, US-only SMS, emergency numbers."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s\-().]")
_WELL_FORMED = re.compile(r"\+?\d{7,15}")
_NANP_LENGTH = 11  # +1 and ten digits: "+1 999-657-12" is refused as not well formed
EMERGENCY_NUMBERS = frozenset({"911", "112", "999", "000", "110", "119"})


def digits(number: str) -> str:
    """The number without separators or the leading plus: the key numbers are compared by."""
    return _SEPARATORS.sub("", number).lstrip("+")


def is_well_formed(number: str) -> bool:
    bare = _SEPARATORS.sub("", number)
    if not _WELL_FORMED.fullmatch(bare):
        return False
    # A number written with its + and country code 1 is a North American one: exactly ten more digits.
    return not (bare.startswith("+1") and len(bare) - 1 != _NANP_LENGTH)


def is_emergency(number: str) -> bool:
    return digits(number) in EMERGENCY_NUMBERS


def is_us(number: str) -> bool:
    bare = digits(number)
    return len(bare) == 11 and bare.startswith("1")


def e164(number: str) -> str:
    return "+" + digits(number)
