"""The in-process control client seed_demo() uses: a route's answer, a ControlError as the app renders
it, and a route that would wait on something refused rather than left half done."""

from __future__ import annotations

from collections.abc import Generator

import httpx
import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, Router

from emulator.core.control_base import ControlError, json_body
from emulator.seed.inline import InlineTransport


async def echo(request: Request) -> Response:
    return JSONResponse({"got": await json_body(request)}, status_code=201)


async def refuse(request: Request) -> Response:
    raise ControlError(409, "taken")


class _Suspend:
    """What awaiting a timer or a socket does to the coroutine: it gives control back to the loop."""

    def __await__(self) -> Generator[None, None, None]:
        yield


async def waits(request: Request) -> Response:
    await _Suspend()
    return Response(status_code=204)


def _client() -> httpx.Client:
    router = Router(
        routes=[Route("/echo", echo, methods=["POST"]), Route("/refuse", refuse), Route("/waits", waits)]
    )
    return httpx.Client(base_url="http://inline", transport=InlineTransport(router))


def test_an_inline_request_gets_the_route_s_answer() -> None:
    with _client() as client:
        answer = client.post("/echo", json={"a": 1})
        refused = client.get("/refuse")
    assert (answer.status_code, answer.json()) == (201, {"got": {"a": 1}})
    assert (refused.status_code, refused.json()) == (409, {"error": "taken"})


def test_a_route_that_waits_is_refused() -> None:
    with _client() as client, pytest.raises(RuntimeError, match="GET /waits waited on something"):
        client.get("/waits")
