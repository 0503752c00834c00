from enum import StrEnum


class PdsSetStatusFormStatus(StrEnum):
    COMPLETED = "completed"
    ONGOING = "ongoing"
    PAUSED = "paused"

    def __str__(self) -> str:
        return str(self.value)
