from enum import StrEnum


class StartEmployeeCallFirstCall(StrEnum):
    CONTACT = "contact"
    EMPLOYEE = "employee"

    def __str__(self) -> str:
        return str(self.value)
