from enum import StrEnum


class BulkUserTemplateRowMaxChatLimitEnabled(StrEnum):
    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = ""

    def __str__(self) -> str:
        return str(self.value)
