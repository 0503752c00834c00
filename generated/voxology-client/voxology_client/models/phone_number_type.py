from enum import StrEnum


class PhoneNumberType(StrEnum):
    LOCAL = "local"
    TOLLFREE = "tollfree"
    TOLL_FREE = "toll_free"

    def __str__(self) -> str:
        return str(self.value)
