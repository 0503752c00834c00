"""Throughput and latency of the Switchboard emulator beside Stoplight Prism.

`python -m benchmarks.run` (or `nox -s bench`) starts both servers on the CCAI Platform spec, drives each
with the same fixed wrk mix and writes `docs/benchmarks.md`.
"""
