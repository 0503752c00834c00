from enum import StrEnum


class CallStatus(StrEnum):
    ACTION_ONLY = "action_only"
    ACTION_ONLY_FINISHED = "action_only_finished"
    ASSIGNED = "assigned"
    CONNECTED = "connected"
    CONNECTING = "connecting"
    DEFLECTED = "deflected"
    FAILED = "failed"
    FINISHED = "finished"
    QUEUED = "queued"
    RECOVERED = "recovered"
    SCHEDULED = "scheduled"
    SELECTING = "selecting"
    SWITCHING = "switching"
    VOICEMAIL = "voicemail"
    VOICEMAIL_READ = "voicemail_read"
    VOICEMAIL_RECEIVED = "voicemail_received"

    def __str__(self) -> str:
        return str(self.value)
