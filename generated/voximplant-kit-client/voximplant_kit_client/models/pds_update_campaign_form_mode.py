from enum import StrEnum


class PdsUpdateCampaignFormMode(StrEnum):
    PREDICTIVE = "predictive"
    PROGRESSIVE = "progressive"

    def __str__(self) -> str:
        return str(self.value)
