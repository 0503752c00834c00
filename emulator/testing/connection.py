"""One emulator as a test sees it, wherever it runs: in process, on a socket, or at an external URL.

Everything goes through HTTP (the control API included), so the same test runs in every mode.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import httpx

from .clients import CLIENT_FACTORIES, DEMO_TENANTS, Tenant


class EmulatorConnection:
    def __init__(
        self,
        url: str,
        *,
        mode: str,
        transport: httpx.BaseTransport | None = None,
        verify: ssl.SSLContext | bool = True,
        control_token: str | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.control_token = control_token  # an emulator served with --control-token wants it
        self._shared_control: httpx.Client | None = None  # for the helpers: one pool, not one per call
        self.mode = mode  # "in-process", "server" or "external"
        self.transport = transport
        self.verify = verify

    # --- plain HTTP -------------------------------------------------------------------------------

    def httpx_args(self) -> dict[str, Any]:
        """What an httpx client (or a generated client's `httpx_args`) needs to reach this emulator."""
        if self.transport is not None:
            return {"transport": self.transport}
        return {"verify": self.verify}

    def http(self, path: str = "", **kwargs: Any) -> httpx.Client:
        """An httpx client whose base URL is the emulator (plus `path`, e.g. an API's base path)."""
        return httpx.Client(base_url=f"{self.url}{path}", timeout=30, **{**self.httpx_args(), **kwargs})

    def async_http(self, path: str = "", **kwargs: Any) -> httpx.AsyncClient:
        args = self.httpx_args()
        return httpx.AsyncClient(base_url=f"{self.url}{path}", timeout=30, **{**args, **kwargs})

    def control(self) -> httpx.Client:
        """The control API under /_emulator."""
        headers = {"Authorization": f"Bearer {self.control_token}"} if self.control_token else {}
        return self.http("/_emulator", headers=headers)

    def _control(self, method: str, path: str, **kwargs: Any) -> Any:
        if self._shared_control is None:
            self._shared_control = self.control()
        response = self._shared_control.request(method, path, **kwargs)
        if response.status_code >= 400:
            raise AssertionError(f"{method} /_emulator{path}: {response.status_code} {response.text}")
        return response.json() if response.content else None

    def close(self) -> None:
        if self._shared_control is not None:
            self._shared_control.close()
            self._shared_control = None

    # --- the world --------------------------------------------------------------------------------

    def reset(self, *, rate_limit: bool = False, clock: str = "frozen") -> None:
        """Back to the demo state; the clock frozen by default, so time moves only when advanced."""
        self._control("POST", "/reset")
        self._control("PATCH", "/settings", json={"rate_limit": rate_limit, "clock": clock})

    def advance(self, seconds: float) -> dict[str, Any]:
        """Move the emulator clock forward, firing every event due on the way (callbacks included)."""
        state: dict[str, Any] = self._control("POST", "/clock", json={"advance_seconds": seconds})
        return state

    def now(self) -> float:
        """The emulator clock, in seconds since the epoch."""
        return float(self._control("GET", "/clock")["time"])

    def far_end(self, api_id: str, party: str, tenant: str | None = None, **rule: Any) -> dict[str, Any]:
        """How a party answers (outcome, answer_after_s, talk_s, dtmf, details): the far-end model."""
        tenant = tenant if tenant is not None else self.tenant(api_id).tenant
        found: dict[str, Any] = self._control("PUT", f"/farend/{api_id}/{tenant}/{party}", json=rule)
        return found

    def deliveries(self, api_id: str | None = None, **filters: str) -> list[dict[str, Any]]:
        """Callbacks the emulator sent (or refused to send), with the answers they got."""
        params = {"api": api_id, **filters} if api_id else dict(filters)
        found: list[dict[str, Any]] = self._control("GET", "/deliveries", params=params)
        return found

    def timeline(self) -> dict[str, Any]:
        """Pending events and handler failures."""
        found: dict[str, Any] = self._control("GET", "/timeline")
        return found

    def seed(self, source: Path | str | dict[str, Any]) -> None:
        """Create what a seed file describes (a path, or its parsed data) through the control API."""
        from ..seed.loader import apply_seed, read_seed

        if self._shared_control is None:
            self._shared_control = self.control()
        apply_seed(read_seed(source) if not isinstance(source, dict) else source, self._shared_control)

    # --- APIs ---------------------------------------------------------------------------------------

    def tenant(self, api_id: str) -> Tenant:
        """The demo tenant of an API: where it is served and its credentials."""
        return DEMO_TENANTS[api_id]

    def base_url(self, api_id: str) -> str:
        return f"{self.url}{DEMO_TENANTS[api_id].base_path}"

    def client(self, api_id: str, **credentials: Any) -> Any:
        """The generated client of an API, pointed here, with the demo tenant's credentials (or these)."""
        tenant = DEMO_TENANTS[api_id]
        options: dict[str, Any] = (
            {"httpx_args": {"transport": self.transport}}
            if self.transport is not None
            else {"verify_ssl": self.verify}
        )
        return CLIENT_FACTORIES[api_id](self.base_url(api_id), {**tenant.credentials, **credentials}, options)
