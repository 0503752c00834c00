"""Reading a request's query and body on the fast paths gives what the general paths give."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qsl

import pytest
from starlette.types import Message, Receive

from emulator.core.api_app import _query_lists
from emulator.core.body import BodyError, receive_body


@pytest.mark.parametrize(
    "query",
    [b"", b"a=1&b=2", b"a", b"a=&&b=x=y", b"&a=1&a=2&", b"=v", b"x=%2B1+2", b"lang=en&menu_id=9", b"k=a%20b"],
)
def test_query_values_are_parse_qsl_s(query: bytes) -> None:
    expected: dict[str, list[str]] = {}
    for key, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
        expected.setdefault(key, []).append(value)
    assert _query_lists(query) == expected


def _receiver(*messages: Message) -> tuple[list[int], Receive]:
    calls = [0]
    queue = list(messages)

    async def receive() -> Message:
        calls[0] += 1
        if queue:
            return queue.pop(0)
        await asyncio.sleep(3600)  # a client that never sends the rest
        raise AssertionError("unreachable")

    return calls, receive


def test_a_request_without_a_body_is_read_in_one_receive() -> None:
    calls, receive = _receiver({"type": "http.request", "body": b"", "more_body": False})
    assert asyncio.run(receive_body(receive, {}, limit=100, timeout=0.05)) == b""
    assert calls == [1]


def test_a_body_sent_in_parts_is_read_whole() -> None:
    calls, receive = _receiver(
        {"type": "http.request", "body": b'{"a":', "more_body": True},
        {"type": "http.request", "body": b"1}", "more_body": False},
    )
    headers = {"content-length": "7"}
    assert asyncio.run(receive_body(receive, headers, limit=100, timeout=0.5)) == b'{"a":1}'
    assert calls == [2]


def test_a_promised_body_that_never_comes_times_out() -> None:
    _, receive = _receiver({"type": "http.request", "body": b"{", "more_body": True})
    with pytest.raises(BodyError) as refused:
        asyncio.run(receive_body(receive, {"content-length": "10"}, limit=100, timeout=0.05))
    assert refused.value.status == 408
