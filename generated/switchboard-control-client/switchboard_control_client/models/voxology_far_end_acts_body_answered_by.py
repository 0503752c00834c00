from enum import StrEnum


class VoxologyFarEndActsBodyAnsweredBy(StrEnum):
    LIVE_PERSON = "live_person"
    VOICEMAIL = "voicemail"

    def __str__(self) -> str:
        return str(self.value)
