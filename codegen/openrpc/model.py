"""The generator's view of an OpenRPC document: Python types, attrs models, enums, methods, errors.

Built once from the spec by `build()`; the templates only read it. Each Python type knows its
annotation and how to turn a value into JSON (`dump`) and back (`load`), as code.
"""

from __future__ import annotations

import keyword
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from .load import Spec

# Names the generated code would shadow or that are not identifiers; a trailing _ is added.
_RESERVED = set(keyword.kwlist) | {"type", "client", "self", "cls"}


def snake(name: str) -> str:
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9a-zA-Z]+", name) if part)


def identifier(name: str) -> str:
    text = snake(name) or "value"
    if text[0].isdigit():
        text = f"field_{text}"
    return f"{text}_" if text in _RESERVED else text


# --- Python types ----------------------------------------------------------------------------------


class PyType(ABC):
    """A Python type with the code that converts its values to and from JSON."""

    @abstractmethod
    def annotation(self) -> str: ...

    def dump(self, expr: str, depth: int = 0) -> str:
        return expr

    def load(self, expr: str, depth: int = 0) -> str:
        return expr

    def imports(self) -> set[str]:
        """Names of the generated models and enums this type refers to."""
        return set()


@dataclass(frozen=True)
class Scalar(PyType):
    name: str  # str | int | float | bool | Any | dict[str, Any]

    def annotation(self) -> str:
        return self.name


@dataclass(frozen=True)
class EnumType(PyType):
    enum: EnumClass

    def annotation(self) -> str:
        return self.enum.name

    def dump(self, expr: str, depth: int = 0) -> str:
        return f"{expr}.value"

    def load(self, expr: str, depth: int = 0) -> str:
        return f"{self.enum.name}({expr})"

    def imports(self) -> set[str]:
        return {self.enum.name}


@dataclass(frozen=True)
class ModelType(PyType):
    model: ModelClass

    def annotation(self) -> str:
        return self.model.name

    def dump(self, expr: str, depth: int = 0) -> str:
        return f"{expr}.to_dict()"

    def load(self, expr: str, depth: int = 0) -> str:
        return f"{self.model.name}.from_dict({expr})"

    def imports(self) -> set[str]:
        return {self.model.name}


@dataclass(frozen=True)
class ListType(PyType):
    item: PyType

    def annotation(self) -> str:
        return f"list[{self.item.annotation()}]"

    def dump(self, expr: str, depth: int = 0) -> str:
        inner = self.item.dump(f"item{depth}", depth + 1)
        return expr if inner == f"item{depth}" else f"[{inner} for item{depth} in {expr}]"

    def load(self, expr: str, depth: int = 0) -> str:
        inner = self.item.load(f"item{depth}", depth + 1)
        return f"list({expr})" if inner == f"item{depth}" else f"[{inner} for item{depth} in {expr}]"

    def imports(self) -> set[str]:
        return self.item.imports()


@dataclass(frozen=True)
class Nullable(PyType):
    inner: PyType

    def annotation(self) -> str:
        return f"{self.inner.annotation()} | None"

    def dump(self, expr: str, depth: int = 0) -> str:
        inner = self.inner.dump(expr, depth)
        return expr if inner == expr else f"None if {expr} is None else {inner}"

    def load(self, expr: str, depth: int = 0) -> str:
        inner = self.inner.load(expr, depth)
        return expr if inner == expr else f"None if {expr} is None else {inner}"

    def imports(self) -> set[str]:
        return self.inner.imports()


# --- Generated classes -----------------------------------------------------------------------------


@dataclass
class EnumMember:
    name: str
    value: str


@dataclass
class EnumClass:
    name: str
    description: str
    members: list[EnumMember]

    @property
    def module(self) -> str:
        return snake(self.name)


@dataclass
class Field:
    wire_name: str
    py_name: str
    type: PyType
    required: bool
    description: str

    def annotation(self) -> str:
        return self.type.annotation() if self.required else f"{self.type.annotation()} | Unset"


@dataclass
class ModelClass:
    name: str
    description: str
    fields: list[Field] = field(default_factory=list)
    additional_properties: bool = True  # keeps keys the schema does not name, like openapi-python-client

    @property
    def module(self) -> str:
        return snake(self.name)

    @property
    def ordered_fields(self) -> list[Field]:
        """Required fields first: attrs wants those without a default before the others."""
        return [f for f in self.fields if f.required] + [f for f in self.fields if not f.required]

    def imports(self) -> list[str]:
        names = {name for f in self.fields for name in f.type.imports()} - {self.name}
        return sorted(names)


@dataclass
class ErrorClass:
    name: str  # the exception class, e.g. InvalidStateError
    key: str  # the value of data[error_key] that selects it, e.g. invalid_state
    codes: list[int]
    messages: list[str]


@dataclass
class Method:
    name: str  # the JSON-RPC method, e.g. start.employee_call
    summary: str
    description: str
    tag_module: str
    params_model: ModelClass
    result: PyType
    authenticated: bool  # takes the access token the client adds
    errors: list[ErrorClass]

    @property
    def module(self) -> str:
        return snake(self.name)

    @property
    def arguments(self) -> list[Field]:
        return self.params_model.ordered_fields


@dataclass
class ClientModel:
    spec: Spec
    models: list[ModelClass]
    enums: list[EnumClass]
    methods: list[Method]
    errors: list[ErrorClass]

    @property
    def tag_modules(self) -> list[str]:
        return sorted({method.tag_module for method in self.methods})


_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}

# --- Building ----------------------------------------------------------------------------------------


class _Builder:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.models: dict[str, ModelClass] = {}
        self.enums: dict[str, EnumClass] = {}

    def type_of(self, schema: dict[str, Any], context: str) -> PyType:
        """The Python type of a schema; `context` names the class made for an inline object or enum."""
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = self.spec.resolve(ref)
            if ref.startswith("#/components/schemas/"):
                return self.type_of_named(ref.rsplit("/", 1)[-1], target)
            return self.type_of(target, context)
        declared = schema.get("type")
        types = declared if isinstance(declared, list) else [declared] if declared else []
        if "null" in types:
            rest = [t for t in types if t != "null"]
            inner = self.type_of({**schema, "type": rest[0] if len(rest) == 1 else rest}, context)
            return Nullable(inner)
        if "enum" in schema and types == ["string"]:
            return EnumType(self.enum(context, schema))
        if len(types) != 1:
            return Scalar("Any")
        kind = types[0]
        if kind == "object":
            if not schema.get("properties"):
                return Scalar("dict[str, Any]")
            return ModelType(self.model(context, schema))
        if kind == "array":
            return ListType(self.type_of(schema.get("items", {}), f"{context}Item"))
        return Scalar(_SCALARS.get(kind, "Any"))

    def type_of_named(self, name: str, schema: dict[str, Any]) -> PyType:
        if schema.get("type") == "object" and schema.get("properties"):
            return ModelType(self.model(name, schema))
        return self.type_of(schema, name)

    def enum(self, name: str, schema: dict[str, Any]) -> EnumClass:
        if name not in self.enums:
            members = []
            for index, value in enumerate(schema["enum"]):
                member = re.sub(r"[^0-9A-Za-z]+", "_", str(value)).strip("_").upper()
                if not member or member[0].isdigit() or keyword.iskeyword(member):
                    member = f"VALUE_{index}"
                members.append(EnumMember(member, str(value)))
            self.enums[name] = EnumClass(name, schema.get("description", ""), members)
        return self.enums[name]

    def model(self, name: str, schema: dict[str, Any]) -> ModelClass:
        if name in self.models:
            return self.models[name]
        model = ModelClass(
            name,
            schema.get("description", ""),
            additional_properties=schema.get("additionalProperties") is not False,
        )
        self.models[name] = model  # registered first, so a schema that refers to itself terminates
        required = set(schema.get("required", []))
        for wire_name, sub in schema.get("properties", {}).items():
            model.fields.append(
                Field(
                    wire_name=wire_name,
                    py_name=identifier(wire_name),
                    type=self.type_of(sub, f"{name}{pascal(wire_name)}"),
                    required=wire_name in required,
                    description=str(sub.get("description", "")),
                )
            )
        return model

    def params_model(self, method: dict[str, Any]) -> ModelClass:
        """The method's params by name, less the access token the client adds itself."""
        prefix = pascal(method["name"])
        model = ModelClass(f"{prefix}Params", f"Parameters of {method['name']}.", additional_properties=False)
        self.models[model.name] = model
        for raw in method.get("params", []):
            param = self.spec.resolve_node(raw)
            if param["name"] == self.spec.config.token_param:
                continue
            model.fields.append(
                Field(
                    wire_name=param["name"],
                    py_name=identifier(param["name"]),
                    type=self.type_of(param["schema"], f"{prefix}{pascal(param['name'])}"),
                    required=bool(param.get("required", False)),
                    description=str(param.get("description", "")),
                )
            )
        return model


def _errors(spec: Spec) -> tuple[list[ErrorClass], dict[str, ErrorClass]]:
    """One exception class per documented error key (a mnemonic), with every code it is sent with."""
    by_key: dict[str, ErrorClass] = {}
    for raw in spec.all_errors():
        key = spec.error_key_of(raw)
        found = by_key.get(key)
        if found is None:
            name = pascal(key) if key.endswith("error") else f"{pascal(key)}Error"
            found = by_key[key] = ErrorClass(name, key, [], [])
        if raw["code"] not in found.codes:
            found.codes.append(raw["code"])
        if raw["message"] not in found.messages:
            found.messages.append(raw["message"])
    errors = sorted(by_key.values(), key=lambda e: e.name)
    return errors, by_key


def build(spec: Spec) -> ClientModel:
    builder = _Builder(spec)
    errors, by_key = _errors(spec)
    methods = []
    for raw in spec.methods():
        params = [spec.resolve_node(p) for p in raw.get("params", [])]
        tags = [spec.resolve_node(t) for t in raw.get("tags", [])]
        result = spec.resolve_node(raw["result"])
        method_errors = []
        for error in raw.get("errors", []):
            error_class = by_key[spec.error_key_of(spec.resolve_node(error))]
            if error_class not in method_errors:
                method_errors.append(error_class)
        methods.append(
            Method(
                name=raw["name"],
                summary=str(raw.get("summary", "")),
                description=str(raw.get("description", "")),
                tag_module=snake(tags[0]["name"]) if tags else "default",
                params_model=builder.params_model(raw),
                result=builder.type_of(result["schema"], f"{pascal(raw['name'])}Result"),
                authenticated=any(p["name"] == spec.config.token_param for p in params),
                errors=method_errors,
            )
        )
    models = sorted(builder.models.values(), key=lambda m: m.name)
    enums = sorted(builder.enums.values(), key=lambda e: e.name)
    return ClientModel(spec, models, enums, methods, errors)
