import re
import ssl
from typing import Any, Self
from urllib.parse import urlsplit

import httpx
from attrs import define, evolve, field


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
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

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
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


REGIONS = ("us", "br", "eu", "kz", "ru", "ru2")
_CTI_PATH = re.compile(r"/[^/]+/makeCall|/transferCall")
_CHANNEL_EVENT_PATH = re.compile(r"/[^/]+")


def _host_for(path: str, messaging_url: str, cti_url: str) -> str | None:
    """The full URL of an API path (relative to the API host's ``/api``) that another Kit host serves.

    Mirrors the per-operation ``servers`` of the Kit spec: botService methods live under the messaging
    host's ``/api``, custom-channel events at its root, click-to-call and transfers on the CTI host.
    """
    if path.startswith("/v3/botService/"):
        return f"{messaging_url}/api{path}"
    if _CTI_PATH.fullmatch(path):
        return f"{cti_url}{path}"
    if _CHANNEL_EVENT_PATH.fullmatch(path):
        return f"{messaging_url}{path}"
    return None


def _rerouted(request: httpx.Request, api_path: str, messaging_url: str, cti_url: str) -> httpx.Request:
    path = request.url.path
    if not path.startswith(f"{api_path}/"):
        return request
    target = _host_for(path[len(api_path) :], messaging_url, cti_url)
    if target is None:
        return request
    url = httpx.URL(target).copy_with(query=request.url.query or None)
    headers = [(name, value) for name, value in request.headers.raw if name.lower() != b"host"]
    return httpx.Request(request.method, url, headers=headers, stream=request.stream, extensions=request.extensions)


class KitHostsTransport(httpx.BaseTransport):
    """Sends messaging and CTI methods to their own hosts; everything else goes to the API host."""

    def __init__(self, inner: httpx.BaseTransport, api_url: str, messaging_url: str, cti_url: str) -> None:
        self._inner = inner
        self._api_path = urlsplit(api_url).path.rstrip("/")
        self._messaging_url = messaging_url.rstrip("/")
        self._cti_url = cti_url.rstrip("/")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(_rerouted(request, self._api_path, self._messaging_url, self._cti_url))

    def close(self) -> None:
        self._inner.close()


class AsyncKitHostsTransport(httpx.AsyncBaseTransport):
    """The async twin of KitHostsTransport."""

    def __init__(self, inner: httpx.AsyncBaseTransport, api_url: str, messaging_url: str, cti_url: str) -> None:
        self._inner = inner
        self._api_path = urlsplit(api_url).path.rstrip("/")
        self._messaging_url = messaging_url.rstrip("/")
        self._cti_url = cti_url.rstrip("/")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(
            _rerouted(request, self._api_path, self._messaging_url, self._cti_url)
        )

    async def aclose(self) -> None:
        await self._inner.aclose()


@define
class AuthenticatedClient:
    """A client for a Voximplant Kit account, authenticated with its API token and account name.

    Kit takes the API token (``access_token``) and the account name (``domain``) as plain request
    parameters; this client adds both to the query string of every request, so no call needs them.

    Pass ``region`` (us, br, eu, kz, ru, ru2) to reach ``https://kitapi-{region}.voximplant.com/api``,
    with messaging methods (botService/*, channel events) sent to ``https://kit-im-{region}.voximplant.com``
    and CTI methods to ``https://kit-cti-{region}.voximplant.com``. Or pass ``base_url`` (the API
    hostname the Kit UI shows, plus ``/api``; or the Switchboard emulator, say
    ``http://127.0.0.1:8080/api``, which serves every host's methods itself); ``messaging_url`` and
    ``cti_url`` then name the other hosts when they differ.

    Custom-channel events (``send_event``) are authorized by the JWT from ``login``: pass it with
    ``client.with_headers({"Authorization": f"Bearer {jwt}"})``.

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
        domain: The account name (Administration > Security > API tokens).
        access_token: The API token (Administration > Security > API tokens).
        region: The account's region, lower case: us, br, eu, kz, ru or ru2.
        messaging_url: The messaging host, e.g. ``https://kit-im-eu.voximplant.com``.
        cti_url: The CTI host, e.g. ``https://kit-cti-eu.voximplant.com``.
    """

    domain: str
    access_token: str
    region: str | None = field(default=None, kw_only=True)
    messaging_url: str = field(default="", kw_only=True)
    cti_url: str = field(default="", kw_only=True)
    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(default="", kw_only=True, alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def __attrs_post_init__(self) -> None:
        if self.region is not None:
            if self.region not in REGIONS:
                raise ValueError(f"region must be one of {', '.join(REGIONS)}, got {self.region!r}")
            self._base_url = self._base_url or f"https://kitapi-{self.region}.voximplant.com/api"
            self.messaging_url = self.messaging_url or f"https://kit-im-{self.region}.voximplant.com"
            self.cti_url = self.cti_url or f"https://kit-cti-{self.region}.voximplant.com"
        if not self._base_url:
            raise ValueError("pass region (https://kitapi-{region}.voximplant.com/api) or base_url")
        params = dict(self._httpx_args.get("params") or {})
        params.update({"domain": self.domain, "access_token": self.access_token})
        self._httpx_args["params"] = params

    def _routes_hosts(self) -> bool:
        return bool(self.messaging_url or self.cti_url)

    def _other_host(self, url: str) -> str:
        return url or urlsplit(self._base_url)._replace(path="", query="", fragment="").geturl()

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            args = dict(self._httpx_args)
            if self._routes_hosts():
                inner = args.pop("transport", None) or httpx.HTTPTransport(verify=self._verify_ssl)
                args["transport"] = KitHostsTransport(
                    inner, self._base_url, self._other_host(self.messaging_url), self._other_host(self.cti_url)
                )
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
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

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            args = dict(self._httpx_args)
            if self._routes_hosts():
                inner = args.pop("transport", None) or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
                args["transport"] = AsyncKitHostsTransport(
                    inner, self._base_url, self._other_host(self.messaging_url), self._other_host(self.cti_url)
                )
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
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
