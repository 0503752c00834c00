"""What the generated `pagination.py` needs about each operation that carries `x-pagination`.

The names (endpoint modules, argument and attribute names, model classes) come from openapi-python-client's
own parse of the spec, so the iterators call the generated endpoints exactly as a user would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty

from .spec_rules import operations


class SpecExtensionError(Exception):
    """The spec's x-pagination (or webhooks) cannot be followed by the generated client."""


def text(value: object) -> str:
    """The text of a name from openapi-python-client's parse (wire names are wrapped as untrusted)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter()) if callable(getter) else str(value)


@dataclass(frozen=True, slots=True)
class Argument:
    """Where a paging parameter goes in the endpoint call: a keyword argument or a body attribute."""

    in_body: bool
    python_name: str


@dataclass(slots=True)
class PaginatedOperation:
    endpoint: Endpoint
    tag: str
    module: str  # the endpoint module's name, e.g. get_skills
    style: str
    position: Argument  # offset, page or cursor
    size: Argument | None
    first_page: int
    success_class: str
    item_type: str
    items: tuple[str, ...]  # python attribute path from the success model
    total: tuple[str, ...] | None
    page_count: tuple[str, ...] | None
    next_cursor: tuple[str, ...] | None
    body_class: str | None  # the request model, when a paging parameter is in the body
    body_default: bool  # the body may be left out: start from an empty request model
    imports: set[str] = field(default_factory=set)


def model_properties(model: ModelProperty) -> list[Any]:
    return list(model.required_properties or []) + list(model.optional_properties or [])


def _attribute_path(model: ModelProperty, dotted: str) -> tuple[tuple[str, ...], Any] | None:
    """(python attribute path, final property) of a dotted wire path in `model`; None if not there."""
    names: list[str] = []
    current: Any = model
    for wire in dotted.split("."):
        if not isinstance(current, ModelProperty):
            return None
        found = next((p for p in model_properties(current) if text(p.name) == wire), None)
        if found is None:
            return None
        names.append(str(found.python_name))
        current = found
    return tuple(names), current


def _success_models(endpoint: Endpoint) -> list[ModelProperty]:
    models: list[ModelProperty] = []
    for response in endpoint.responses:
        if not str(response.status_code.pattern).startswith("2"):
            continue
        prop = response.prop
        for candidate in prop.inner_properties if isinstance(prop, UnionProperty) else [prop]:
            if isinstance(candidate, ModelProperty):
                models.append(candidate)
    return models


def _argument(endpoint: Endpoint, wire: str) -> tuple[Argument, ModelProperty | None]:
    for parameter in endpoint.query_parameters:
        if text(parameter.name) == wire:
            return Argument(in_body=False, python_name=str(parameter.python_name)), None
    if len(endpoint.bodies) == 1 and isinstance(endpoint.bodies[0].prop, ModelProperty):
        body = endpoint.bodies[0].prop
        for prop in model_properties(body):
            if text(prop.name) == wire:
                return Argument(in_body=True, python_name=str(prop.python_name)), body
    raise SpecExtensionError(
        f"{endpoint.name}: paging parameter {wire!r} is neither a query parameter nor in the body"
    )


def _endpoints(data: GeneratorData) -> dict[tuple[str, str], tuple[str, Endpoint]]:
    found: dict[tuple[str, str], tuple[str, Endpoint]] = {}
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            found[(endpoint.method.upper(), text(endpoint.path))] = (str(tag), endpoint)
    return found


def paginated_operations(document: dict[str, Any], data: GeneratorData) -> list[PaginatedOperation]:
    endpoints = _endpoints(data)
    result: list[PaginatedOperation] = []
    for method, path, operation in operations(document):
        extension = operation.get("x-pagination")
        if not extension:
            continue
        tag, endpoint = endpoints[(method, path)]
        result.append(_operation(tag, endpoint, extension))
    return sorted(result, key=lambda op: str(op.endpoint.name))


def _operation(tag: str, endpoint: Endpoint, extension: dict[str, Any]) -> PaginatedOperation:
    style = str(extension["style"])
    position, position_body = _argument(endpoint, str(extension[style]))
    size, size_body = _argument(endpoint, str(extension["size"])) if "size" in extension else (None, None)
    body = position_body or size_body
    for model in _success_models(endpoint):
        items = _attribute_path(model, str(extension["items"]))
        if items is not None:
            break
    else:
        raise SpecExtensionError(f"{endpoint.name}: no success model has {extension['items']!r}")
    items_path, items_prop = items
    if not isinstance(items_prop, ListProperty):
        raise SpecExtensionError(f"{endpoint.name}: {extension['items']!r} is not a list")
    inner = items_prop.inner_property
    imports = {*model.get_lazy_imports(prefix="."), *inner.get_imports(prefix=".")}
    if isinstance(inner, ModelProperty):
        imports |= inner.get_lazy_imports(prefix=".")
    # The endpoint module's own imports (its argument types), re-rooted from api/<tag>/ to the package.
    imports |= {line.replace("from ...", "from .", 1) for line in endpoint.relative_imports}

    def path(key: str) -> tuple[str, ...] | None:
        if key not in extension:
            return None
        found = _attribute_path(model, str(extension[key]))
        if found is None:
            raise SpecExtensionError(f"{endpoint.name}: {extension[key]!r} is not in {model.class_info.name}")
        return found[0]

    body_required = bool(endpoint.bodies and endpoint.bodies[0].prop.required)
    return PaginatedOperation(
        endpoint=endpoint,
        tag=tag,
        module=str(endpoint.name),
        style=style,
        position=position,
        size=size,
        first_page=int(extension.get("first_page", 0)),
        success_class=str(model.class_info.name),
        item_type=str(inner.get_type_string(no_optional=True).as_unembedded_code()),
        items=items_path,
        total=path("total"),
        page_count=path("page_count"),
        next_cursor=path("next_cursor"),
        body_class=str(body.class_info.name) if body else None,
        body_default=body is not None and not body_required and not body.required_properties,
        imports=imports,
    )
