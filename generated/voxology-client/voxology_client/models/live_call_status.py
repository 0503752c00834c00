from enum import StrEnum


class LiveCallStatus(StrEnum):
    BUSY = "busy"
    CANCELED = "canceled"
    COMPLETED = "completed"
    ERROR = "error"
    FAILED = "failed"
    LIVE_IN_PROGRESS = "live-in-progress"
    LIVE_QUEUED = "live-queued"
    LIVE_RINGING = "live-ringing"
    NO_ANSWER = "no-answer"
    RESTRICTED = "restricted"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
