"""Read, validate and apply seed files.

A seed file is YAML or JSON (JSON is read as YAML, so both get line numbers). It is checked against
the published JSON Schema (seed.schema.json beside this module); each error names the line and the
field. Applying it sends the control-API requests of emulator/seed/plan.py through any httpx client
(the app in process at start-up, or a running emulator), so an error a route finds (a taken
subdomain, a malformed number) is reported at the entry's line too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import yaml

from .plan import PLANS, ApiPlan
from .vendor import VENDOR_STEPS

SCHEMA_PATH = Path(__file__).with_name("seed.schema.json")

FieldPath = tuple[str | int, ...]


class SeedError(Exception):
    """What is wrong with a seed file: one line per problem, each naming its line and field."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(slots=True)
class Seed:
    data: dict[str, Any]
    source: str = "<seed>"
    lines: dict[FieldPath, int] = field(default_factory=dict)  # 1-based line of each field's value

    def where(self, path: FieldPath) -> str:
        """`file:line: field` of the deepest known position on `path`."""
        for depth in range(len(path), -1, -1):
            line = self.lines.get(path[:depth])
            if line is not None:
                break
        else:
            line = None
        name = _dotted(path) or "(top level)"
        return f"{self.source}:{line}: {name}" if line else f"{self.source}: {name}"


@cache
def schema() -> dict[str, Any]:
    found: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return found


def read_seed(source: Path | str) -> Seed:
    """Parse a seed file, keeping where each value is; a SeedError for unreadable YAML/JSON."""
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SeedError([f"{path}: cannot read: {error.strerror or error}"]) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error)
        raise SeedError([f"{path}{line}: not valid YAML or JSON: {problem}"]) from None
    lines: dict[FieldPath, int] = {}
    if node is not None:
        _positions(node, (), lines)
    return Seed(data if data is not None else {}, str(path), lines)


def _positions(node: yaml.Node, path: FieldPath, lines: dict[FieldPath, int]) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = str(key_node.value)
            _positions(value_node, (*path, key), lines)
            lines[(*path, key)] = key_node.start_mark.line + 1  # the key's line reads best
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _positions(item, (*path, index), lines)


def _dotted(path: FieldPath) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def validate_seed(seed: Seed) -> None:
    """Raise SeedError listing every schema violation, in file order."""
    if not isinstance(seed.data, dict):
        raise SeedError([f"{seed.source}:1: a seed file is a mapping of sections (see seed.schema.json)"])
    validator = jsonschema.Draft202012Validator(schema())
    found: list[tuple[FieldPath, str]] = []
    for error in validator.iter_errors(seed.data):
        path: FieldPath = tuple(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            known = error.schema.get("properties", {})
            found += [((*path, str(name)), _unknown(name)) for name in error.instance if name not in known]
        elif "propertyNames" in error.schema_path:  # a bad key: name it, with what the keys must be
            expected = error.schema.get("description", error.message)
            found.append(((*path, str(error.instance)), f"not a valid key: {expected}"))
        else:
            found.append((path, error.message))
    if found:
        found.sort(key=lambda problem: seed.lines.get(problem[0], 0))
        raise SeedError([f"{seed.where(path)}: {message}" for path, message in found])


def _unknown(name: object) -> str:
    if isinstance(name, bool):  # YAML 1.1 reads a bare no/yes/on/off key as a boolean
        return "unknown field (a bare no, yes, on or off key reads as a boolean in YAML: quote it)"
    return "unknown field"


def load_seed_file(source: Path | str) -> Seed:
    """Read and validate a seed file."""
    seed = read_seed(source)
    validate_seed(seed)
    return seed


def apply_seed(seed: Seed | dict[str, Any], control: httpx.Client) -> None:
    """Create everything the seed describes through the control API at `control` (base URL /_emulator).

    Validated first; a route's refusal stops it with a SeedError naming the entry's line."""
    seed = seed if isinstance(seed, Seed) else Seed(seed)
    validate_seed(seed)
    for api_id, plan in PLANS.items():
        for index, entry in enumerate(seed.data.get(api_id, [])):
            _create_tenant(seed, control, plan, (api_id, index), entry)
    for index, rule in enumerate(seed.data.get("farend", [])):
        body = {k: v for k, v in rule.items() if k not in ("api", "tenant", "party")}
        party = str(rule.get("party", "default"))
        path = f"/farend/{rule['api']}/{rule['tenant']}/{party}"
        _send(seed, control, ("farend", index), "PUT", path, body)


def _create_tenant(
    seed: Seed, control: httpx.Client, plan: ApiPlan, at: FieldPath, entry: dict[str, Any]
) -> None:
    body = {name: entry[name] for name in plan.create_fields if name in entry}
    reply = _send(seed, control, at, "POST", plan.create, body)
    _create_children(seed, control, plan, at, entry, reply)
    step = VENDOR_STEPS.get(str(at[0]))
    if step is not None:
        step(_VendorRequests(seed, control), at, entry, reply)


def _create_children(
    seed: Seed, control: httpx.Client, plan: ApiPlan, at: FieldPath, entry: dict[str, Any], reply: Any
) -> None:
    source, name = plan.key_from
    key = entry[name] if source == "entry" else reply[name]
    prefix = plan.prefix.format(key=key)
    for child_name, child in plan.children.items():
        value = entry.get(child_name)
        if value is None:
            continue
        where = (*at, child_name)
        if child.shape == "list":
            for index, item in enumerate(value):
                _send(seed, control, (*where, index), child.method, prefix + child.path, item)
        elif child.shape == "object":
            _send(seed, control, where, child.method, prefix + child.path, value)
        else:
            for item_key, item in value.items():
                path = prefix + child.path.format(item=item_key)
                _send(seed, control, (*where, str(item_key)), child.method, path, item)


def _send(seed: Seed, control: httpx.Client, at: FieldPath, method: str, path: str, body: Any) -> Any:
    response = control.request(method, path, json=body)
    if response.status_code >= 400:
        try:
            found = response.json()
            reason = str(found.get("error") or found.get("message") or response.text)
        except (ValueError, AttributeError):
            reason = response.text
        raise SeedError(
            [f"{seed.where(at)}: {reason} ({method} /_emulator{path} answered {response.status_code})"]
        )
    return response.json() if response.content else None


class _VendorRequests:
    """The vendor APIs beside the control API at `control` (same host), for seed.vendor's steps."""

    def __init__(self, seed: Seed, control: httpx.Client) -> None:
        self._seed, self._control = seed, control

    def _url(self, path: str) -> httpx.URL:
        return self._control.base_url.copy_with(path=path)

    def form(self, at: FieldPath, path: str, fields: dict[str, Any]) -> dict[str, Any]:
        """A Voximplant Management method; its `error` reply (sent with HTTP 200) is a refusal."""
        data = {k: ("true" if v else "false") if isinstance(v, bool) else str(v) for k, v in fields.items()}
        response = self._control.post(self._url(path), data=data)
        found = _json_or_none(response)
        error = found.get("error") if isinstance(found, dict) else {"msg": response.text}
        if response.status_code >= 400 or error:
            error = error if isinstance(error, dict) else {"msg": response.text}
            code = error.get("code", response.status_code)
            self._refused(at, f"{error.get('msg')} ({path.strip('/').split('/')[-1]} answered error {code})")
        result: dict[str, Any] = found
        return result

    def json(self, at: FieldPath, method: str, path: str, body: Any, headers: dict[str, str]) -> Any:
        response = self._control.request(method, self._url(path), json=body, headers=headers)
        found = _json_or_none(response)
        if response.status_code >= 400:
            # Voxology says what went wrong in `help`, its `message` being the status's name
            reason = (found.get("help") or found.get("message")) if isinstance(found, dict) else None
            self._refused(at, f"{reason or response.text} ({method} {path} answered {response.status_code})")
        return found

    def _refused(self, at: FieldPath, reason: str) -> None:
        raise SeedError([f"{self._seed.where(at)}: {reason}"])


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None
