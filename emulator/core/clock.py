"""The emulator's clock: real time plus an offset tests can advance (expiry, schedules, rate limits).

Frozen, it stands still except when advanced, so a test decides exactly when each event fires. Its state
is kept in the store, so a restart with a database file resumes on the same emulator time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

ClockState = dict[str, Any]


class Clock:
    def __init__(self, *, frozen: bool = False) -> None:
        self._offset = 0.0
        self._frozen_at: float | None = time.time() if frozen else None
        self._on_change: Callable[[ClockState], None] | None = None

    def time(self) -> float:
        base = self._frozen_at if self._frozen_at is not None else time.time()
        return base + self._offset

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.time(), tz=UTC)

    @property
    def frozen(self) -> bool:
        return self._frozen_at is not None

    @property
    def offset(self) -> float:
        return self._offset

    def advance(self, seconds: float) -> None:
        if seconds > 0:
            self._offset += seconds
            self._changed()

    def advance_to(self, moment: float) -> None:
        """Move forward to `moment` (never back: emulator time is monotonic)."""
        self.advance(moment - self.time())

    def freeze(self) -> None:
        if self._frozen_at is None:
            self._frozen_at = time.time()
            self._changed()

    def unfreeze(self) -> None:
        """Run in real time again from the instant it stood at."""
        if self._frozen_at is not None:
            self._offset = self.time() - time.time()
            self._frozen_at = None
            self._changed()

    def reset(self) -> None:
        """Back to real time (still frozen if it was, at the real present)."""
        self._offset = 0.0
        if self._frozen_at is not None:
            self._frozen_at = time.time()
        self._changed()

    # --- persistence ------------------------------------------------------------------------------

    def state(self) -> ClockState:
        return {"offset": self._offset, "frozen_at": self._frozen_at}

    def restore(self, state: ClockState | None, on_change: Callable[[ClockState], None]) -> None:
        """Resume at the saved emulator time (frozen or running as this process was told) and save
        every change from now on."""
        if state:
            saved_frozen = state.get("frozen_at")
            resume_at = (float(saved_frozen) if saved_frozen is not None else time.time()) + float(
                state.get("offset") or 0.0
            )
            now = time.time()
            if self._frozen_at is not None:
                self._frozen_at = now
            self._offset = resume_at - now
        self._on_change = on_change

    def save(self) -> None:
        """Save the state again (a rolled-back transaction may have undone its saving)."""
        self._changed()

    def adopt(self, state: ClockState) -> None:
        """Take on the state another process saved (it shares this emulator's time), without saving it."""
        frozen_at = state.get("frozen_at")
        self._offset = float(state.get("offset") or 0.0)
        self._frozen_at = None if frozen_at is None else float(frozen_at)

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change(self.state())
