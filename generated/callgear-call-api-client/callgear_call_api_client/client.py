import asyncio
import itertools
import json
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Self

import httpx
from attrs import define, field

from .errors import ClientError, RpcError, error_from_wire

DEFAULT_BASE_URL = "https://callapi.callgear.com/v4.0"
LOGIN_METHOD = "login.user"
LOGOUT_METHOD = "logout.user"
TOKEN_PARAM = "access_token"
# Error mnemonics after which the client logs in again and retries the call once.
RENEW_ON = frozenset({"access_token_expired"})


def _dig(value: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        value = value.get(key) if isinstance(value, Mapping) else None
    return value


def _reply(response: httpx.Response) -> Mapping[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, Mapping) else {}


def _error_key(reply: Mapping[str, Any]) -> str | None:
    key = _dig(reply, ("error", "data", "mnemonic"))
    return key if isinstance(key, str) else None


@define
class Client:
    """A client for the CallGear Call API: JSON-RPC 2.0 over httpx, authenticated out of the box.

    Give ``login`` and ``password`` and the client calls ``login.user`` before the first
    call that needs a session key, keeps the key and adds it to every call as ``access_token``.
    It logs in again when the key is about to expire (``renew_before_seconds`` before its documented
    expiry, by ``clock``), and when a call is refused with ``access_token_expired`` (then the call is
    retried once). Calling ``logout.user`` ends the session and forgets the key.

    Or give ``access_token`` alone: a permanent key (or a session key obtained elsewhere), used as is.

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The API's URL, to which every call is POSTed (default ``https://callapi.callgear.com/v4.0``)

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.
    """

    login: str | None = field(default=None, kw_only=True)
    password: str | None = field(default=None, kw_only=True, repr=False)
    access_token: str | None = field(default=None, kw_only=True, repr=False)
    base_url: str = field(default=DEFAULT_BASE_URL, kw_only=True)
    renew_before_seconds: float = field(default=60.0, kw_only=True)
    clock: Callable[[], float] = field(default=time.time, kw_only=True)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    expires_at: float | None = field(default=None, init=False)
    _ids: Iterator[int] = field(factory=lambda: itertools.count(1), init=False)
    _lock: threading.Lock = field(factory=threading.Lock, init=False)
    _async_lock: asyncio.Lock | None = field(default=None, init=False)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    # --- the session key ----------------------------------------------------------------------------

    @property
    def can_log_in(self) -> bool:
        return self.login is not None and self.password is not None

    def _credentials(self) -> dict[str, Any]:
        return {"login": self.login, "password": self.password}

    def _key_is_fresh(self) -> bool:
        if self.access_token is None:
            return False
        return self.expires_at is None or self.clock() < self.expires_at - self.renew_before_seconds

    def _no_key(self) -> ClientError:
        return ClientError("no access_token: pass login and password, or access_token")

    def _observe(self, method: str, reply: Mapping[str, Any]) -> None:
        """Keep the key a login returns; forget it when the session is ended."""
        if method == LOGIN_METHOD:
            token = _dig(reply.get("result"), ("data", "access_token"))
            expires = _dig(reply.get("result"), ("data", "expire_at"))
            if isinstance(token, str):
                self.access_token = token
                self.expires_at = float(expires) if isinstance(expires, int | float) else None
        elif method == LOGOUT_METHOD and "result" in reply:
            self.access_token = None
            self.expires_at = None

    def _login_error(self, reply: Mapping[str, Any]) -> ClientError:
        error = reply.get("error")
        if isinstance(error, Mapping):
            return error_from_wire(error)
        return ClientError(f"{LOGIN_METHOD} returned no access_token")

    def log_in(self) -> str:
        """Call login.user now and keep the key it returns."""
        if not self.can_log_in:
            raise self._no_key()
        reply = _reply(self._post(LOGIN_METHOD, self._credentials()))
        self._observe(LOGIN_METHOD, reply)
        if self.access_token is None or "result" not in reply:
            raise self._login_error(reply)
        return self.access_token

    async def log_in_async(self) -> str:
        """Call login.user now and keep the key it returns."""
        if not self.can_log_in:
            raise self._no_key()
        reply = _reply(await self._post_async(LOGIN_METHOD, self._credentials()))
        self._observe(LOGIN_METHOD, reply)
        if self.access_token is None or "result" not in reply:
            raise self._login_error(reply)
        return self.access_token

    def _valid_key(self) -> str:
        with self._lock:
            if self._key_is_fresh():
                assert self.access_token is not None
                return self.access_token
            if not self.can_log_in:
                if self.access_token is not None:
                    return self.access_token
                raise self._no_key()
            return self.log_in()

    def _renewed_key(self, refused: str) -> str:
        with self._lock:
            if self.access_token != refused and self.access_token is not None:
                return self.access_token  # another thread has logged in meanwhile
            return self.log_in()

    def _get_async_lock(self) -> asyncio.Lock:
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        return self._async_lock

    async def _valid_key_async(self) -> str:
        async with self._get_async_lock():
            if self._key_is_fresh():
                assert self.access_token is not None
                return self.access_token
            if not self.can_log_in:
                if self.access_token is not None:
                    return self.access_token
                raise self._no_key()
            return await self.log_in_async()

    async def _renewed_key_async(self, refused: str) -> str:
        async with self._get_async_lock():
            if self.access_token != refused and self.access_token is not None:
                return self.access_token
            return await self.log_in_async()

    # --- calls --------------------------------------------------------------------------------------

    def _body(self, method: str, params: Mapping[str, Any]) -> bytes:
        request = {"jsonrpc": "2.0", "id": next(self._ids), "method": method, "params": dict(params)}
        return json.dumps(request, ensure_ascii=False).encode("utf-8")

    def _post(self, method: str, params: Mapping[str, Any]) -> httpx.Response:
        return self.get_httpx_client().post(
            self.base_url,
            content=self._body(method, params),
            headers={"Content-Type": "application/json; charset=UTF-8"},
        )

    async def _post_async(self, method: str, params: Mapping[str, Any]) -> httpx.Response:
        return await self.get_async_httpx_client().post(
            self.base_url,
            content=self._body(method, params),
            headers={"Content-Type": "application/json; charset=UTF-8"},
        )

    def call(self, method: str, params: Mapping[str, Any], *, authenticated: bool = True) -> httpx.Response:
        """POST one JSON-RPC call; `authenticated` adds the session key (logging in when needed)."""
        if not authenticated:
            response = self._post(method, params)
            self._observe(method, _reply(response))
            return response
        key = self._valid_key()
        response = self._post(method, {**params, TOKEN_PARAM: key})
        reply = _reply(response)
        if _error_key(reply) in RENEW_ON and self.can_log_in:
            response = self._post(method, {**params, TOKEN_PARAM: self._renewed_key(key)})
            reply = _reply(response)
        self._observe(method, reply)
        return response

    async def call_async(self, method: str, params: Mapping[str, Any], *, authenticated: bool = True) -> httpx.Response:
        """POST one JSON-RPC call; `authenticated` adds the session key (logging in when needed)."""
        if not authenticated:
            response = await self._post_async(method, params)
            self._observe(method, _reply(response))
            return response
        key = await self._valid_key_async()
        response = await self._post_async(method, {**params, TOKEN_PARAM: key})
        reply = _reply(response)
        if _error_key(reply) in RENEW_ON and self.can_log_in:
            response = await self._post_async(method, {**params, TOKEN_PARAM: await self._renewed_key_async(key)})
            reply = _reply(response)
        self._observe(method, reply)
        return response

    # --- httpx --------------------------------------------------------------------------------------

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including headers and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including headers and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


__all__ = ["DEFAULT_BASE_URL", "Client", "RpcError"]
