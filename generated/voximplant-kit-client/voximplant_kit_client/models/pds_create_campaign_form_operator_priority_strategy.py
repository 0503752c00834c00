from enum import StrEnum


class PdsCreateCampaignFormOperatorPriorityStrategy(StrEnum):
    LEAST_QUALIFIED = "LEAST_QUALIFIED"
    MAX_WAITING_TIME = "MAX_WAITING_TIME"
    MOST_QUALIFIED = "MOST_QUALIFIED"

    def __str__(self) -> str:
        return str(self.value)
