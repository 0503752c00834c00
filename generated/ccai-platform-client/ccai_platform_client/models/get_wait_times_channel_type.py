from enum import StrEnum


class GetWaitTimesChannelType(StrEnum):
    CHAT = "chat"
    VOICE_CALL = "voice_call"

    def __str__(self) -> str:
        return str(self.value)
