from enum import StrEnum


class LiveCollectCallbackService(StrEnum):
    PROGRAMMABLE_VOICE = "programmable_voice"

    def __str__(self) -> str:
        return str(self.value)
