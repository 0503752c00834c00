from enum import StrEnum


class QueueActionParamsEvent(StrEnum):
    OFFER = "offer"
    POLL = "poll"
    POLL_CONNECT = "poll_connect"
    REMOVE = "remove"

    def __str__(self) -> str:
        return str(self.value)
