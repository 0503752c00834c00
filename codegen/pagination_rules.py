"""The `x-pagination` extension: how an operation pages, which the generated clients' iterators follow.

    x-pagination:
      style: offset | page | cursor
      offset: <parameter>        # offset: the index of the first item asked for
      page: <parameter>          # page: the page number asked for
      first_page: 0 | 1          # page: the number of the first page
      cursor: <parameter>        # cursor: the continuation token sent back
      size: <parameter>          # every style: the page size asked for
      items: <path>              # every style: the array of items in the success body
      total: <path>              # optional: the number of items in all pages
      page_count: <path>         # optional (page): the number of pages
      next_cursor: <path>        # cursor: the token for the next page (null or absent on the last)

Parameters are named as on the wire: a query parameter or a property of the request body. Paths are
dotted property names in the success (2xx JSON) body; for a `oneOf` body, in one of its branches.
"""

from __future__ import annotations

from typing import Any

from emulator.core.specs import dereference

from .spec_rules import operations

STYLES: dict[str, tuple[set[str], set[str]]] = {
    # style -> (required keys, optional keys) besides `style`
    "offset": ({"offset", "size", "items"}, {"total"}),
    "page": ({"page", "first_page", "items"}, {"size", "total", "page_count"}),
    "cursor": ({"cursor", "items", "next_cursor"}, {"size", "total"}),
}
PARAMETER_KEYS = ("offset", "page", "cursor", "size")
PATH_KEYS = ("items", "total", "page_count", "next_cursor")
# A request naming one of these and answering an array looks paginated: it must say how (or `false`).
PAGING_NAMES = {"offset", "page", "cursor"}


def request_parameters(operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Wire name -> schema of every query parameter and request-body property (dereferenced operation)."""
    found: dict[str, dict[str, Any]] = {}
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "query":
            found[parameter["name"]] = parameter.get("schema", {})
    for media in (operation.get("requestBody", {}).get("content") or {}).values():
        for name, schema in (media.get("schema", {}).get("properties") or {}).items():
            found.setdefault(name, schema)
    return found


def success_bodies(operation: dict[str, Any]) -> list[dict[str, Any]]:
    """The object schemas a 2xx JSON answer can have (each branch of a `oneOf`)."""
    bodies: list[dict[str, Any]] = []
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        schema = (response.get("content") or {}).get("application/json", {}).get("schema", {})
        bodies += schema.get("oneOf") or schema.get("anyOf") or [schema]
    return [body for body in bodies if isinstance(body, dict)]


def resolve_path(body: dict[str, Any], path: str) -> dict[str, Any] | None:
    schema: dict[str, Any] | None = body
    for name in path.split("."):
        if schema is None:
            return None
        schema = (schema.get("properties") or {}).get(name)
    return schema


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    return set(declared) if isinstance(declared, list) else {declared} if declared else set()


def _extension_problems(label: str, extension: Any, operation: dict[str, Any]) -> list[str]:
    if not isinstance(extension, dict):
        return [f"{label}: x-pagination must be a mapping (or false)"]
    style = extension.get("style")
    if style not in STYLES:
        return [f"{label}: x-pagination style {style!r} is not one of {', '.join(STYLES)}"]
    required, optional = STYLES[style]
    problems = [f"{label}: x-pagination ({style}) needs {key}" for key in sorted(required - set(extension))]
    problems += [
        f"{label}: x-pagination ({style}) does not take {key}"
        for key in sorted(set(extension) - required - optional - {"style"})
    ]
    if "first_page" in extension and extension["first_page"] not in (0, 1):
        problems.append(f"{label}: x-pagination first_page must be 0 or 1")
    parameters = request_parameters(operation)
    for key in PARAMETER_KEYS:
        if key in extension and extension[key] not in parameters:
            problems.append(
                f"{label}: x-pagination {key} names {extension[key]!r}, not a parameter of the request"
            )
    bodies = success_bodies(operation)
    for key in PATH_KEYS:
        if key not in extension:
            continue
        resolved = [schema for body in bodies if (schema := resolve_path(body, str(extension[key])))]
        if not resolved:
            problems.append(f"{label}: x-pagination {key} path {extension[key]!r} is not in the success body")
        elif key == "items" and "array" not in _types(resolved[0]):
            problems.append(f"{label}: x-pagination items path {extension[key]!r} is not an array")
        elif key in ("total", "page_count") and "integer" not in _types(resolved[0]):
            problems.append(f"{label}: x-pagination {key} path {extension[key]!r} is not an integer")
    return problems


def pagination_problems(document: dict[str, Any]) -> list[str]:
    """x-pagination is well formed where given, and given on every operation that looks paginated."""
    if "openapi" not in document:
        return []
    problems: list[str] = []
    for method, path, operation in operations(dereference(document, document)):
        label = f"{method} {path}"
        extension = operation.get("x-pagination")
        if extension is False:
            continue
        if extension is not None:
            problems += _extension_problems(label, extension, operation)
            continue
        asks_page = PAGING_NAMES & set(request_parameters(operation))
        answers_array = any(
            "array" in _types(schema)
            for body in success_bodies(operation)
            for schema in (body.get("properties") or {}).values()
        )
        if asks_page and answers_array:
            problems.append(
                f"{label}: takes {', '.join(sorted(asks_page))} and answers a list, but has no x-pagination"
            )
    return problems
