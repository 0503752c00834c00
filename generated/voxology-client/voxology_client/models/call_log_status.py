from enum import StrEnum


class CallLogStatus(StrEnum):
    ACCEPTED = "accepted"
    BUSY = "busy"
    CANCELED = "canceled"
    COMPLETED = "completed"
    DELIVERED = "delivered"
    ERROR = "error"
    FAILED = "failed"
    LIVE_IN_PROGRESS = "live-in-progress"
    LIVE_QUEUED = "live-queued"
    LIVE_RINGING = "live-ringing"
    NO_ANSWER = "no-answer"
    OPT_OUT = "opt-out"
    QUEUED = "queued"
    RECEIVED = "received"
    RECEIVING = "receiving"
    RESTRICTED = "restricted"
    SENDING = "sending"
    SENT = "sent"
    UNDELIVERED = "undelivered"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
