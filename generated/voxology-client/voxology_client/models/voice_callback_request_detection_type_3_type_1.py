from enum import StrEnum


class VoiceCallbackRequestDetectionType3Type1(StrEnum):
    FAX = "fax"
    LIVE_PERSON = "live_person"
    UNKNOWN = "unknown"
    VOICEMAIL = "voicemail"

    def __str__(self) -> str:
        return str(self.value)
