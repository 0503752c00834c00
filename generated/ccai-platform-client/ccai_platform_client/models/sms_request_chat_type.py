from enum import StrEnum


class SmsRequestChatType(StrEnum):
    MESSAGING_API = "Messaging (API)"
    MESSAGING_SMS = "Messaging (SMS)"
    SMS = "SMS"

    def __str__(self) -> str:
        return str(self.value)
