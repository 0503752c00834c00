from enum import StrEnum


class StartSimpleCallFirstCall(StrEnum):
    CONTACT = "contact"
    OPERATOR = "operator"

    def __str__(self) -> str:
        return str(self.value)
