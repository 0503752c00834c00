from enum import StrEnum


class ScheduledCallRequestCallType(StrEnum):
    SCHEDULEDCALL = "ScheduledCall"
    VOICE_SCHEDULED_API = "Voice Scheduled (API)"

    def __str__(self) -> str:
        return str(self.value)
