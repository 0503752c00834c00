from enum import StrEnum


class BulkUserTemplateRowStatus(StrEnum):
    ACTIVE = "Active"
    INACTIVE = "Inactive"
    VALUE_2 = ""

    def __str__(self) -> str:
        return str(self.value)
