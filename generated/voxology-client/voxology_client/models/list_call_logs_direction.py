from enum import StrEnum


class ListCallLogsDirection(StrEnum):
    INBOUND = "inbound"
    INBOUNDOUTBOUND = "inbound|outbound"
    OUTBOUND = "outbound"

    def __str__(self) -> str:
        return str(self.value)
