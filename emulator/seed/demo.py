"""The demo tenants are the seed file demo.yaml beside this module: each provider's seed_demo() applies
its own section of it through its own control routes, so the built-in demo and
`switchboard serve --no-demo --seed emulator/seed/demo.yaml` make the same state."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..core.provider import Provider
from .inline import provider_control
from .loader import Seed, apply_seed, load_seed_file

DEMO_SEED_PATH = Path(__file__).with_name("demo.yaml")


@cache
def demo_seed() -> Seed:
    """The demo seed file, read and validated once per process."""
    return load_seed_file(DEMO_SEED_PATH)


def seed_provider_demo(provider: Provider) -> None:
    """Create `provider`'s demo tenant from its section of demo.yaml."""
    seed = demo_seed()
    api_id = provider.api_id
    data = {"version": seed.data["version"], api_id: seed.data.get(api_id, [])}
    lines = {path: line for path, line in seed.lines.items() if path[:1] in ((api_id,), ())}
    with provider_control(provider) as control:
        apply_seed(Seed(data, seed.source, lines), control)
