from enum import StrEnum


class MessageService(StrEnum):
    PROGRAMMABLE_MESSAGING = "programmable_messaging"

    def __str__(self) -> str:
        return str(self.value)
