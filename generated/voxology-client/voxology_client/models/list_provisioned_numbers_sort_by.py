from enum import StrEnum


class ListProvisionedNumbersSortBy(StrEnum):
    ASSIGNED_TO = "assigned_to"
    CREATED_ON = "created_on"
    NO = "no"
    STATUS = "status"
    UPDATED_ON = "updated_on"

    def __str__(self) -> str:
        return str(self.value)
