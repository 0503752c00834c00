from enum import StrEnum


class ConferenceStatus(StrEnum):
    IN_PROGRESS = "in-progress"
    ON_HOLD = "on-hold"

    def __str__(self) -> str:
        return str(self.value)
