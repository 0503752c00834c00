from enum import StrEnum


class ConferenceActionParamsAnnounceOnJoinType3Type1(StrEnum):
    BEEP = "beep"

    def __str__(self) -> str:
        return str(self.value)
