"""The pipeline: load and lint specs, run the client generators, build the docs site."""
