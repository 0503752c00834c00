"""Contains some shared types for properties and replies"""

from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import Any, Generic, Literal, TypeVar

import httpx
from attrs import define

from .errors import ClientError, UnexpectedReply, error_from_wire


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

T = TypeVar("T")


@define
class Response(Generic[T]):
    """A reply to one call: the HTTP details, and either the parsed result or the error."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    error: ClientError | None

    def unwrap(self) -> T:
        """The parsed result; raises the error (an `RpcError` subclass) when the call failed."""
        if self.error is not None:
            raise self.error
        if self.parsed is None:
            raise UnexpectedReply(int(self.status_code), self.content)
        return self.parsed


def build_response(response: httpx.Response, parse: Callable[[Any], T]) -> Response[T]:
    """Read a JSON-RPC reply: `result` goes through `parse`, `error` becomes a typed exception."""
    parsed: T | None = None
    error: ClientError | None = None
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, Mapping) and isinstance(body.get("error"), Mapping):
        error = error_from_wire(body["error"], response)
    elif isinstance(body, Mapping) and "result" in body:
        parsed = parse(body["result"])
    else:
        error = UnexpectedReply(response.status_code, response.content, response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        error=error,
    )


__all__ = ["UNSET", "Response", "Unset", "build_response"]
