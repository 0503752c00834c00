"""A client library for accessing CallGear Call API"""

from .client import Client, RetryPolicy
from .errors import ApiError, ClientError, RpcError, UnexpectedReply

__all__ = (
    "ApiError",
    "Client",
    "RetryPolicy",
    "ClientError",
    "RpcError",
    "UnexpectedReply",
)
