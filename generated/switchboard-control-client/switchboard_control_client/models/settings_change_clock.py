from enum import StrEnum


class SettingsChangeClock(StrEnum):
    FROZEN = "frozen"
    REAL = "real"

    def __str__(self) -> str:
        return str(self.value)
