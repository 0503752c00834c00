from enum import StrEnum


class MessageStatusWebhookService(StrEnum):
    PROGRAMMABLE_MESSAGING = "programmable_messaging"

    def __str__(self) -> str:
        return str(self.value)
