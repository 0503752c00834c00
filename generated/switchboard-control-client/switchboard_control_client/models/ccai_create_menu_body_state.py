from enum import StrEnum


class CcaiCreateMenuBodyState(StrEnum):
    AFTER_HOURS = "after_hours"
    MANUAL_REDIRECTION = "manual_redirection"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
