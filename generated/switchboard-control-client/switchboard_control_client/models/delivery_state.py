from enum import StrEnum


class DeliveryState(StrEnum):
    DELIVERED = "delivered"
    FAILED = "failed"
    PENDING = "pending"
    REFUSED = "refused"
    SENDING = "sending"

    def __str__(self) -> str:
        return str(self.value)
