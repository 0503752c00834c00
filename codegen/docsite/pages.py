"""Markdown pages the docs site generates from the specs: each API's operation list (what search finds an
operation by, linking into its reference) and the documentation contradictions the specs record."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from codegen.docsite.specs import HTTP_METHODS, ApiSpec

NOTES_KEY = "x-doc-notes"


def _cell(text: object) -> str:
    """Text that stays inside one Markdown table cell, shown as written: the specs' text is data, so an
    ``<region>`` or a ``helper/*`` outside code spans must not become a tag or emphasis."""
    parts = " ".join(str(text).split()).split("`")
    for index in range(0, len(parts), 2):  # outside code spans
        plain = html.escape(parts[index].replace("\\", "\\\\"), quote=False)
        parts[index] = re.sub(r"([*_\[\]|])", r"\\\1", plain)
    # A pipe in a code span stays: the table extension does not split cells inside code spans.
    return "`".join(parts)


def _code(text: object) -> str:
    """A code span holding ``text`` as written (no Markdown escapes apply inside one)."""
    plain = " ".join(str(text).split())
    if not plain:
        return ""
    fence = "``" if "`" in plain else "`"
    return f"{fence} {plain} {fence}" if fence == "``" else f"`{plain}`"


def slugify(text: str) -> str:
    """Scalar's slug of a tag or webhook name (its helpers' ``slugify``): lower case, only letters, marks,
    digits, spaces, ``_`` and ``-`` kept, runs of spaces, ``_`` and ``-`` made one ``-``."""
    kept = re.sub(r"[^\w\s-]", "", text[:255].strip().lower())
    return re.sub(r"[\s_-]+", "-", kept).strip("-")


def anchor(spec: ApiSpec, section: str, path: str, verb: str, operation: Mapping[str, Any]) -> str:
    """The fragment the reference page gives an operation: Scalar's for OpenAPI (under its first tag),
    ``method-<name>`` on the OpenRPC page."""
    tags = operation.get("tags") or []
    prefix = f"tag/{slugify(str(tags[0]))}/" if tags else ""
    if section == "webhooks":
        return f"{prefix}webhook/{verb.upper()}/{slugify(path)}"
    return f"{prefix}{verb.upper()}{path}"


def operations(spec: ApiSpec) -> list[dict[str, str]]:
    """Name, where, summary and reference fragment of every operation (OpenRPC methods, OpenAPI paths
    and webhooks)."""
    document = spec.document
    found: list[dict[str, str]] = []
    if spec.kind == "openrpc":
        for method in document.get("methods", []):
            method = _resolve(document, method)
            name = str(method["name"])
            summary = str(method.get("summary", ""))
            found.append({"name": name, "where": name, "summary": summary, "anchor": f"method-{name}"})
        return found
    for section in ("paths", "webhooks"):
        for path, item in (document.get(section) or {}).items():
            for verb in HTTP_METHODS:
                if verb not in item:
                    continue
                operation = item[verb]
                where = f"{verb.upper()} {path}" if section == "paths" else f"webhook {path} ({verb.upper()})"
                name = str(operation.get("operationId") or where)
                found.append(
                    {
                        "name": name,
                        "where": where,
                        "summary": str(operation.get("summary", "")),
                        "anchor": anchor(spec, section, path, verb, operation),
                    }
                )
    return found


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operations_page(spec: ApiSpec, *, guide: str | None) -> str:
    """``operations/<api>.md``: every operation, linking to the try-it reference page."""
    noun = "methods" if spec.kind == "openrpc" else "operations"
    rows = operations(spec)
    reference = f"../../{spec.api_id}/"
    lines = [
        f"# {spec.title}: {noun}",
        "",
        f"All {len(rows)} {noun} of `specs/{spec.api_id}/{spec.source.name}` ({spec.spec_version}, "
        f"version {spec.version}). The [reference with the try-it console]({reference}) documents each one "
        f"and sends it to the emulator serving these pages"
        + (f"; the [guide]({guide}) walks through the first calls." if guide else "."),
        "",
        "| name | request | summary |",
        "| --- | --- | --- |",
    ]
    for row in rows:
        link = f"[{_code(row['name'])}]({reference}#{row['anchor']})"
        lines.append(f"| {link} | {_code(row['where'])} | {_cell(row['summary'])} |")
    lines.append("")
    lines.append(f"[Open the {spec.title} reference]({reference}){{: .md-button }}\n")
    return "\n".join(lines)


def _note_text(note: Any) -> str:
    """A note as text; an unquoted YAML note holding ": " reads as a one-entry mapping, so join it back."""
    if isinstance(note, Mapping):
        return "; ".join(f"{key}: {value}" for key, value in note.items())
    return str(note)


def _notes(node: Any, pointer: str) -> Iterator[tuple[str, list[str]]]:
    """(JSON pointer, notes) for every ``x-doc-notes`` in a document, in document order."""
    if isinstance(node, Mapping):
        notes = node.get(NOTES_KEY)
        if isinstance(notes, list) and notes:
            yield pointer, [_note_text(note) for note in notes]
        elif isinstance(notes, str):
            yield pointer, [notes]
        for key, value in node.items():
            if key != NOTES_KEY:
                yield from _notes(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _notes(value, f"{pointer}/{index}")


def _where(spec: ApiSpec, pointer: str) -> str:
    """A reader's name for a place in a spec: the operation it belongs to, else its JSON pointer."""
    parts = [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]
    if (
        spec.kind == "openapi"
        and len(parts) >= 3
        and parts[0] in ("paths", "webhooks")
        and parts[2] in HTTP_METHODS
    ):
        operation = spec.document[parts[0]][parts[1]][parts[2]]
        label = f"{parts[2].upper()} {parts[1]}"
        if operation.get("operationId"):
            label += f" ({operation['operationId']})"
        rest = "/".join(parts[3:])
        return _code(label) + (f" · {_code(rest)}" if rest else "")
    if spec.kind == "openrpc" and len(parts) >= 2 and parts[0] == "methods" and parts[1].isdigit():
        method = _resolve(spec.document, spec.document["methods"][int(parts[1])])
        rest = "/".join(parts[2:])
        return _code(method["name"]) + (f" · {_code(rest)}" if rest else "")
    return _code(pointer or "/")


def doc_notes_page(specs: Sequence[ApiSpec]) -> str:
    """``doc-notes.md``: where each vendor's documentation contradicts itself, and what the spec follows."""
    counts = {spec.api_id: sum(len(notes) for _, notes in _notes(spec.document, "")) for spec in specs}
    lines = [
        "# Documentation contradictions",
        "",
        "The specs are transcribed from the vendors' documentation. Where that documentation contradicts "
        "itself (a table and its example disagree, a field is named two ways, a type is missing), the spec "
        f"follows what the examples show on the wire and records why in `{NOTES_KEY}`. This page lists every "
        f"such note, generated from the specs ({sum(counts.values())} notes).",
        "",
    ]
    for spec in specs:
        lines += [f"## {spec.title}", ""]
        found = list(_notes(spec.document, ""))
        if not found:
            lines += ["No notes: this documentation was consistent where the spec could check it.", ""]
            continue
        lines += [
            f"{counts[spec.api_id]} notes in `specs/{spec.api_id}/{spec.source.name}` "
            f"([reference](../{spec.api_id}/)).",
            "",
            "| where | note |",
            "| --- | --- |",
        ]
        for pointer, notes in found:
            for note in notes:
                lines.append(f"| {_where(spec, pointer)} | {_cell(note)} |")
        lines.append("")
    return "\n".join(lines)


API_TABLE_MARKER = "<!-- api-table -->"


def api_table(specs: Sequence[ApiSpec], guides: Sequence[str]) -> str:
    """The landing page's table: each spec's guide (for the API ids in ``guides``), reference and
    operation list, as links relative to the site root."""
    lines = ["| API | guide | reference (try it) | operations |", "| --- | --- | --- | --- |"]
    for spec in specs:
        noun = "methods" if spec.kind == "openrpc" else "operations"
        guide = f"[Guide](guides/{spec.api_id}.md)" if spec.api_id in guides else ""
        lines.append(
            f"| {_cell(spec.title)} | {guide} | [Reference]({spec.api_id}/) "
            f"| [{spec.operation_count} {noun}](operations/{spec.api_id}.md) |"
        )
    return "\n".join(lines)
