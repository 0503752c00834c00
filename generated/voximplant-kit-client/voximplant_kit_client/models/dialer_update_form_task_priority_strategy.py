from enum import StrEnum


class DialerUpdateFormTaskPriorityStrategy(StrEnum):
    FIRST_ATTEMPTS = "first_attempts"
    REPEATED_ATTEMPTS = "repeated_attempts"

    def __str__(self) -> str:
        return str(self.value)
