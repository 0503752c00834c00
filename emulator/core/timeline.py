"""Events on the emulator clock: providers schedule them, one runner fires them in time order.

A provider says what happens ("ring this leg", "the far end hangs up", "send this callback") and when, on
the emulator clock; it never sleeps or starts a thread. Events live in the store, so a restart with a
database file resumes them. Each fires once, in a transaction of its own, like a request; for a sync
handler that is the transaction that claims the event, so a process killed while it fires leaves the
event to fire in another (an async handler's claim commits before it runs: once at most).

The runner is one asyncio task that sleeps until the next due event (one timer): an idle emulator does
nothing. When other processes share the store (`poll_s` set), it also looks at least that often, for the
events they scheduled and the clock changes they made (`before_firing` reads those in).
Advancing the clock fires everything due on the way, in order, before it answers, with the clock
standing at each event's time while it fires; a frozen clock only moves when advanced.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from .clock import Clock
from .store import Document, Event, Store

log = logging.getLogger("switchboard.timeline")

FAILURES_NS, FAILURES_KIND = "emulator", "timeline_failure"
MAX_FAILURES = 100

SyncHandler = Callable[[Event], None]
AsyncHandler = Callable[[Event], Awaitable[None]]


class _HandlerFailed(Exception):
    def __init__(self, event: Event, error: Exception) -> None:
        super().__init__(str(error))
        self.event, self.error = event, error


@dataclass(slots=True)
class _Handler:
    run: Callable[[Event], Any]
    is_async: bool


class Timeline:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self._handlers: dict[str, _Handler] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._firing: asyncio.Lock | None = None
        self._firing_loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self.poll_s: float | None = None  # the longest the runner sleeps, when the store is shared
        self.before_firing: Callable[[], None] | None = None  # reads in what other processes changed

    # --- what providers use -----------------------------------------------------------------------

    def on(self, topic: str, handler: SyncHandler) -> None:
        """`handler` fires the events of `topic`, inside a store transaction."""
        self._handlers[topic] = _Handler(handler, is_async=False)

    def on_async(self, topic: str, handler: AsyncHandler) -> None:
        """For events that talk to the outside world: the handler keeps its own transactions short."""
        self._handlers[topic] = _Handler(handler, is_async=True)

    def at(self, moment: float, topic: str, payload: Document | None = None, *, key: str = "") -> int:
        """Schedule `topic` at emulator time `moment`; `key` lets it be cancelled (e.g. a call id)."""
        if topic not in self._handlers:
            raise KeyError(f"no handler for timeline topic {topic!r}")
        event_id = self.store.add_event(moment, topic, key, payload or {})
        self._poke()
        return event_id

    def after(self, seconds: float, topic: str, payload: Document | None = None, *, key: str = "") -> int:
        return self.at(self.clock.time() + max(0.0, seconds), topic, payload, key=key)

    def cancel(self, topic: str, key: str) -> int:
        """Drop the pending events of `topic` scheduled under `key`; how many there were."""
        return self.store.cancel_events(topic, key)

    # --- firing -----------------------------------------------------------------------------------

    async def fire_due(self) -> int:
        """Fire every event due now, in order (events they schedule for now included)."""
        async with self._lock():
            self._before_firing()
            return await self._fire_until(self.clock.time(), move_clock=False)

    async def advance(self, seconds: float) -> int:
        """Move the clock forward, firing each event on the way at its own time; how many fired."""
        async with self._lock():
            self._before_firing()
            target = self.clock.time() + seconds
            fired = await self._fire_until(target, move_clock=True)
            self.clock.advance_to(target)
        self._poke()
        return fired

    async def _fire_until(self, until: float, *, move_clock: bool) -> int:
        fired = 0
        while True:
            due = self.store.next_due()  # a look without the write lock: most often nothing is due
            if due is None or due > until:
                return fired
            event, to_fire = self._claim(until, move_clock=move_clock)
            if event is None:  # another process claimed it first
                await asyncio.sleep(0)
                continue
            if to_fire:
                await self._fire(event)
            fired += 1

    def _claim(self, until: float, *, move_clock: bool) -> tuple[Event | None, bool]:
        """Claim the earliest event due by `until`. A sync handler fires in the claim's own transaction,
        so that a process killed while it runs leaves the event for another to fire; the event is
        returned still to fire (True) when its handler is async or missing."""
        try:
            with self.store.transaction():
                event = self.store.take_due(until)
                if event is None:
                    return None, False
                if move_clock:
                    self.clock.advance_to(event.due)
                handler = self._handlers.get(event.topic)
                if handler is None or handler.is_async:
                    return event, True
                try:
                    handler.run(event)
                except Exception as error:
                    raise _HandlerFailed(event, error) from error
                return event, False
        except _HandlerFailed as failed:
            # One broken event must not stop the world: its writes (and its claim) were rolled back;
            # it is dropped and recorded, and the clock saved where it stood for it.
            log.exception("timeline event %s (%s) failed", failed.event.id, failed.event.topic)
            self.store.delete_event(failed.event.id)
            self.clock.save()
            self._failed(failed.event, f"{type(failed.error).__name__}: {failed.error}")
            return failed.event, False

    async def _fire(self, event: Event) -> None:
        """An event whose claim has committed: an async handler's, or one nothing handles."""
        handler = self._handlers.get(event.topic)
        if handler is None:
            self._failed(event, "no handler is registered for this topic")
            return
        try:
            await handler.run(event)
        except Exception as error:  # one broken event must not stop the world: recorded, then dropped
            log.exception("timeline event %s (%s) failed", event.id, event.topic)
            self._failed(event, f"{type(error).__name__}: {error}")

    def _before_firing(self) -> None:
        if self.before_firing is not None:
            self.before_firing()

    def _failed(self, event: Event, why: str) -> None:
        # In the store, so that every process shows the failures of all; the newest MAX_FAILURES kept.
        with self.store.transaction():
            number = self.store.next_id(FAILURES_NS, FAILURES_KIND)
            text = f"event {event.id} {event.topic}: {why}"
            self.store.put(FAILURES_NS, FAILURES_KIND, f"{number:012d}", {"text": text})
            if number > MAX_FAILURES:
                self.store.delete(FAILURES_NS, FAILURES_KIND, f"{number - MAX_FAILURES:012d}")

    @property
    def failures(self) -> list[str]:
        """Handlers that raised, newest last (bounded): for the control API."""
        newest = self.store.page(FAILURES_NS, FAILURES_KIND, 0, MAX_FAILURES, newest_first=True)
        return [doc["text"] for doc in reversed(newest)]

    # --- the runner -------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the runner on the running event loop (the app's lifespan)."""
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._task = asyncio.create_task(self._run(), name="switchboard-timeline")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            self._wake.clear()
            await self.fire_due()
            due = self.store.next_due()
            delay = None if due is None or self.clock.frozen else max(0.0, due - self.clock.time())
            if delay == 0.0:
                continue
            if self.poll_s is not None:
                delay = self.poll_s if delay is None else min(delay, self.poll_s)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=delay)

    def wake(self) -> None:
        """Let the runner look again (the clock's mode changed, or the store was reset)."""
        self._poke()

    def _poke(self) -> None:
        """Wake the runner: something may now be due sooner than it planned for."""
        loop, wake = self._loop, self._wake
        if loop is None or wake is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            wake.set()
        else:
            loop.call_soon_threadsafe(wake.set)

    def _lock(self) -> asyncio.Lock:
        # One per event loop: in-process tests may drive the app from several loops in turn.
        loop = asyncio.get_running_loop()
        if self._firing is None or self._firing_loop is not loop:
            self._firing, self._firing_loop = asyncio.Lock(), loop
        return self._firing
