from enum import StrEnum


class InboundMessageCallbackService(StrEnum):
    PROGRAMMABLE_MESSAGING = "programmable_messaging"

    def __str__(self) -> str:
        return str(self.value)
