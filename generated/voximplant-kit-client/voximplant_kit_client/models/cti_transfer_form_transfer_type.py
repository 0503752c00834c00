from enum import StrEnum


class CtiTransferFormTransferType(StrEnum):
    ATTENDED = "attended"
    BLIND = "blind"

    def __str__(self) -> str:
        return str(self.value)
