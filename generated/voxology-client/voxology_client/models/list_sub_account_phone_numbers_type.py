from enum import StrEnum


class ListSubAccountPhoneNumbersType(StrEnum):
    ALL = "all"
    LOCAL = "local"
    TOLL_FREE = "toll_free"

    def __str__(self) -> str:
        return str(self.value)
