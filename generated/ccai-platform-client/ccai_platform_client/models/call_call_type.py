from enum import StrEnum


class CallCallType(StrEnum):
    VOICE_INBOUND_API = "Voice Inbound (API)"
    VOICE_OUTBOUND_API = "Voice Outbound (API)"
    VOICE_SCHEDULED_API = "Voice Scheduled (API)"

    def __str__(self) -> str:
        return str(self.value)
