"""What the generated `webhooks.py` needs about each documented callback (the spec's `webhooks`).

For each: the model class of its body, the content types it can come in and the shape of its schema
(types of every property, array items, the form encoding of arrays) so that a form or XML body, whose
values are all text, is read back into the types the model expects.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.strings import PythonIdentifier

from emulator.core.specs import dereference

from .extras_pagination import SpecExtensionError, model_properties, text

CONTENT_TYPES = ("application/json", "application/x-www-form-urlencoded", "application/xml")


@dataclass(frozen=True, slots=True)
class Webhook:
    name: str  # the spec's webhook name, e.g. voiceCallback
    function: str  # parse_<snake name>
    summary: str
    model: str  # the body's model class
    model_module: str
    content_types: tuple[str, ...]
    shape: dict[str, Any]
    hash_rule: dict[str, Any] | None  # x-callback-hash


def shape(schema: dict[str, Any]) -> dict[str, Any]:
    """A compact description of a (dereferenced) schema: its JSON types, properties, items, form encoding."""
    branches = schema.get("oneOf") or schema.get("anyOf") or []
    declared = schema.get("type")
    types = set(declared) if isinstance(declared, list) else {declared} if declared else set()
    for branch in branches:
        types |= set(shape(branch)["types"])
    out: dict[str, Any] = {"types": sorted(t for t in types if t)}
    properties = dict(schema.get("properties") or {})
    for branch in branches:
        properties.update(branch.get("properties") or {})
    if properties:
        out["properties"] = {name: shape(sub) for name, sub in sorted(properties.items())}
    if isinstance(schema.get("items"), dict):
        out["items"] = shape(schema["items"])
    if "x-form-encoding" in schema:
        out["form"] = dict(schema["x-form-encoding"])
    return out


def webhooks(document: dict[str, Any], data: GeneratorData, prefix: str) -> list[Webhook]:
    models = {str(model.class_info.name): model for model in data.models}
    resolved = dereference(document, document)
    found: list[Webhook] = []
    for name, item in sorted((document.get("webhooks") or {}).items()):
        operation = item.get("post") or next(iter(item.values()))
        content = operation["requestBody"]["content"]
        references = {media["schema"]["$ref"] for media in content.values()}
        if len(references) != 1:
            raise SpecExtensionError(f"webhook {name}: one schema for every content type, please")
        schema_name = next(iter(references)).rsplit("/", 1)[-1]
        model = next((m for m in models.values() if _is_schema(m, schema_name)), None)
        if model is None:
            raise SpecExtensionError(f"webhook {name}: no model for {schema_name}")
        unknown = set(content) - set(CONTENT_TYPES)
        if unknown:
            raise SpecExtensionError(f"webhook {name}: cannot parse {', '.join(sorted(unknown))}")
        found.append(
            Webhook(
                name=name,
                function=f"parse_{PythonIdentifier(name, prefix)}",
                summary=str(operation.get("summary", name)),
                model=str(model.class_info.name),
                model_module=str(model.class_info.module_name),
                content_types=tuple(t for t in CONTENT_TYPES if t in content),
                shape=shape(resolved["components"]["schemas"][schema_name]),
                hash_rule=operation.get("x-callback-hash"),
            )
        )
    return found


def _is_schema(model: Any, schema_name: str) -> bool:
    return any(text(root).endswith(f"/components/schemas/{schema_name}") for root in model.roots)


def _property(model: ModelProperty, wire: str, hook: str) -> Any:
    found = next((p for p in model_properties(model) if text(p.name) == wire), None)
    if found is None:
        raise SpecExtensionError(
            f"webhook {hook}: x-callback-hash names {wire!r}, not in {model.class_info.name}"
        )
    return found


def hash_rules(hooks: list[Webhook], data: GeneratorData) -> list[dict[str, Any]]:
    """Each x-callback-hash as the template writes it: the items that carry the hash and what it hashes."""
    models = {str(m.class_info.name): m for m in data.models}
    rules: list[dict[str, Any]] = []
    for hook in hooks:
        rule = hook.hash_rule
        if not rule:
            continue
        items = _property(models[hook.model], rule["items"], hook.name)
        item = items.inner_property if isinstance(items, ListProperty) else None
        if not isinstance(item, ModelProperty):
            raise SpecExtensionError(f"webhook {hook.name}: x-callback-hash items must be a list of objects")
        item = models[str(item.class_info.name)]  # the model as parsed in full (an item is a reference to it)
        fields = {
            part["field"]: _property(item, part["field"], hook.name)
            for part in rule["message"]
            if "field" in part
        }
        name = PythonIdentifier(hook.name, "field_")
        rules.append(
            {
                "webhook": hook.name,
                "model": hook.model,
                "items_attr": str(items.python_name),
                "item_class": str(item.class_info.name),
                "item_module": str(item.class_info.module_name),
                "field": rule["field"],
                "field_attr": str(_property(item, rule["field"], hook.name).python_name),
                "algorithm": rule["algorithm"],
                "secrets": [part["secret"] for part in rule["message"] if "secret" in part],
                "message": [
                    {
                        "secret": part.get("secret"),
                        "field": str(fields[part["field"]].python_name) if "field" in part else None,
                    }
                    for part in rule["message"]
                ],
                "message_text": " + ".join(part.get("secret") or part["field"] for part in rule["message"]),
                "expected": f"{name}_{rule['field']}",
                "verify": f"verify_{name}",
            }
        )
    return rules
