from enum import StrEnum


class DialerCreateAgentFormPredictiveMode(StrEnum):
    ABANDON_RATE = "abandon_rate"
    AGENT_BUSY_FACTOR = "agent_busy_factor"

    def __str__(self) -> str:
        return str(self.value)
