from enum import StrEnum


class PdsSetListStatusFormStatus(StrEnum):
    CANCELED = "canceled"
    ONGOING = "ongoing"
    PAUSED = "paused"

    def __str__(self) -> str:
        return str(self.value)
