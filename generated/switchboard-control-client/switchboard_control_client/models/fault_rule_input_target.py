from enum import StrEnum


class FaultRuleInputTarget(StrEnum):
    API = "api"
    DELIVERY = "delivery"

    def __str__(self) -> str:
        return str(self.value)
