from enum import StrEnum


class ConferenceActionParamsAnnounceOnJoinType2Type1(StrEnum):
    BEEP = "beep"

    def __str__(self) -> str:
        return str(self.value)
