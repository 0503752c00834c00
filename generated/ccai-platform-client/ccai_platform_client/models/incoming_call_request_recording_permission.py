from enum import StrEnum


class IncomingCallRequestRecordingPermission(StrEnum):
    RECORDING_PERMISSION_DENIED = "recording_permission_denied"
    RECORDING_PERMISSION_GRANTED = "recording_permission_granted"
    RECORDING_PERMISSION_NOT_ASKED = "recording_permission_not_asked"

    def __str__(self) -> str:
        return str(self.value)
