from enum import StrEnum


class TrunkOutboundAuthenticationItemSource(StrEnum):
    OTHER = "other"
    TWILIO = "twilio"

    def __str__(self) -> str:
        return str(self.value)
