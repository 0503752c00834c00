"""The HTML shell, stylesheet and Markdown rendering shared by the site's hand-built pages."""

from __future__ import annotations

import json
from html import escape

from markdown_it import MarkdownIt

# Raw HTML stays off: spec descriptions are data, not trusted markup.
_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")

STYLESHEET = "site.css"
ORIGIN_SCRIPT = "origin.js"
# The address the Markdown guides write their examples for (`switchboard serve`'s default); served by the
# emulator, every page shows its own origin instead (origin.js), so the examples name the port it runs on.
DOCUMENTED_ORIGIN = "http://127.0.0.1:8080"

# Nothing may load from outside the site: it must work offline. Try-it requests go to the emulator serving
# the page ('self'); Scalar's search runs in a worker started from a blob: URL.
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src blob:"
)

CSS = """\
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0b5cad; }
body { margin: 0; color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body > main a { color: var(--accent); }
.topbar, .topbar * { box-sizing: border-box; }
.topbar { position: sticky; top: 0; z-index: 10; display: flex; gap: 1rem; align-items: center;
  height: 44px; padding: 0 1.25rem; background: #14213d; color: #e5e9f0; font-size: 15px; }
.topbar a { color: #fff; text-decoration: none; font-weight: 600; }
.topbar .spacer { flex: 1; }
.topbar .aside a { font-weight: 400; text-decoration: underline; }
.topbar .served code { color: #fff; background: none; }
/* Scoped to the hand-built pages' own <main>: a renderer's markup (Scalar's) keeps its own styles. */
body > main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
body > main :is(h1, h2, h3) { line-height: 1.25; }
body > main h2 { margin-top: 2.2rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
body > main code { font: 14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
body > main :not(pre) > code { background: #eff2f5; padding: .1em .3em; border-radius: 4px; }
body > main pre { background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem;
  overflow-x: auto; }
body > main table { border-collapse: collapse; margin: .6rem 0 1rem; }
body > main :is(th, td) { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left;
  vertical-align: top; }
body > main th { background: #f6f8fa; }
.muted { color: var(--muted); }
.api-list li { margin: .4rem 0; }
.method { margin-top: 2rem; padding-top: .5rem; border-top: 1px solid var(--line); }
.method h3 { margin-bottom: .2rem; }
.method h3 code { font-size: 1.1em; }
.method .summary { margin-top: 0; font-weight: 600; }
.method h3 .try { margin-left: .6rem; vertical-align: middle; }
.rpc-console { display: grid; gap: .6rem; padding: 1rem; border: 1px solid var(--line); border-radius: 6px;
  background: #f6f8fa; }
.rpc-console label { display: grid; gap: .2rem; font-weight: 600; }
.rpc-console input, .rpc-console select, .rpc-console textarea { font: 14px/1.45 ui-monospace, monospace;
  padding: .35rem .5rem; border: 1px solid var(--line); border-radius: 4px; }
.rpc-console button[type=submit] { justify-self: start; padding: .4rem 1rem; font-weight: 600; }
.rpc-console pre:empty { display: none; }
"""


def script_json(value: object) -> str:
    """JSON that cannot end the <script> element it sits in."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def markdown(text: str) -> str:
    return str(_MARKDOWN.render(text))


def page(*, title: str, body: str, root: str, crumb: str = "", aside: str = "") -> str:
    """A complete page; ``root`` is the relative way back to the site root (``""`` or ``"../"``)."""
    crumb_html = f"<span>/ {escape(crumb)}</span>" if crumb else ""
    aside_html = f'<span class="aside">{aside}</span>' if aside else ""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{root}assets/{STYLESHEET}">
</head>
<body>
<header class="topbar"><a href="{root}index.html">Switchboard docs</a>{crumb_html}\
<span class="spacer"></span>{aside_html}\
<span class="served">Emulator: <code data-served-origin>{DOCUMENTED_ORIGIN}</code></span></header>
{body}
<script src="{root}assets/{ORIGIN_SCRIPT}"></script>
</body>
</html>
"""
