from enum import StrEnum


class PdsCreateCampaignFormOutboundRecordNotificationType(StrEnum):
    MEDIA = "media"
    NONE = "none"
    TTS = "tts"

    def __str__(self) -> str:
        return str(self.value)
