from enum import StrEnum


class VoxologyFarEndActsBodyStatus(StrEnum):
    BUSY = "busy"
    COMPLETED = "completed"
    FAILED = "failed"
    LIVE_IN_PROGRESS = "live-in-progress"
    NO_ANSWER = "no-answer"

    def __str__(self) -> str:
        return str(self.value)
