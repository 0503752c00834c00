"""A plain generated page for OpenRPC (JSON-RPC) specs, which no maintained OpenAPI renderer reads."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from html import escape
from pathlib import Path
from typing import Any

from codegen.docsite.html import markdown, page
from codegen.docsite.specs import ApiSpec


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``#/...`` references, which OpenRPC uses for methods, params and errors."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        ref = node["$ref"]
        if ref in seen:
            raise ValueError(f"circular $ref {ref}")
        seen.add(ref)
        node = document
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _type(document: Mapping[str, Any], schema: Any) -> str:
    """A one-line type name: enough to read a signature, the schema itself stays in openrpc.json."""
    if not isinstance(schema, Mapping):
        return "any"
    if isinstance(schema.get("$ref"), str):
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            return " | ".join(_type(document, option) for option in schema[combinator])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"array of {_type(document, schema.get('items'))}"
    return " | ".join(map(str, kind)) if isinstance(kind, list) else str(kind)


def _rows(cells: Iterable[Iterable[str]]) -> str:
    return "\n".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in cells)


def _table(headers: Iterable[str], cells: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(header)}</th>" for header in headers)
    return f"<table><thead><tr>{head}</tr></thead><tbody>\n{_rows(cells)}\n</tbody></table>"


def _method(document: Mapping[str, Any], method: Mapping[str, Any]) -> str:
    name = str(method["name"])
    parts = [f'<section class="method" id="method-{escape(name)}">', f"<h3><code>{escape(name)}</code></h3>"]
    if method.get("summary"):
        parts.append(f'<p class="summary">{escape(str(method["summary"]))}</p>')
    if method.get("description"):
        parts.append(markdown(str(method["description"])))
    params = [_resolve(document, param) for param in method.get("params", [])]
    if params:
        cells = [
            [
                f"<code>{escape(str(p['name']))}</code>",
                escape(_type(document, p.get("schema"))),
                "yes" if p.get("required") else "no",
                escape(str(p.get("summary") or p.get("description") or "")),
            ]
            for p in params
        ]
        parts.append("<h4>Params</h4>" + _table(("Name", "Type", "Required", "Description"), cells))
    result = _resolve(document, method.get("result"))
    if isinstance(result, Mapping):
        description = escape(str(result.get("summary") or result.get("description") or ""))
        parts.append(
            f"<h4>Result</h4><p><code>{escape(str(result.get('name', 'result')))}</code>: "
            f"{escape(_type(document, result.get('schema')))} {description}</p>"
        )
    errors = [_resolve(document, error) for error in method.get("errors", [])]
    if errors:
        cells = [
            [f"<code>{escape(str(e['code']))}</code>", escape(str(e.get("message", "")))] for e in errors
        ]
        headers: tuple[str, ...] = ("Code", "Message")
        if any("data" in e for e in errors):  # vendors put the error's name there (a mnemonic, say)
            headers += ("Data",)
            for row, error in zip(cells, errors, strict=True):
                data = json.dumps(error["data"], ensure_ascii=False) if "data" in error else ""
                row.append(f"<code>{escape(data)}</code>" if data else "")
        parts.append("<h4>Errors</h4>" + _table(headers, cells))
    parts.append("</section>")
    return "\n".join(parts)


def write_api_page(spec: ApiSpec, api_dir: Path) -> None:
    document = spec.document
    methods = [_resolve(document, method) for method in document.get("methods", [])]
    index = "\n".join(
        f'<li><a href="#method-{escape(str(m["name"]))}"><code>{escape(str(m["name"]))}</code></a>'
        f' <span class="muted">{escape(str(m.get("summary", "")))}</span></li>'
        for m in methods
    )
    sections = "\n".join(_method(document, method) for method in methods)
    body = f"""<main>
<h1>{escape(spec.title)} <span class="muted">{escape(spec.version)}</span></h1>
{markdown(str(document.get("info", {}).get("description", "")))}
<h2>Methods</h2>
<ul class="method-index">
{index}
</ul>
{sections}
</main>"""
    (api_dir / "index.html").write_text(
        page(
            title=f"{spec.title} — Switchboard API reference",
            body=body,
            root="../",
            crumb=spec.title,
            aside=f'<a href="openrpc.json">{escape(spec.spec_version)} (openrpc.json)</a>',
        ),
        encoding="utf-8",
        newline="\n",
    )
