from enum import StrEnum


class PdsCreateCampaignFormOutboundRecordNotificationDuration(StrEnum):
    DEFAULT = "DEFAULT"
    ONEYEAR = "ONEYEAR"
    SIXMONTHS = "SIXMONTHS"
    THREEYEARS = "THREEYEARS"
    TWOYEARS = "TWOYEARS"

    def __str__(self) -> str:
        return str(self.value)
