from enum import StrEnum


class StartScenarioCallFirstCall(StrEnum):
    CONTACT = "contact"
    EMPLOYEE = "employee"

    def __str__(self) -> str:
        return str(self.value)
