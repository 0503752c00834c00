from enum import StrEnum


class DialerCampaignStatus(StrEnum):
    COMPLETED = "completed"
    DRAFT = "draft"
    ONGOING = "ongoing"
    PAUSED = "paused"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
