"""Accounts, their API keys and service-account keys, and telling who is calling."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from ...core.auth import secrets_match
from ...core.clock import Clock
from ...core.provider import RequestView
from ...core.store import Store
from .base import ACCOUNTS, DATETIME, IDS, Account
from .errors import AUTHORIZATION_FAILED, vox_error
from .roles import OWNER, permitted

MAX_TOKEN_LIFETIME = 3600  # Voximplant refuses tokens whose exp lies more than an hour after iat
CLOCK_SKEW = 60


def create_account(store: Store, clock: Clock, data: dict[str, Any]) -> dict[str, Any]:
    if data.get("account_id"):
        account_id = int(data["account_id"])
        # Counts it as taken: on a fresh counter (the demo's account 1) automatic ids start after it.
        store.next_id(IDS, "account", account_id)
    else:
        account_id = store.next_id(IDS, "account", 1)
    name = str(data.get("account_name") or f"account{account_id}")
    doc = {
        "account_id": account_id,
        "account_name": name,
        "account_email": str(data.get("account_email") or f"{name}@example.com"),
        "api_key": str(data.get("api_key") or uuid.uuid4()),
        "active": True,
        "frozen": False,
        "balance": float(data.get("balance", 100.0)),
        "credit_limit": 0.0,
        "currency": str(data.get("currency") or "USD"),
        "language_code": "en",
        "location": "Etc/GMT",
        "created": clock.now().strftime(DATETIME),
        "account_first_name": data.get("account_first_name", "Demo"),
        "account_last_name": data.get("account_last_name", "User"),
        "a2p_sms_enabled": bool(data.get("a2p_sms_enabled", True)),
        # A child account names its parent; the parent lists and edits it (GetChildrenAccounts).
        "parent_account_id": int(data["parent_account_id"]) if data.get("parent_account_id") else None,
    }
    store.put(ACCOUNTS, "account", str(account_id), doc)
    return doc


def create_service_account(store: Store, account_id: int, **details: Any) -> dict[str, Any]:
    """A new key pair: the public half stays here (with `details`: name, roles, ...), the credentials file
    (private key) goes to the caller."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")
    public_pem = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )
    key_id = str(uuid.uuid4())
    store.put(
        ACCOUNTS,
        "service_key",
        key_id,
        {**details, "key_id": key_id, "account_id": account_id, "public_key": public_pem},
    )
    return {"account_id": account_id, "key_id": key_id, "private_key": private_pem}


def refused(reason: str) -> Exception:
    return vox_error(AUTHORIZATION_FAILED, f"Authorization failed: {reason}")


def authenticate(store: Store, clock: Clock, request: RequestView) -> Account:
    header = request.headers.get("authorization")
    if header is not None:
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise refused("the Authorization header must be 'Bearer <JWT>'")
        return _token_account(store, clock, token.strip(), request)
    fields = request.body if isinstance(request.body, dict) else {}
    account_id = _field(request, fields, "account_id")
    api_key = _field(request, fields, "api_key")
    if account_id is None or api_key is None:
        raise refused("pass account_id and api_key, or a service account's JWT")
    doc = store.get(ACCOUNTS, "account", account_id.strip())
    if doc is None or not secrets_match(api_key, str(doc["api_key"])):
        raise refused("invalid account_id or api_key")
    return Account(int(doc["account_id"]))


def _field(request: RequestView, fields: dict[str, Any], name: str) -> str | None:
    if name in request.query:
        return request.query[name][-1]
    value = fields.get(name)
    return None if value is None else str(value)


def _token_account(store: Store, clock: Clock, token: str, request: RequestView) -> Account:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError:
        raise refused("the bearer token is not a JWT") from None
    key_id = header.get("kid")
    if not isinstance(key_id, str) or not key_id:
        raise refused("the JWT header has no kid")
    key = store.get(ACCOUNTS, "service_key", key_id)
    if key is None:
        raise refused("the JWT's kid names no service-account key")
    try:
        claims = jwt.decode(
            token,
            key["public_key"],
            algorithms=["RS256"],
            # Time is checked below against the emulator's clock, which tests can move.
            options={
                "verify_exp": False,
                "verify_iat": False,
                "verify_nbf": False,
                "require": ["iss", "iat", "exp"],
            },
        )
    except jwt.InvalidAlgorithmError:
        raise refused("the JWT must be signed with RS256") from None
    except jwt.InvalidSignatureError:
        raise refused("the JWT's signature does not match the service account's key") from None
    except jwt.PyJWTError as error:
        raise refused(f"the JWT is invalid: {error}") from None
    if str(claims["iss"]) != str(key["account_id"]):
        raise refused("the JWT's iss is not the account of its key")
    issued, expires = claims["iat"], claims["exp"]
    if not isinstance(issued, int | float) or not isinstance(expires, int | float):
        raise refused("the JWT's iat and exp must be numeric dates")
    now = clock.time()
    if expires <= now:
        raise refused("the JWT has expired")
    if issued > now + CLOCK_SKEW:
        raise refused("the JWT is issued in the future")
    if expires - issued > MAX_TOKEN_LIFETIME:
        raise refused(f"the JWT must expire at most {MAX_TOKEN_LIFETIME} seconds after iat")
    if store.get(ACCOUNTS, "account", str(key["account_id"])) is None:
        raise refused("the service account's account no longer exists")
    account = Account(int(key["account_id"]))
    roles = key_roles(store, account, key)
    if not permitted(roles, request.operation):
        method = request.operation.operation_id if request.operation else "this method"
        raise refused(f"the key's roles do not permit {method}")
    return account


def key_roles(store: Store, account: Account, key: dict[str, Any]) -> list[int]:
    """The roles that govern a key: its sub-user's, or its own; a key the control panel handed out
    without roles is the account owner's."""
    if key.get("subuser_id") is not None:
        subuser = store.get(account.ns, "subuser", str(key["subuser_id"]))
        if subuser is None:
            raise refused("the key's sub-user no longer exists")
        return list(subuser["roles"])
    return list(key.get("roles", [OWNER]))


def new_api_key() -> str:
    return secrets.token_hex(16)
