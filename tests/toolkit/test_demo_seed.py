"""The CCAI demo customer written as a seed file gives the same state as the built-in demo."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from emulator.app import create_app
from emulator.core.environment import Settings
from emulator.seed import load_seed_file
from emulator.seed.startup import seed_app

DEMO_SEED = Path(__file__).resolve().parents[2] / "emulator" / "seed" / "demo.yaml"


def _state(app: Any, prefix: str) -> dict[str, Any]:
    """Every document (parsed, in insertion order per kind) and counter under namespaces `prefix*`."""
    conn = app.env.store._conn
    like = (f"{prefix}%",)
    query = "SELECT namespace, kind, key, body FROM documents WHERE namespace LIKE ? ORDER BY 1, 2, seq"
    documents = conn.execute(query, like).fetchall()
    counters = conn.execute("SELECT * FROM counters WHERE namespace LIKE ? ORDER BY 1, 2", like).fetchall()
    return {
        "documents": [(ns, kind, key, json.loads(body)) for ns, kind, key, body in documents],
        "counters": counters,
    }


def test_the_ccai_demo_seed_file_gives_the_built_in_demo_state() -> None:
    built_in = create_app(Settings(rate_limit=False))
    seeded = create_app(Settings(rate_limit=False, demo=False))
    assert _state(seeded, "ccai-platform")["documents"] == []
    seed_app(seeded, load_seed_file(DEMO_SEED))
    expected = _state(built_in, "ccai-platform")
    assert len(expected["documents"]) == 11  # customer, agent, 7 menus, outbound number, ticket
    assert _state(seeded, "ccai-platform") == expected
