from enum import StrEnum


class DialerCampaignType(StrEnum):
    AUTOMATED = "automated"
    OPERATOR = "operator"

    def __str__(self) -> str:
        return str(self.value)
