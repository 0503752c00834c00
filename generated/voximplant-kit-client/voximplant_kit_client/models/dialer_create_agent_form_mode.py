from enum import StrEnum


class DialerCreateAgentFormMode(StrEnum):
    PREDICTIVE = "predictive"
    PROGRESSIVE = "progressive"

    def __str__(self) -> str:
        return str(self.value)
