from enum import StrEnum


class DialActionParamsDetection(StrEnum):
    FULL = "full"
    NONE = "none"
    PRECONNECT = "preconnect"

    def __str__(self) -> str:
        return str(self.value)
