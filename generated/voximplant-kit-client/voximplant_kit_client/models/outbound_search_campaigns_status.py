from enum import StrEnum


class OutboundSearchCampaignsStatus(StrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"
    DRAFT = "draft"
    ERROR = "error"
    PAUSED = "paused"
    PROCESSING = "processing"
    READY = "ready"
    STARTED = "started"

    def __str__(self) -> str:
        return str(self.value)
