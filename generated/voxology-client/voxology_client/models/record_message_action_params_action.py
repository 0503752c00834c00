from enum import StrEnum


class RecordMessageActionParamsAction(StrEnum):
    DISCARD = "discard"
    PLAY = "play"
    SAVE = "save"
    START = "start"

    def __str__(self) -> str:
        return str(self.value)
