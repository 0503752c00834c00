"""Pieces of the static docs site that ``python -m codegen.docs`` builds from specs/."""
