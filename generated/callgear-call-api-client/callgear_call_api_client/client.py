import asyncio
import email.utils
import itertools
import json
import logging
import os
import random
import ssl
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from .errors import ClientError, RpcError, error_from_wire
from .types import UNSET, Unset

# Environment variables: CALLGEAR_BASE_URL, CALLGEAR_TIMEOUT (seconds), CALLGEAR_MAX_RETRIES, and the
# credentials: CALLGEAR_ACCESS_TOKEN, CALLGEAR_LOGIN, CALLGEAR_PASSWORD.
ENV_PREFIX = "CALLGEAR"
DEFAULT_BASE_URL = "https://callapi.callgear.com/v4.0"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
LOGGER = logging.getLogger("callgear_call_api_client")
# Methods that only read: a dropped connection or a 5xx retries them like a GET.
# A call's own timeout: seconds, an httpx.Timeout, None (none at all) or UNSET (the client's).
Timeout = float | httpx.Timeout | None | Unset
IDEMPOTENT_PREFIXES = ("list.",)
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


# --- retries, pacing and logging: an httpx transport wrapper -------------------------------------------

# Methods that HTTP defines as idempotent: resent after a failure even if the server may have seen them.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# The request extension an operation sets when it only reads although its method is POST.
IDEMPOTENT_EXTENSION = "idempotent"


@define(frozen=True)
class Refusal:
    """A response worth retrying: what the server asked to wait, and whether it may have acted."""

    wait: float | None
    processed: bool
    reason: str


@define(frozen=True)
class RetryPolicy:
    """When and how long a client waits before sending a request again.

    Retried: connection errors, 5xx answers (not 501) and the vendor's rate-limit refusals. A request that
    may have reached the server (a dropped connection, a read timeout, a 5xx) is resent only when it is
    idempotent (GET, PUT, DELETE, ... or an operation that only reads); a refusal that says the request was
    not processed (429, a rate-limit error) is retried whatever the method. The wait is the server's
    ``Retry-After`` when it sends one (up to ``max_retry_after``; a longer one is not waited for, the error
    is raised at once), else exponential backoff: ``backoff_base * 2**retry`` capped at ``backoff_cap``,
    with full jitter (a random wait between 0 and that) unless ``jitter`` is False.

    Attributes:
        max_retries: Retries after the first attempt (0 turns retrying off).
        backoff_base: Seconds before the first retry, doubled for each further one.
        backoff_cap: The longest backoff wait, in seconds.
        jitter: Randomise backoff waits (spreads the retries of many clients).
        max_retry_after: The longest ``Retry-After`` the client waits for, in seconds.
        sleep: How the sync client waits (``time.sleep``; tests pass their own).
        async_sleep: How the async client waits (``asyncio.sleep``).
        clock: The clock pacing reads (``time.monotonic``; one that moves with ``sleep``).
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    jitter: bool = True
    max_retry_after: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)

    def backoff(self, retry: int) -> float:
        ceiling = min(self.backoff_cap, self.backoff_base * 2**retry)
        return random.uniform(0, ceiling) if self.jitter else ceiling


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from a ``Retry-After`` header (a number of seconds or an HTTP date), if there is one."""
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def http_refusal(response: httpx.Response) -> Refusal | None:
    """The refusals every HTTP API shares: 429 (not processed) and 5xx but 501 (maybe processed)."""
    status = response.status_code
    if status == 429:
        return Refusal(retry_after(response.headers), processed=False, reason="429")
    if status >= 500 and status != 501:
        return Refusal(retry_after(response.headers), processed=True, reason=str(status))
    return None


def _idempotent(request: httpx.Request) -> bool:
    return request.method in IDEMPOTENT_METHODS or bool(request.extensions.get(IDEMPOTENT_EXTENSION))


def _unsent(error: httpx.TransportError) -> bool:
    """Whether the request surely never reached the server (no connection was made for it)."""
    return isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


class Pacer:
    """Spaces requests at least ``interval`` seconds apart (a client-side rate limit), across threads."""

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self._clock = clock
        self._next = 0.0
        self._lock = threading.Lock()

    def delay(self) -> float:
        """Reserve the next slot; the seconds to wait for it."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._next)
            self._next = slot + self.interval
            return slot - now


class _Retrying:
    """What the sync and async transports share: the decisions, and the log lines."""

    def __init__(
        self,
        policy: RetryPolicy,
        logger: logging.Logger,
        classify: Callable[[httpx.Response], Refusal | None],
        pacer: Pacer | None,
        reads_body: bool,
    ) -> None:
        self.policy = policy
        self.logger = logger
        self.classify = classify
        self.pacer = pacer
        self.reads_body = reads_body

    def after_error(self, request: httpx.Request, error: httpx.TransportError, retry: int) -> float | None:
        """The wait before resending after a transport error, or None to raise it."""
        if retry >= self.policy.max_retries or not (_unsent(error) or _idempotent(request)):
            return None
        wait = self.policy.backoff(retry)
        self._log_retry(request, type(error).__name__, wait, retry)
        return wait

    def after_response(self, request: httpx.Request, response: httpx.Response, retry: int) -> float | None:
        """The wait before resending after this response, or None to return it."""
        refusal = self.classify(response)
        if refusal is None or retry >= self.policy.max_retries:
            return None
        if refusal.processed and not _idempotent(request):
            return None
        wait = refusal.wait if refusal.wait is not None else self.policy.backoff(retry)
        if wait > self.policy.max_retry_after:
            return None
        self._log_retry(request, refusal.reason, wait, retry)
        return wait

    def log_request(self, request: httpx.Request, outcome: str, started: float) -> None:
        # The path only: Kit and Voximplant carry credentials in the query string.
        if self.logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            self.logger.debug("%s %s -> %s (%.1f ms)", request.method, request.url.path, outcome, elapsed)

    def _log_retry(self, request: httpx.Request, reason: str, wait: float, retry: int) -> None:
        self.logger.info(
            "retrying %s %s after %s in %.2f s (retry %d of %d)",
            request.method,
            request.url.path,
            reason,
            wait,
            retry + 1,
            self.policy.max_retries,
        )


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport: paces, retries by a `RetryPolicy`, logs every attempt (logger of the package)."""

    def __init__(self, inner: httpx.BaseTransport, retrying: _Retrying) -> None:
        self._inner = inner
        self._retrying = retrying

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retrying, retry = self._retrying, 0
        while True:
            if retrying.pacer is not None:
                pause = retrying.pacer.delay()
                if pause > 0:
                    retrying.policy.sleep(pause)
            started = time.perf_counter()
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as error:
                retrying.log_request(request, type(error).__name__, started)
                wait = retrying.after_error(request, error, retry)
                if wait is None:
                    raise
            else:
                retrying.log_request(request, str(response.status_code), started)
                if retrying.reads_body:
                    response.read()
                wait = retrying.after_response(request, response, retry)
                if wait is None:
                    return response
                response.close()
            retrying.policy.sleep(wait)
            retry += 1

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of RetryTransport."""

    def __init__(self, inner: httpx.AsyncBaseTransport, retrying: _Retrying) -> None:
        self._inner = inner
        self._retrying = retrying

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        retrying, retry = self._retrying, 0
        while True:
            if retrying.pacer is not None:
                pause = retrying.pacer.delay()
                if pause > 0:
                    await retrying.policy.async_sleep(pause)
            started = time.perf_counter()
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as error:
                retrying.log_request(request, type(error).__name__, started)
                wait = retrying.after_error(request, error, retry)
                if wait is None:
                    raise
            else:
                retrying.log_request(request, str(response.status_code), started)
                if retrying.reads_body:
                    await response.aread()
                wait = retrying.after_response(request, response, retry)
                if wait is None:
                    return response
                await response.aclose()
            await retrying.policy.async_sleep(wait)
            retry += 1

    async def aclose(self) -> None:
        await self._inner.aclose()


# httpx arguments that configure the connection pool, so they go to the transport the client builds.
_TRANSPORT_ARGS = ("cert", "http1", "http2", "limits", "proxy", "trust_env", "retries", "local_address", "uds")


def _env_float(name: str) -> float | None:
    value = os.environ.get(name)
    return float(value) if value else None


def _env_int(name: str) -> int | None:
    value = os.environ.get(name)
    return int(value) if value else None


def classify(response: httpx.Response) -> Refusal | None:
    """Whether a response is a refusal worth retrying: a 429 or 5xx, or ``limit_exceeded`` per minute.

    The points limit refuses a call before doing it (no points are taken), so it is retried whatever the
    method; the limit per day is not waited for.
    """
    refusal = http_refusal(response)
    if refusal is not None:
        return refusal
    reply = _reply(response)
    if _error_key(reply) == "limit_exceeded" and _dig(reply, ("error", "data", "params", "limit_type")) != "day":
        return Refusal(None, processed=False, reason="limit_exceeded")
    return None


@define
class Client:
    """A client for the CallGear Call API: JSON-RPC 2.0 over httpx, authenticated out of the box.

    Give ``login`` and ``password`` and the client calls ``login.user`` before the first
    call that needs a session key, keeps the key and adds it to every call as ``access_token``.
    It logs in again when the key is about to expire (``renew_before_seconds`` before its documented
    expiry, by ``clock``), and when a call is refused with ``access_token_expired`` (then the call is
    retried once). Calling ``logout.user`` ends the session and forgets the key.

    Or give ``access_token`` alone: a permanent key (or a session key obtained elsewhere), used as is.

    With no credential argument the client reads them from the environment:
    ``CALLGEAR_ACCESS_TOKEN``, ``CALLGEAR_LOGIN``, ``CALLGEAR_PASSWORD``.

    Calls refused by the points limit per minute (``limit_exceeded``), 5xx answers and connection errors are
    retried by ``retries`` (a ``RetryPolicy``: on by default, jittered exponential backoff); a call that may
    have reached CallGear is resent only when it only reads (``list.*``). Requests are logged at DEBUG and
    retries at INFO on the ``callgear_call_api_client`` logger (or ``logger``).

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The API's URL, to which every call is POSTed (else ``CALLGEAR_BASE_URL``, else
        ``https://callapi.callgear.com/v4.0``); point it at the Switchboard emulator's ``/v4.0`` to test against it.

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: Seconds (or an ``httpx.Timeout``) a request may take; else ``CALLGEAR_TIMEOUT``, else
        30 s (10 s to connect). Every API function also takes its own ``timeout``.

        ``retries``, ``max_retries``: The ``RetryPolicy``, and a retry count that overrides its own (else
        ``CALLGEAR_MAX_RETRIES``).

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.
    """

    login: str | None = field(default=None, kw_only=True)
    password: str | None = field(default=None, kw_only=True, repr=False)
    access_token: str | None = field(default=None, kw_only=True, repr=False)
    base_url: str = field(default="", kw_only=True)
    renew_before_seconds: float = field(default=60.0, kw_only=True)
    clock: Callable[[], float] = field(default=time.time, kw_only=True)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    retries: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    max_retries: int | None = field(default=None, kw_only=True)
    logger: logging.Logger = field(default=LOGGER, kw_only=True, repr=False)
    expires_at: float | None = field(default=None, init=False)
    _ids: Iterator[int] = field(factory=lambda: itertools.count(1), init=False)
    _lock: threading.Lock = field(factory=threading.Lock, init=False)
    _async_lock: asyncio.Lock | None = field(default=None, init=False)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def __attrs_post_init__(self) -> None:
        if self.login is None and self.password is None and self.access_token is None:
            self.login = os.environ.get(f"{ENV_PREFIX}_LOGIN") or None
            self.password = os.environ.get(f"{ENV_PREFIX}_PASSWORD") or None
            self.access_token = os.environ.get(f"{ENV_PREFIX}_ACCESS_TOKEN") or None
        self.base_url = self.base_url or os.environ.get(f"{ENV_PREFIX}_BASE_URL", "") or DEFAULT_BASE_URL
        if self._timeout is DEFAULT_TIMEOUT:
            self._timeout = _env_float(f"{ENV_PREFIX}_TIMEOUT") or DEFAULT_TIMEOUT
        count = self.max_retries if self.max_retries is not None else _env_int(f"{ENV_PREFIX}_MAX_RETRIES")
        if count is not None:
            self.retries = evolve(self.retries, max_retries=count)
            self.max_retries = count

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

    def _request_args(self, method: str, params: Mapping[str, Any], timeout: Timeout) -> dict[str, Any]:
        return {
            "content": self._body(method, params),
            "headers": {"Content-Type": "application/json; charset=UTF-8"},
            "timeout": httpx.USE_CLIENT_DEFAULT if isinstance(timeout, Unset) else timeout,
            "extensions": {"idempotent": method.startswith(IDEMPOTENT_PREFIXES)},
        }

    def _post(self, method: str, params: Mapping[str, Any], timeout: Timeout = UNSET) -> httpx.Response:
        return self.get_httpx_client().post(self.base_url, **self._request_args(method, params, timeout))

    async def _post_async(self, method: str, params: Mapping[str, Any], timeout: Timeout = UNSET) -> httpx.Response:
        return await self.get_async_httpx_client().post(self.base_url, **self._request_args(method, params, timeout))

    def call(
        self, method: str, params: Mapping[str, Any], *, authenticated: bool = True, timeout: Timeout = UNSET
    ) -> httpx.Response:
        """POST one JSON-RPC call; `authenticated` adds the session key (logging in when needed)."""
        if not authenticated:
            response = self._post(method, params, timeout)
            self._observe(method, _reply(response))
            return response
        key = self._valid_key()
        response = self._post(method, {**params, TOKEN_PARAM: key}, timeout)
        reply = _reply(response)
        if _error_key(reply) in RENEW_ON and self.can_log_in:
            response = self._post(method, {**params, TOKEN_PARAM: self._renewed_key(key)}, timeout)
            reply = _reply(response)
        self._observe(method, reply)
        return response

    async def call_async(
        self, method: str, params: Mapping[str, Any], *, authenticated: bool = True, timeout: Timeout = UNSET
    ) -> httpx.Response:
        """POST one JSON-RPC call; `authenticated` adds the session key (logging in when needed)."""
        if not authenticated:
            response = await self._post_async(method, params, timeout)
            self._observe(method, _reply(response))
            return response
        key = await self._valid_key_async()
        response = await self._post_async(method, {**params, TOKEN_PARAM: key}, timeout)
        reply = _reply(response)
        if _error_key(reply) in RENEW_ON and self.can_log_in:
            key = await self._renewed_key_async(key)
            response = await self._post_async(method, {**params, TOKEN_PARAM: key}, timeout)
            reply = _reply(response)
        self._observe(method, reply)
        return response

    def _retrying(self) -> _Retrying:
        return _Retrying(self.retries, self.logger, classify, None, reads_body=True)

    def _split_httpx_args(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(client arguments, arguments of the transport the client builds)."""
        args = dict(self._httpx_args)
        transport_args = {name: args.pop(name) for name in _TRANSPORT_ARGS if name in args}
        return args, transport_args

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
            args, transport_args = self._split_httpx_args()
            inner = args.pop("transport", None) or httpx.HTTPTransport(verify=self._verify_ssl, **transport_args)
            self._client = httpx.Client(
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                transport=RetryTransport(inner, self._retrying()),
                **args,
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
            args, transport_args = self._split_httpx_args()
            inner = args.pop("transport", None) or httpx.AsyncHTTPTransport(verify=self._verify_ssl, **transport_args)
            self._async_client = httpx.AsyncClient(
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                transport=AsyncRetryTransport(inner, self._retrying()),
                **args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


__all__ = ["DEFAULT_BASE_URL", "Client", "RetryPolicy", "RpcError"]
