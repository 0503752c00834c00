from enum import StrEnum


class VoxologySettingsAnsweredBy(StrEnum):
    LIVE_PERSON = "live_person"
    VOICEMAIL = "voicemail"

    def __str__(self) -> str:
        return str(self.value)
