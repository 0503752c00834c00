from enum import StrEnum


class CallLogHangupEndType1(StrEnum):
    API = "api"
    CALLER = "caller"

    def __str__(self) -> str:
        return str(self.value)
