from enum import StrEnum


class MessagingIncomingEventTypeEventType(StrEnum):
    SEND_MESSAGE = "send_message"

    def __str__(self) -> str:
        return str(self.value)
