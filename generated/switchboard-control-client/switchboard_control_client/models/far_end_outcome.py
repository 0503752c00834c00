from enum import StrEnum


class FarEndOutcome(StrEnum):
    ANSWERED = "answered"
    BUSY = "busy"
    FAILED = "failed"
    MACHINE = "machine"
    NO_ANSWER = "no_answer"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
