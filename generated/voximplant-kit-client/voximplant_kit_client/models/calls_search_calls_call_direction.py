from enum import StrEnum


class CallsSearchCallsCallDirection(StrEnum):
    ALL = "all"
    INCOMING = "incoming"
    OUTGOING = "outgoing"

    def __str__(self) -> str:
        return str(self.value)
