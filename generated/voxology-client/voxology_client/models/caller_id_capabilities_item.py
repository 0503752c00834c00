from enum import StrEnum


class CallerIdCapabilitiesItem(StrEnum):
    VOICE_OUTBOUND = "voice_outbound"

    def __str__(self) -> str:
        return str(self.value)
