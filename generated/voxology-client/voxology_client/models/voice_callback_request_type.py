from enum import StrEnum


class VoiceCallbackRequestType(StrEnum):
    END_CALL = "end_call"
    FAILED_CALL = "failed_call"
    INIT_CALL = "init_call"
    LIVE_CALL = "live_call"

    def __str__(self) -> str:
        return str(self.value)
