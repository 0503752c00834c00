from enum import StrEnum


class OutboundCallRequestCallType(StrEnum):
    OUTBOUNDCALL = "OutboundCall"
    VOICE_OUTBOUND_API = "Voice Outbound (API)"

    def __str__(self) -> str:
        return str(self.value)
