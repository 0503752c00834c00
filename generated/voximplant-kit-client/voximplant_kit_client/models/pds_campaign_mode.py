from enum import StrEnum


class PdsCampaignMode(StrEnum):
    PREDICTIVE = "predictive"
    PROGRESSIVE = "progressive"

    def __str__(self) -> str:
        return str(self.value)
