from enum import StrEnum


class VmSetSqStatusBodyType(StrEnum):
    CALL = "CALL"
    IM = "IM"

    def __str__(self) -> str:
        return str(self.value)
