from enum import StrEnum


class PdsContactStatus(StrEnum):
    CANCELED = "canceled"
    FAILED = "failed"
    ONGOING = "ongoing"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
