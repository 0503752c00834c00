"""The HTML shell, stylesheet and Markdown rendering shared by the site's hand-built pages."""

from __future__ import annotations

from html import escape

from markdown_it import MarkdownIt

# Raw HTML stays off: spec descriptions are data, not trusted markup.
_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")

STYLESHEET = "site.css"

# Nothing may load from outside the site: it must work offline, and Redoc's sidebar would otherwise
# fetch its logo from a CDN. Redoc's search runs in a worker started from a blob: URL.
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src blob:"
)

CSS = """\
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: var(--accent); }
.topbar { position: sticky; top: 0; z-index: 10; display: flex; gap: 1rem; align-items: center;
  height: 44px; padding: 0 1.25rem; background: #14213d; color: #e5e9f0; font-size: 15px; }
.topbar a { color: #fff; text-decoration: none; font-weight: 600; }
.topbar .spacer { flex: 1; }
.topbar .aside a { font-weight: 400; text-decoration: underline; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
h1, h2, h3 { line-height: 1.25; }
h2 { margin-top: 2.2rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
code { font: 14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
:not(pre) > code { background: #eff2f5; padding: .1em .3em; border-radius: 4px; }
pre { background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem;
  overflow-x: auto; }
table { border-collapse: collapse; margin: .6rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
.muted { color: var(--muted); }
.api-list li { margin: .4rem 0; }
.method { margin-top: 2rem; padding-top: .5rem; border-top: 1px solid var(--line); }
.method h3 { margin-bottom: .2rem; }
.method h3 code { font-size: 1.1em; }
.method .summary { margin-top: 0; font-weight: 600; }
"""


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
<span class="spacer"></span>{aside_html}</header>
{body}
</body>
</html>
"""
