"""Call Flow expressions: Voxology evaluates conditions, variable assignments and `${...}` as ES5 JavaScript.

Duktape (an ES5 engine, through dukpy) runs them; each evaluation gets the call's variables as plain data
and hands the changed ones back, so nothing lives in the engine between calls.
"""

from __future__ import annotations

import json
import re
from typing import Any

import dukpy

_INTERPOLATION = re.compile(r"\$\{(\.\.\.)?([^}]+)\}")
_TEMPLATE = re.compile(r"\{\{\s*([^}|]+?)\s*(?:\|([^}]*))?\}\}")
_ROOT = re.compile(r"^(\$[A-Za-z_$][A-Za-z0-9_$]*)")


class ExpressionError(Exception):
    pass


def _declarations(variables: dict[str, Any]) -> str:
    names = [name for name in variables if _ROOT.fullmatch(name)]
    return "".join(f"var {name} = __in[{json.dumps(name)}];" for name in names)


def evaluate(expression: str, variables: dict[str, Any]) -> Any:
    code = f"var __in = dukpy.vars;{_declarations(variables)}({expression})"
    try:
        return dukpy.evaljs(code, vars=variables)
    except Exception as error:  # dukpy raises JSRuntimeError, and others for values JSON cannot carry
        raise ExpressionError(f"{expression!r}: {error}") from None


def truthy(expression: str, variables: dict[str, Any]) -> bool:
    return bool(evaluate(f"!!({expression})", variables))


def assign(assignments: dict[str, str], variables: dict[str, Any]) -> dict[str, Any]:
    """Run `{"$target": "expression", ...}` and return the variables afterwards."""
    roots: list[str] = []
    statements = []
    for target, expression in assignments.items():
        found = _ROOT.match(target)
        if found is None:
            raise ExpressionError(f"{target!r} is not a variable")
        roots.append(found.group(1))
        statements.append(f"{target} = ({expression});")
    names = sorted({*(n for n in variables if _ROOT.fullmatch(n)), *roots})
    declared = "".join(f"var {n} = __in[{json.dumps(n)}];" for n in names)
    collect = "var __out = {};" + "".join(f"__out[{json.dumps(n)}] = {n};" for n in names) + "__out"
    code = f"var __in = dukpy.vars;{declared}{''.join(statements)}{collect}"
    try:
        result = dukpy.evaljs(code, vars=variables)
    except Exception as error:
        raise ExpressionError(f"{assignments!r}: {error}") from None
    return {**variables, **{k: v for k, v in (result or {}).items() if v is not None or k in variables}}


def interpolate(text: str, variables: dict[str, Any], data: dict[str, Any]) -> str:
    """`${expr}` (`${...expr}` spells it out character by character) and `{{property|default}}`."""

    def template(found: re.Match[str]) -> str:
        value = lookup(data, found.group(1))
        if value is None:
            return found.group(2) or ""
        return str(value)

    def expression(found: re.Match[str]) -> str:
        name = found.group(2).strip()
        value = evaluate(name if name.startswith("$") else f"${name}", variables)
        text = "" if value is None else str(value)
        return " ".join(text) if found.group(1) else text

    return _INTERPOLATION.sub(expression, _TEMPLATE.sub(template, text))


def lookup(data: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if isinstance(data, dict):
            data = data.get(part)
        else:
            return None
    return data
