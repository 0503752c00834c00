from enum import StrEnum


class RejectActionParamsReason(StrEnum):
    BUSY = "busy"
    DISCONNECTED = "disconnected"

    def __str__(self) -> str:
        return str(self.value)
