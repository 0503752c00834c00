from enum import StrEnum


class PdsCreateCampaignFormRequestPriorityStrategy(StrEnum):
    MAX_PRIORITY = "MAX_PRIORITY"
    MAX_WAITING_TIME = "MAX_WAITING_TIME"

    def __str__(self) -> str:
        return str(self.value)
