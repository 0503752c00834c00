"""A customer's server on loopback, for vendors that call back: it records every request it gets and answers
each from a script, so that a test can play the customer's side of a call flow or webhook."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: Any  # parsed JSON, a dict of form or query fields, or the raw text


# What to answer a request with: (status, JSON body or None for an empty answer).
Answer = tuple[int, Any]
Script = Callable[[Received], Answer]


@dataclass
class CustomerServer:
    url: str
    received: list[Received] = field(default_factory=list)
    script: Script = lambda request: (204, None)  # the default answers nothing more
    lock: threading.Lock = field(default_factory=threading.Lock)

    def requests_to(self, path: str) -> list[Received]:
        with self.lock:
            return [r for r in self.received if r.path == path]

    def answer_with(self, script: Script) -> None:
        self.script = script


def _handler(server: CustomerServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length).decode("utf-8") if length else ""
            content_type = self.headers.get("content-type", "")
            body: Any
            if not raw:
                body = dict(parse_qsl(parts.query)) if parts.query else None
            elif content_type.startswith("application/json"):
                body = json.loads(raw)
            elif content_type.startswith("application/x-www-form-urlencoded"):
                body = dict(parse_qsl(raw))
            else:
                body = raw
            request = Received(
                self.command, parts.path, {k.lower(): v for k, v in self.headers.items()}, body
            )
            with server.lock:
                server.received.append(request)
            status, answer = server.script(request)
            payload = b"" if answer is None else json.dumps(answer).encode("utf-8")
            self.send_response(status)
            if payload:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = _serve

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the test reads `received` instead."""

    return Handler


@pytest.fixture
def customer_server() -> Iterator[CustomerServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server = CustomerServer(url=f"http://127.0.0.1:{httpd.server_address[1]}")
    httpd.RequestHandlerClass = _handler(server)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield server
    httpd.shutdown()
    httpd.server_close()
