from enum import StrEnum


class FaultRuleInputAction(StrEnum):
    DROP = "drop"
    ERROR = "error"
    LATENCY = "latency"
    REFUSE = "refuse"
    TIMEOUT = "timeout"

    def __str__(self) -> str:
        return str(self.value)
