"""How long things take on a Voxology call, on the emulator clock.

The documentation gives no durations for speech or audio, so these are stated assumptions: text is spoken at
15 characters a second (about 160 words a minute, a usual text-to-speech rate), an audio file whose length
the emulator cannot know plays for 5 seconds, a DTMF string takes `dtmf_delay` per tone and
`dtmf_dash_delay` per dash (the documented defaults: 250 ms each), and PAUSE lasts its `seconds`.
"""

from __future__ import annotations

from typing import Any

CHARACTERS_PER_SECOND = 15.0
AUDIO_FILE_S = 5.0
MIN_SPEECH_S = 0.5
# North American ring cadence: 2 s of ringing, 4 s of silence. An inbound call is answered at the end of
# its configuration's `answer_on_ring`-th ring.
RING_ON_S, RING_CYCLE_S = 2.0, 6.0
# Outbound messages move through their statuses at these times after the request (carrier hand-off and
# delivery receipt); the documentation gives statuses, not times.
MESSAGE_STEPS_S = {
    "queued": 0.2,
    "sending": 0.5,
    "sent": 1.0,
    "delivered": 3.0,
    "undelivered": 3.0,
    "failed": 0.2,
}


def _number(value: Any, default: float) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else default


def repeats(params: dict[str, Any]) -> int:
    return max(1, int(_number(params.get("repeat", params.get("loop", 1)), 1)))


def say_seconds(text: str, params: dict[str, Any]) -> float:
    return max(MIN_SPEECH_S, len(text) / CHARACTERS_PER_SECOND) * repeats(params)


def play_seconds(params: dict[str, Any]) -> float:
    dtmf = params.get("dtmf")
    if isinstance(dtmf, str) and not params.get("url"):
        tone = _number(params.get("dtmf_delay"), 250) / 1000
        dash = _number(params.get("dtmf_dash_delay"), 250) / 1000
        tones = sum(1 for c in dtmf if c not in "- ")
        return (tones * tone + dtmf.count("-") * dash) * repeats(params)
    return AUDIO_FILE_S * repeats(params)


def pause_seconds(params: dict[str, Any]) -> float:
    return max(0.0, _number(params.get("seconds"), 5))


def inbound_answer_after(answer_on_ring: Any) -> float:
    rings = min(10, max(1, int(_number(answer_on_ring, 1))))
    return (rings - 1) * RING_CYCLE_S + RING_ON_S
