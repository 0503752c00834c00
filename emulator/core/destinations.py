"""Where the emulator may send requests: loopback and the hosts it is told of, never itself.

A tenant chooses its callback URLs, so a URL is a request the tenant makes of the emulator: it must not
reach the control API (which could reset every tenant or read their credentials) nor the emulator's own
port, whatever spelling of the path or host it uses. Anything not allowed is refused, not sent.
"""

from __future__ import annotations

import ipaddress
import posixpath
from urllib.parse import unquote, urlsplit

CONTROL_PREFIX = "/_emulator"


class Destinations:
    def __init__(self, callback_hosts: tuple[str, ...] = ()) -> None:
        self.callback_hosts = {host.lower().rstrip(".") for host in callback_hosts}
        self.own_ports: set[int] = set()  # the ports this emulator serves on, learnt from its requests

    def refusal(self, url: str) -> str | None:
        """Why `url` may not be sent to, or None when it may."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            return f"not a valid URL: {url!r}"
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return f"only http and https URLs with a host are called back, not {url!r}"
        host = parts.hostname.lower().rstrip(".")
        if not (self._is_loopback(host) or host in self.callback_hosts):
            return (
                f"host {host!r} is not allowed for callbacks: loopback only, plus the hosts "
                "given with --callback-host"
            )
        if _path_of(parts.path).startswith(CONTROL_PREFIX):
            return "callbacks never reach the emulator's control API"
        port = port or (443 if parts.scheme == "https" else 80)
        if port in self.own_ports:
            return f"port {port} is the emulator's own: callbacks go to the customer's server"
        return None

    @staticmethod
    def _is_loopback(host: str) -> bool:
        if host == "localhost" or host.endswith(".localhost"):
            return True
        try:
            return ipaddress.ip_address(host.strip("[]")).is_loopback
        except ValueError:
            return False


def _path_of(raw: str) -> str:
    """The path as a server would route it: decoded until stable, dots and doubled slashes resolved."""
    path = raw or "/"
    for _ in range(5):
        decoded = unquote(path)
        if decoded == path:
            break
        path = decoded
    path = path.replace("\\", "/")
    normal = posixpath.normpath("/" + path.lstrip("/"))
    return normal.lower()
