"""Kit's wire conventions: the {success, result} envelope, _meta paging, sort and fields, JSON text."""

from __future__ import annotations

import math
from typing import Any

import orjson
from jsonschema import Draft202012Validator

from ...core.errors import ApiError
from ...core.provider import ApiCall, Reply
from ...core.store import Document
from ...core.validation import describe

DEFAULT_PER_PAGE = 20
MAX_PER_PAGE = 50


def ok(result: Any, meta: dict[str, int] | None = None) -> Reply:
    body: dict[str, Any] = {"success": True, "result": result}
    if meta is not None:
        body["_meta"] = meta
    return Reply(body=body)


def arg(call: ApiCall, name: str, default: Any = None) -> Any:
    """A parameter from the form body or the query string (Kit reads both)."""
    if isinstance(call.body, dict) and name in call.body:
        return call.body[name]
    return call.query.get(name, default)


def require(call: ApiCall, name: str) -> Any:
    value = arg(call, name)
    if value is None or value == "":
        raise ApiError(400, f"{name} is required")
    return value


def meta(total: int, page_count: int, page: int, per_page: int) -> dict[str, int]:
    """A search answer's `_meta`, in the camelCase keys Kit sends (the official client's Meta key map)."""
    return {"totalCount": total, "pageCount": page_count, "currentPage": page, "perPage": per_page}


def public(doc: Document) -> Document:
    """A stored document without its emulator-private keys (those starting with `_`)."""
    return {k: v for k, v in doc.items() if not k.startswith("_")}


def paged(call: ApiCall, docs: list[Document], *, newest_first: bool | None = True) -> Reply:
    """Sort, page and trim a search result the Kit way (`sort`, `page`, `per-page`, `fields`).

    Without `sort`, records come newest first (oldest first when `newest_first` is False, as given
    when it is None)."""
    if arg(call, "sort") or newest_first is not None:
        docs = sort_docs(docs, arg(call, "sort"), newest_first is not False)
    per_page = arg(call, "per-page")
    per_page = DEFAULT_PER_PAGE if per_page is None else int(per_page)
    page = min(max(1, int(arg(call, "page") or 1)), 2**31 - 1)  # never echo a number JSON cannot carry
    total = len(docs)
    if per_page == 0:  # the functions SDK's "every record"
        chunk, page_count = docs, 1
    else:
        per_page = min(per_page, MAX_PER_PAGE)
        chunk = docs[(page - 1) * per_page : page * per_page]
        page_count = math.ceil(total / per_page)
    fields = arg(call, "fields")
    rows = [public(d) for d in chunk]
    if fields:
        wanted = set(str(fields).split(","))
        rows = [{k: v for k, v in row.items() if k in wanted} for row in rows]
    return ok(rows, meta(total, page_count, page, per_page))


def sort_docs(docs: list[Document], sort: str | None, newest_first: bool = True) -> list[Document]:
    if sort:
        field = sort.lstrip("-")
        if docs and field in docs[0]:  # unknown sort attributes are ignored, as Kit's framework does
            present = [d for d in docs if d.get(field) is not None]
            absent = [d for d in docs if d.get(field) is None]
            present.sort(key=lambda d: _sort_key(d[field]), reverse=sort.startswith("-"))
            return present + absent
    return sorted(docs, key=lambda d: d.get("id", 0), reverse=newest_first)


def _sort_key(value: Any) -> tuple[int, Any]:
    if isinstance(value, bool | int | float):
        return (0, value)
    return (1, str(value))


def json_field(call: ApiCall, name: str, default: Any = None) -> Any:
    """Parse a form field or query parameter that carries JSON text, checked against its contentSchema."""
    raw = arg(call, name)
    if raw is None or raw == "":
        return default
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise ApiError(400, f"{name} must be valid JSON") from None
    schema = _content_schema(call, name)
    if schema:
        errors = list(Draft202012Validator(schema).iter_errors(value))
        if errors:
            raise ApiError(400, describe(errors[0], prefix=name))
    return value


def _content_schema(call: ApiCall, name: str) -> dict[str, Any] | None:
    for media in call.operation.body_media.values():
        prop = media.schema.get("properties", {}).get(name)
        if isinstance(prop, dict) and "contentSchema" in prop:
            schema: dict[str, Any] = prop["contentSchema"]
            return schema
    for param in call.operation.parameters:
        if param.name == name and "contentSchema" in param.schema:
            content: dict[str, Any] = param.schema["contentSchema"]
            return content
    return None


def caller_pool(call: ApiCall) -> dict[str, list[int]] | None:
    """The `phone_numbers` caller pool: lists of number, caller ID and SIP number IDs (JSON text)."""
    pool = json_field(call, "phone_numbers")
    if pool is None:
        return None
    if not isinstance(pool, dict):
        raise ApiError(400, "phone_numbers must be a JSON object")
    for key in ("phone_number_ids", "caller_id_ids", "sip_number_ids"):
        ids = pool.get(key, [])
        if not isinstance(ids, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
            raise ApiError(400, f"phone_numbers.{key} must be an array of integers")
    return pool


def find(docs: list[Document], **filters: Any) -> list[Document]:
    """The documents whose fields equal every filter that is not None."""
    return [d for d in docs if all(v is None or d.get(k) == v for k, v in filters.items())]
