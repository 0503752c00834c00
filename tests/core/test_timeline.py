"""The timeline: events fire once, in time order, at their own times, and survive a restart."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from emulator.core.environment import Environment, Settings
from emulator.core.store import Event


def frozen_env(db: Path | None = None) -> Environment:
    return Environment.create(Settings(db_path=db, frozen_clock=True))


def recorder(env: Environment, topic: str = "test.tick") -> list[tuple[float, dict[str, object]]]:
    fired: list[tuple[float, dict[str, object]]] = []

    def handler(event: Event) -> None:
        fired.append((env.clock.time(), event.payload))

    env.timeline.on(topic, handler)
    return fired


def test_advancing_fires_due_events_in_time_order_with_the_clock_at_each() -> None:
    env = frozen_env()
    fired = recorder(env)
    start = env.clock.time()
    env.timeline.after(30, "test.tick", {"n": 3})
    env.timeline.after(10, "test.tick", {"n": 1})
    env.timeline.after(20, "test.tick", {"n": 2})
    env.timeline.after(90, "test.tick", {"n": 4})

    assert asyncio.run(env.timeline.advance(60)) == 3
    assert [(round(t - start), p["n"]) for t, p in fired] == [(10, 1), (20, 2), (30, 3)]
    assert round(env.clock.time() - start) == 60  # and the clock ends where it was sent
    assert env.store.next_due() == pytest.approx(start + 90)


def test_a_frozen_clock_stands_still_and_fires_only_what_is_due() -> None:
    env = frozen_env()
    fired = recorder(env)
    before = env.clock.time()
    env.timeline.after(0, "test.tick", {"n": "now"})
    env.timeline.after(5, "test.tick", {"n": "later"})
    assert asyncio.run(env.timeline.fire_due()) == 1
    assert env.clock.time() == before
    assert [p["n"] for _, p in fired] == ["now"]


def test_events_scheduled_while_firing_fire_in_the_same_advance() -> None:
    env = frozen_env()
    seen: list[str] = []

    def ring(event: Event) -> None:
        seen.append("ring")
        env.timeline.after(2, "test.answer", {})

    def answer(event: Event) -> None:
        seen.append("answer")
        env.timeline.after(3, "test.hangup", {})

    env.timeline.on("test.ring", ring)
    env.timeline.on("test.answer", answer)
    env.timeline.on("test.hangup", lambda event: seen.append("hangup"))
    env.timeline.after(1, "test.ring", {})
    assert asyncio.run(env.timeline.advance(10)) == 3
    assert seen == ["ring", "answer", "hangup"]


def test_cancelled_events_never_fire() -> None:
    env = frozen_env()
    fired = recorder(env)
    env.timeline.after(5, "test.tick", {"n": 1}, key="call-1")
    env.timeline.after(5, "test.tick", {"n": 2}, key="call-2")
    assert env.timeline.cancel("test.tick", "call-1") == 1
    asyncio.run(env.timeline.advance(10))
    assert [p["n"] for _, p in fired] == [2]


def test_a_failing_handler_rolls_back_its_writes_and_the_world_goes_on() -> None:
    env = frozen_env()
    fired = recorder(env)

    def broken(event: Event) -> None:
        env.store.put("t", "doc", "half", {"written": True})
        raise RuntimeError("boom")

    env.timeline.on("test.broken", broken)
    env.timeline.after(1, "test.broken", {})
    env.timeline.after(2, "test.tick", {"n": "after"})
    assert asyncio.run(env.timeline.advance(5)) == 2
    assert env.store.get("t", "doc", "half") is None
    assert [p["n"] for _, p in fired] == ["after"]
    assert "RuntimeError: boom" in env.timeline.failures[-1]


def test_scheduling_an_unknown_topic_is_a_programming_error() -> None:
    env = frozen_env()
    with pytest.raises(KeyError, match="no handler"):
        env.timeline.after(1, "test.nobody", {})


def test_events_and_the_clock_survive_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "state.db"
    env = frozen_env(db)
    recorder(env)
    asyncio.run(env.timeline.advance(100))
    moment = env.clock.time()
    env.timeline.after(50, "test.tick", {"n": "resumed"})
    env.store.close()

    again = frozen_env(db)
    fired = recorder(again)
    assert again.clock.time() == pytest.approx(moment, abs=0.01)  # emulator time resumes where it was
    assert asyncio.run(again.timeline.advance(49)) == 0
    assert asyncio.run(again.timeline.advance(1)) == 1
    assert [p["n"] for _, p in fired] == ["resumed"]


def test_the_runner_fires_what_becomes_due_without_being_asked() -> None:
    env = frozen_env()
    done = asyncio.Event()
    env.timeline.on("test.tick", lambda event: done.set())

    async def scenario() -> None:
        env.timeline.start()
        try:
            env.timeline.after(0, "test.tick", {})
            await asyncio.wait_for(done.wait(), timeout=5)
        finally:
            await env.timeline.stop()

    asyncio.run(scenario())
    assert env.store.next_due() is None


def test_each_event_is_taken_once() -> None:
    env = frozen_env()
    env.timeline.on("test.tick", lambda event: None)
    env.timeline.after(0, "test.tick", {})
    moment = env.clock.time()
    assert env.store.take_due(moment) is not None
    assert env.store.take_due(moment) is None
