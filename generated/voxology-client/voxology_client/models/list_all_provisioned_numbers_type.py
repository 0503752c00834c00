from enum import StrEnum


class ListAllProvisionedNumbersType(StrEnum):
    ALL = "all"
    LOCAL = "local"
    TOLL_FREE = "toll_free"

    def __str__(self) -> str:
        return str(self.value)
