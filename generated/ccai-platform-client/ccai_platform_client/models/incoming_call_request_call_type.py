from enum import StrEnum


class IncomingCallRequestCallType(StrEnum):
    INCOMINGCALL = "IncomingCall"
    VOICE_INBOUND_API = "Voice Inbound (API)"

    def __str__(self) -> str:
        return str(self.value)
