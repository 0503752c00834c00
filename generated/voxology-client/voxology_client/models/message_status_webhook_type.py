from enum import StrEnum


class MessageStatusWebhookType(StrEnum):
    SMS = "sms"

    def __str__(self) -> str:
        return str(self.value)
