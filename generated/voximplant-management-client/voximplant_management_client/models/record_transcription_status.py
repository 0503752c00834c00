from typing import Literal

RecordTranscriptionStatus = Literal["Complete", "In progress", "Not required"]

RECORD_TRANSCRIPTION_STATUS_VALUES: set[RecordTranscriptionStatus] = {
    "Complete",
    "In progress",
    "Not required",
}


def check_record_transcription_status(value: str) -> RecordTranscriptionStatus:
    if value in RECORD_TRANSCRIPTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECORD_TRANSCRIPTION_STATUS_VALUES!r}")
