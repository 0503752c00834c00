"""Contract schemas loaded at import, so that pytest collects one test per operation and counts them all
before the first runs (a schema from a fixture is expanded while running, which throws off the progress).

The live server's address is known only once it runs, so each test passes it to `call_and_validate`;
the schema's own base URL is an address nothing answers, so a request without it fails, never leaks to
the vendor's servers.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig

UNSERVED = "http://127.0.0.1:9"  # the discard port


def load(spec: Any, base_path: str, config: dict[str, Any]) -> Any:
    """The schema of `spec` with the schemathesis `config`; its operations under `base_path`."""
    full = {"base-url": f"{UNSERVED}{base_path}", **config}
    return schemathesis.openapi.from_path(spec, config=SchemathesisConfig.from_dict(full))
