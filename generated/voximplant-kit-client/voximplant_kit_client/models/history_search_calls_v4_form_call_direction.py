from enum import StrEnum


class HistorySearchCallsV4FormCallDirection(StrEnum):
    ALL = "all"
    INCOMING = "incoming"
    OUTGOING = "outgoing"

    def __str__(self) -> str:
        return str(self.value)
