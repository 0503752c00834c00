"""How long things take on a CallGear line: playing a message, and when a `dtmf_string`'s digits go out.

The documentation gives no durations. A TTS message is spoken at about 15 characters a second (some
150 words a minute, the usual rate of synthesised speech); a media file plays for its `duration_s`
(set per file through the control API), or 10 seconds when the file does not say.
"""

from __future__ import annotations

import math
import re
from typing import Any

TTS_CHARACTERS_PER_SECOND = 15.0
MEDIA_DEFAULT_SECONDS = 10.0
SHORTEST_MESSAGE_SECONDS = 1.0


def tts_seconds(text: str) -> float:
    return max(SHORTEST_MESSAGE_SECONDS, math.ceil(len(text) / TTS_CHARACTERS_PER_SECOND * 10) / 10)


def message_seconds(message: dict[str, Any], media: dict[str, Any] | None) -> float:
    """Play time of a `{type, value}` message; `media` is the stored file of a media message."""
    if message["type"] == "tts":
        return tts_seconds(str(message["value"]))
    duration = (media or {}).get("duration_s")
    if isinstance(duration, int | float) and not isinstance(duration, bool) and duration > 0:
        return float(duration)
    return MEDIA_DEFAULT_SECONDS


def dtmf_steps(dtmf_string: str) -> list[tuple[float, str]]:
    """(seconds after the contact answers, digits) as documented: each '.' waits one second, digits in a
    row go together: ".12.1..4" sends "12" at 1 s, "1" at 2 s and "4" at 4 s."""
    steps: list[tuple[float, str]] = []
    waited = 0.0
    for dots, digits in re.findall(r"(\.*)([0-9*#]*)", dtmf_string):
        waited += len(dots)
        if digits:
            steps.append((waited, digits))
    return steps
