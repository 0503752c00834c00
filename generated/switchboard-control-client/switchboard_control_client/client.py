import asyncio
import email.utils
import logging
import os
import random
import ssl
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, Self

import httpx
from attrs import define, evolve, field

# Environment variables: SWITCHBOARD_CONTROL_BASE_URL, SWITCHBOARD_CONTROL_TIMEOUT (seconds) and
# SWITCHBOARD_CONTROL_MAX_RETRIES configure every client; the credentials' variables are on AuthenticatedClient.
ENV_PREFIX = "SWITCHBOARD_CONTROL"
DEFAULT_BASE_URL = "http://127.0.0.1:8080/_emulator"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
LOGGER = logging.getLogger("switchboard_control_client")

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
    """Whether a response is a refusal worth retrying (the vendor's rate limit, a 5xx)."""
    return http_refusal(response)


# Whether `classify` needs the response body (the vendor refuses inside an HTTP 200).
CLASSIFY_READS_BODY = False


@define
class _BaseClient:
    """What every client of this package shares: httpx settings, timeouts, retries, logging.

    Keyword arguments:

        ``base_url``: The API's URL, all requests are made to a path relative to it (else the
        ``SWITCHBOARD_CONTROL_BASE_URL`` environment variable, else ``DEFAULT_BASE_URL``). Point it at the
        Switchboard emulator to test against it.

        ``timeout``: Seconds (or an ``httpx.Timeout``) a request may take; else ``SWITCHBOARD_CONTROL_TIMEOUT``,
        else 30 s (10 s to connect). Every API function also takes its own ``timeout``.

        ``retries``: A ``RetryPolicy`` (on by default: two retries with jittered exponential backoff,
        ``Retry-After`` honoured). ``max_retries`` (else ``SWITCHBOARD_CONTROL_MAX_RETRIES``) overrides its count.

        ``logger``: Where requests (DEBUG) and retries (INFO) are logged; the ``switchboard_control_client`` logger.

        ``cookies``, ``headers``: Sent with every request.

        ``verify_ssl``: Whether to verify the server's certificate (a path or an ``ssl.SSLContext`` too).

        ``follow_redirects``: Whether to follow redirects (default False).

        ``httpx_args``: More arguments for the ``httpx.Client`` and ``httpx.AsyncClient`` constructors (a
        ``transport`` given here is wrapped by the retrying one).

        ``raise_on_unexpected_status``: Whether ``*_detailed`` functions raise ``errors.UnexpectedStatus`` for
        a status code the OpenAPI document does not list.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(default="", kw_only=True, alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    retries: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    max_retries: int | None = field(default=None, kw_only=True)
    logger: logging.Logger = field(default=LOGGER, kw_only=True, repr=False)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def _configure(self) -> None:
        """Fill what the arguments left out from the environment; every subclass's post-init calls it."""
        self._base_url = self._base_url or os.environ.get(f"{ENV_PREFIX}_BASE_URL", "") or DEFAULT_BASE_URL
        if not self._base_url:
            raise ValueError(f"pass base_url or set {ENV_PREFIX}_BASE_URL")
        if self._timeout is DEFAULT_TIMEOUT:
            self._timeout = _env_float(f"{ENV_PREFIX}_TIMEOUT") or DEFAULT_TIMEOUT
        count = self.max_retries if self.max_retries is not None else _env_int(f"{ENV_PREFIX}_MAX_RETRIES")
        if count is not None:
            self.retries = evolve(self.retries, max_retries=count)
            self.max_retries = count

    @property
    def base_url(self) -> str:
        return self._base_url

    def _pacer(self) -> Pacer | None:
        """A client-side rate limit, for an API that documents one."""
        return None

    def _wrap_transport(self, inner: httpx.BaseTransport) -> httpx.BaseTransport:
        return inner

    def _wrap_async_transport(self, inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        return inner

    def _retrying(self) -> _Retrying:
        return _Retrying(self.retries, self.logger, classify, self._pacer(), CLASSIFY_READS_BODY)

    def _split_httpx_args(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(client arguments, arguments of the transport the client builds)."""
        args = dict(self._httpx_args)
        transport_args = {name: args.pop(name) for name in _TRANSPORT_ARGS if name in args}
        return args, transport_args

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> Self:
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = httpx.Timeout(timeout)
        if self._async_client is not None:
            self._async_client.timeout = httpx.Timeout(timeout)
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout
        and retries.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            args, transport_args = self._split_httpx_args()
            inner = args.pop("transport", None) or httpx.HTTPTransport(verify=self._verify_ssl, **transport_args)
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=RetryTransport(self._wrap_transport(inner), self._retrying()),
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

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout
        and retries.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            args, transport_args = self._split_httpx_args()
            inner = args.pop("transport", None) or httpx.AsyncHTTPTransport(verify=self._verify_ssl, **transport_args)
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=AsyncRetryTransport(self._wrap_async_transport(inner), self._retrying()),
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


@define
class Client(_BaseClient):
    """A client for the operations that need no credentials (see ``_BaseClient`` for its arguments)."""

    def __attrs_post_init__(self) -> None:
        self._configure()


@define
class AuthenticatedClient(_BaseClient):
    """A client for the Switchboard emulator's control API (``/_emulator/``), with its control token.

    An emulator started with ``--control-token`` (or ``SWITCHBOARD_CONTROL_TOKEN``) answers every control
    request 401 without ``Authorization: Bearer <token>``; this client sends ``token`` on every request.
    Without ``token`` it reads ``SWITCHBOARD_CONTROL_TOKEN`` from the environment (the variable the emulator
    reads too), and sends no ``Authorization`` when that is unset either: the control API of an emulator
    started without a token is open.

    ``base_url`` (else ``SWITCHBOARD_CONTROL_BASE_URL``) defaults to ``http://127.0.0.1:8080/_emulator``,
    the emulator on its default address.

    Attributes:
        token: The ``--control-token`` the emulator was started with.

    The other keyword arguments are ``_BaseClient``'s: ``base_url``, ``timeout``, ``retries``,
    ``max_retries``, ``logger``, ``cookies``, ``headers``, ``verify_ssl``, ``follow_redirects``, ``httpx_args``.
    """

    token: str | None = field(default=None, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.token is None:
            self.token = os.environ.get("SWITCHBOARD_CONTROL_TOKEN") or None
        self._configure()
        if self.token:
            self._headers = {**self._headers, "Authorization": f"Bearer {self.token}"}
