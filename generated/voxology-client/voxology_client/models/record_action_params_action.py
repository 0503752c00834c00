from enum import StrEnum


class RecordActionParamsAction(StrEnum):
    PAUSE = "pause"
    RESUME = "resume"
    START = "start"
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)
