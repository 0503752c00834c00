from enum import StrEnum


class VoxologySettingsAnswer(StrEnum):
    ANSWER = "answer"
    BUSY = "busy"
    FAILED = "failed"
    NO_ANSWER = "no-answer"
    RING = "ring"

    def __str__(self) -> str:
        return str(self.value)
