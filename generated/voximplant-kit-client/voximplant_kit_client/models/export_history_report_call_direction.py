from enum import StrEnum


class ExportHistoryReportCallDirection(StrEnum):
    ALL = "all"
    INCOMING = "incoming"
    OUTGOING = "outgoing"

    def __str__(self) -> str:
        return str(self.value)
