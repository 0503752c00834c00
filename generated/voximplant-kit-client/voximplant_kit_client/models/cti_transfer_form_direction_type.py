from enum import StrEnum


class CtiTransferFormDirectionType(StrEnum):
    EXTENSION = "extension"
    PSTN = "pstn"
    SIP = "sip"

    def __str__(self) -> str:
        return str(self.value)
