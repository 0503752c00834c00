"""OpenRPC tooling: meta-schema validation and the Python client generator (load -> model -> render)."""
