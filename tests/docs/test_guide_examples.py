"""The shell examples of every API guide work against the emulator, as a reader would paste them: each
guide's ```bash blocks run in order with curl failing on any HTTP error, the guide's `sleep N` (real time
for a reader) moving the frozen emulator clock instead, and no answer in a vendor's error shape."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from codegen.docsite.html import DOCUMENTED_ORIGIN

from ..conftest import LiveServer

ROOT = Path(__file__).resolve().parents[2]
GUIDES = sorted((ROOT / "docs" / "guides").glob("*.md"))
STRICT = 'set -e\ncurl() { command curl --fail-with-body -sS "$@"; echo; }\n'
ADVANCE = "command curl -sS -X POST {origin}/_emulator/clock -d '{{\"advance_seconds\": {seconds}}}'"
BLOCK = re.compile(r"^( *)```bash\n(.*?)^\1```", flags=re.DOTALL | re.MULTILINE)


def shell_examples(guide: str) -> str:
    """The guide's bash blocks (indented ones too), without installs: what a reader runs against a server."""
    lines = []
    for indent, block in BLOCK.findall(guide):
        for line in block.splitlines():
            line = line.removeprefix(indent)
            if not line.startswith("pip install"):
                lines.append(line)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda path: path.stem)
def test_the_guide_s_shell_examples_work(emulator: LiveServer, tmp_path: Path, guide: Path) -> None:
    if shutil.which("curl") is None:
        pytest.fail("the guides' examples use curl: install it (apt-get install curl)", pytrace=False)
    script = shell_examples(guide.read_text(encoding="utf-8"))
    assert "curl" in script and DOCUMENTED_ORIGIN in script, (
        f"{guide.name} has no example against the emulator"
    )
    script = re.sub(
        r"^sleep (\d+)", lambda m: ADVANCE.format(origin=DOCUMENTED_ORIGIN, seconds=m[1]), script, flags=re.M
    )
    script = STRICT + script.replace(DOCUMENTED_ORIGIN, emulator.url)
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    # JSON-RPC, Voximplant and Kit report errors with HTTP 200: their error shapes must not appear either.
    assert not re.search(r'"error":\s*\{|"success":\s*false', result.stdout), result.stdout[-3000:]
