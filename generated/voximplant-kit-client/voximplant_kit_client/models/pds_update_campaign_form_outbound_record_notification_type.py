from enum import StrEnum


class PdsUpdateCampaignFormOutboundRecordNotificationType(StrEnum):
    MEDIA = "media"
    NONE = "none"
    TTS = "tts"

    def __str__(self) -> str:
        return str(self.value)
