from enum import StrEnum


class HistorySearchCallsV3CallDirection(StrEnum):
    ALL = "all"
    INCOMING = "incoming"
    OUTGOING = "outgoing"

    def __str__(self) -> str:
        return str(self.value)
