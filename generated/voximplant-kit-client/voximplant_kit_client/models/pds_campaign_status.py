from enum import StrEnum


class PdsCampaignStatus(StrEnum):
    COMPLETED = "completed"
    DRAFT = "draft"
    ONGOING = "ongoing"
    PAUSED = "paused"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
