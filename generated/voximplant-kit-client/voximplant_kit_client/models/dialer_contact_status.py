from enum import StrEnum


class DialerContactStatus(StrEnum):
    CANCELLED = "cancelled"
    DUPLICATED = "duplicated"
    ERROR = "error"
    FAILED = "failed"
    ONGOING = "ongoing"
    PAUSED = "paused"
    SENT = "sent"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
