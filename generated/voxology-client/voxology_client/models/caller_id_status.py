from enum import StrEnum


class CallerIdStatus(StrEnum):
    BLOCKED = "blocked"
    UNVERIFIED = "unverified"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
