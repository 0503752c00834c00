"""The site's front page: docs/getting-started.md plus a generated list of every API reference."""

from __future__ import annotations

import json
from collections.abc import Sequence
from html import escape

from codegen.docsite.html import markdown, page
from codegen.docsite.specs import ApiSpec

# The address docs/getting-started.md writes its examples for (`switchboard serve`'s default). Served by
# the emulator, the page shows its own origin instead, so that the examples name the port it runs on;
# opened from disk it keeps this one.
DOCUMENTED_ORIGIN = "http://127.0.0.1:8080"

_SERVED_ORIGIN_SCRIPT = """<script>
(function () {
  if (location.protocol !== "http:" && location.protocol !== "https:") return;
  var from = DOCUMENTED_ORIGIN, to = window.location.origin;
  function swap(text) { return text.split(from).join(to); }
  document.querySelectorAll("main code").forEach(function (code) {
    if (code.textContent.indexOf(from) !== -1) code.textContent = swap(code.textContent);
  });
  document.querySelectorAll("main a[href]").forEach(function (link) {
    var href = link.getAttribute("href");
    if (href.indexOf(from) === 0) link.setAttribute("href", swap(href));
    if (link.textContent.indexOf(from) !== -1) link.textContent = swap(link.textContent);
  });
})();
</script>""".replace("DOCUMENTED_ORIGIN", json.dumps(DOCUMENTED_ORIGIN), 1)


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
</main>
{_SERVED_ORIGIN_SCRIPT}"""
    return page(title="Switchboard — getting started", body=body, root="")
