from typing import Literal

CallSessionInfoAudioQuality = Literal["HD", "Standard", "Ultra HD"]

CALL_SESSION_INFO_AUDIO_QUALITY_VALUES: set[CallSessionInfoAudioQuality] = {
    "HD",
    "Standard",
    "Ultra HD",
}


def check_call_session_info_audio_quality(value: str) -> CallSessionInfoAudioQuality:
    if value in CALL_SESSION_INFO_AUDIO_QUALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_SESSION_INFO_AUDIO_QUALITY_VALUES!r}")
