from enum import StrEnum


class DncResultStatus(StrEnum):
    CREATED = "created"
    FAILED = "failed"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
