"""The site's front page: docs/getting-started.md plus a generated list of every API reference."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from codegen.docsite.html import markdown, page
from codegen.docsite.specs import ApiSpec


def api_href(spec: ApiSpec) -> str:
    # Explicit index.html so the links also work when the site is opened from disk.
    return f"{spec.api_id}/index.html"


def _api_list(specs: Sequence[ApiSpec]) -> str:
    if not specs:
        return '<p class="muted">No specs yet: add <code>specs/&lt;api&gt;/openapi.yaml</code>.</p>'
    items = "\n".join(
        f'<li><a href="{escape(api_href(spec))}">{escape(spec.title)}</a> '
        f'<span class="muted">{escape(spec.version)} · {escape(spec.spec_version)} · '
        f"{spec.operation_count} {'methods' if spec.kind == 'openrpc' else 'operations'}</span></li>"
        for spec in specs
    )
    return f'<ul class="api-list">\n{items}\n</ul>'


def render_home(getting_started_md: str, specs: Sequence[ApiSpec]) -> str:
    body = f"""<main>
{markdown(getting_started_md)}
<h2 id="api-reference">API reference</h2>
{_api_list(specs)}
</main>"""
    return page(title="Switchboard — getting started", body=body, root="")
