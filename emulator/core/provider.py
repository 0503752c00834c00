"""The base of every API provider: a class holding only one vendor's behaviour.

A provider method named after an operationId (snake_case) handles that operation; an operation
without one answers with the first documented example of its success response.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from starlette.routing import BaseRoute

from .errors import ApiError
from .ratelimit import RateLimit

if TYPE_CHECKING:
    from .environment import Environment
    from .operations import Operation


@dataclass(slots=True)
class UploadedFile:
    filename: str
    content_type: str
    data: bytes


@dataclass(slots=True)
class RequestView:
    """What authentication may look at: headers (lower-case names), raw query values, the parsed
    body (a dict for JSON objects and forms) or None when there is none or it could not be read, and
    the operation, whose `security` says which credentials it takes."""

    headers: dict[str, str]
    query: dict[str, list[str]]
    body: Any
    operation: Operation | None = None
    # Variables of a scoping server the path was matched under (e.g. {"subaccount_id": "5"}).
    server_variables: dict[str, str] = field(default_factory=dict)

    @property
    def security(self) -> list[dict[str, list[str]]]:
        """The operation's security requirements (alternatives of scheme names), for per-operation schemes."""
        return self.operation.security if self.operation else []


@dataclass(slots=True)
class ApiCall:
    """One validated request, as a provider method sees it."""

    operation: Operation
    principal: Any
    path_params: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any
    files: dict[str, UploadedFile]
    base_url: str  # scheme://host[:port] + the API's base path
    server_variables: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str | None = "application/json"


Handler = Callable[[ApiCall], Reply]


def snake_case(name: str) -> str:
    name = re.sub(r"[^0-9a-zA-Z]+", "_", name)
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower().strip("_")


class Provider:
    api_id: ClassVar[str]
    spec_filename: ClassVar[str] = "openapi.yaml"
    # Wire conventions some vendors have (all off by default):
    # the form field that names the operation when a request is sent to the base path itself ...
    command_field: ClassVar[str | None] = None
    # ... form fields that may travel in the query string instead ...
    form_fields_in_query: ClassVar[bool] = False
    # ... booleans written in any case (True, FALSE) in forms and query strings ...
    any_case_booleans: ClassVar[bool] = False
    # ... and booleans there as a PHP backend reads them: `1`, `0` and an empty string besides true, false.
    php_booleans: ClassVar[bool] = False
    # ... and every form accepted in either form encoding (urlencoded or multipart), whichever one the spec
    # documents for the operation, for vendors whose services read both the same way.
    multipart_forms: ClassVar[bool] = False

    def __init__(self, env: Environment) -> None:
        self.env = env
        self.store = env.store
        self.clock = env.clock

    # --- hooks a provider overrides -------------------------------------------------------------

    def authenticate(self, request: RequestView) -> Any:
        """Who is calling, from the request's credentials; raise ApiError(401) when nobody valid is."""
        return None

    def rate_limit(self, principal: Any) -> tuple[str, RateLimit] | None:
        """The bucket key and limit for this caller, for vendors that document one."""
        return None

    def render_error(self, error: ApiError) -> Reply:
        return Reply(status=error.status, body={"message": error.message}, headers=error.headers)

    def seed_demo(self) -> None:
        """Create the demo tenant a newcomer can call at once."""

    def control_routes(self) -> list[BaseRoute]:
        """Routes mounted under /_emulator/<api-id>/ for tests: create tenants, read what was recorded."""
        return []

    def inspector_calls(self) -> list[dict[str, Any]]:
        """The newest calls of every tenant, for the inspector page: {api, tenant, id, state, legs: [{party,
        state}], started_at}, read by page or index (never a scan of every call)."""
        return []

    # --- shared machinery -------------------------------------------------------------------------

    def handler_for(self, operation_id: str) -> Handler | None:
        handler: Handler | None = getattr(self, snake_case(operation_id), None)
        return handler
