from enum import StrEnum


class InboundMessageCallbackStatus(StrEnum):
    ACCEPTED = "accepted"
    DELIVERED = "delivered"
    FAILED = "failed"
    OPT_OUT = "opt-out"
    QUEUED = "queued"
    RECEIVED = "received"
    RECEIVING = "receiving"
    SENDING = "sending"
    SENT = "sent"
    UNDELIVERED = "undelivered"

    def __str__(self) -> str:
        return str(self.value)
