from enum import StrEnum


class CollectActionParamsFinishOnKey(StrEnum):
    OFF = "off"
    POUND = "pound"
    VALUE_10 = "8"
    VALUE_11 = "9"
    VALUE_12 = "#"
    VALUE_13 = "*"
    VALUE_2 = "0"
    VALUE_3 = "1"
    VALUE_4 = "2"
    VALUE_5 = "3"
    VALUE_6 = "4"
    VALUE_7 = "5"
    VALUE_8 = "6"
    VALUE_9 = "7"

    def __str__(self) -> str:
        return str(self.value)
