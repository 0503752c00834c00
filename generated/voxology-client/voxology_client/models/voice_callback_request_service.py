from enum import StrEnum


class VoiceCallbackRequestService(StrEnum):
    PROGRAMMABLE_VOICE = "programmable_voice"

    def __str__(self) -> str:
        return str(self.value)
