from enum import StrEnum


class InboundMessageCallbackType(StrEnum):
    SMS = "sms"

    def __str__(self) -> str:
        return str(self.value)
