"""A generated page for OpenRPC (JSON-RPC) specs, which no maintained OpenAPI renderer reads: every method,
and a request box (openrpc_console.js) that sends JSON-RPC to the emulator serving the page."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from html import escape
from pathlib import Path
from typing import Any

from codegen.docsite.html import markdown, page, script_json
from codegen.docsite.specs import ApiSpec
from codegen.docsite.tryit import server_path

CONSOLE_SCRIPT = Path(__file__).with_name("openrpc_console.js")
# The parameter a method takes its access key in (CallGear's convention; harmless for a spec without it).
KEY_PARAM = "access_token"


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
    parts = [
        f'<section class="method" id="method-{escape(name)}">',
        f'<h3><code>{escape(name)}</code> <button type="button" class="try" data-try-method="{escape(name)}">'
        "Try it</button></h3>",
    ]
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


def example_params(document: Mapping[str, Any], method: Mapping[str, Any], key: str | None) -> dict[str, Any]:
    """The params of a method's first example (by name), with the demo key for the example's access key;
    without an example, the key alone where the method takes one."""
    params: dict[str, Any] = {}
    examples = [_resolve(document, example) for example in method.get("examples", [])]
    if examples and isinstance(examples[0], Mapping):
        for param in examples[0].get("params", []):
            param = _resolve(document, param)
            params[str(param["name"])] = param.get("value")
    names = {str(_resolve(document, param).get("name")) for param in method.get("params", [])}
    if key is not None and KEY_PARAM in names:
        params[KEY_PARAM] = key
    return params


def _console(spec: ApiSpec, methods: list[Mapping[str, Any]], key: str | None) -> str:
    servers = spec.document.get("servers") or [{"url": ""}]
    path = server_path(str(servers[0].get("url", "")))
    examples = {str(m["name"]): example_params(spec.document, m, key) for m in methods}
    options = "".join(f"<option>{escape(name)}</option>" for name in examples)
    key_note = (
        f" The examples carry the demo account's permanent key <code>{escape(key)}</code>."
        if key is not None
        else ""
    )
    return f"""<h2 id="try-it">Try it</h2>
<p>Sends a JSON-RPC 2.0 request to the emulator serving this page and shows its answer.{key_note}
<b>Try it</b> on a method below fills in its documented example.</p>
<form id="rpc-console" class="rpc-console" data-path="{escape(path)}">
<label>Endpoint <input name="endpoint" value="{escape(path or "/")}" spellcheck="false"></label>
<label>Method <select name="method">{options}</select></label>
<label>Params <textarea name="params" rows="8" spellcheck="false"></textarea></label>
<button type="submit">Send request</button> <span id="rpc-status" class="muted" role="status"></span>
<pre id="rpc-response" aria-label="Response"></pre>
</form>
<script id="rpc-examples" type="application/json">{script_json(examples)}</script>"""


def write_api_page(spec: ApiSpec, api_dir: Path, *, key: str | None = None, guide: str | None = None) -> None:
    """``index.html``, and the request box's script beside the site's other assets."""
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
{_console(spec, methods, key)}
<h2>Methods</h2>
<ul class="method-index">
{index}
</ul>
{sections}
</main>
<script src="../assets/{CONSOLE_SCRIPT.name}"></script>"""
    links = [f'<a href="openrpc.json">{escape(spec.spec_version)} (openrpc.json)</a>']
    if guide:
        links.insert(0, f'<a href="{escape(guide)}">Guide</a>')
    (api_dir / "index.html").write_text(
        page(
            title=f"{spec.title} — Switchboard API reference",
            body=body,
            root="../",
            crumb=spec.title,
            aside=" · ".join(links),
        ),
        encoding="utf-8",
        newline="\n",
    )
