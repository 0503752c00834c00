"""Seed files: tenants, credentials, numbers, agents, flows and far-end rules created at start."""

from .loader import Seed, SeedError, apply_seed, load_seed_file, read_seed, validate_seed

__all__ = ["Seed", "SeedError", "apply_seed", "load_seed_file", "read_seed", "validate_seed"]
