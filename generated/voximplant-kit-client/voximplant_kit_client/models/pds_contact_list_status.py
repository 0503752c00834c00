from enum import StrEnum


class PdsContactListStatus(StrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"
    ONGOING = "ongoing"
    PAUSED = "paused"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
