from enum import StrEnum


class VoxologySettingsMessageOutcome(StrEnum):
    DELIVERED = "delivered"
    FAILED = "failed"
    SENT = "sent"
    UNDELIVERED = "undelivered"

    def __str__(self) -> str:
        return str(self.value)
