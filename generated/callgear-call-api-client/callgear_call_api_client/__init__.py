"""A client library for accessing CallGear Call API"""

from .client import Client
from .errors import ClientError, RpcError, UnexpectedReply

__all__ = (
    "Client",
    "ClientError",
    "RpcError",
    "UnexpectedReply",
)
