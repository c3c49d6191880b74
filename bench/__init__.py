"""Benchmarks: run from the repository root as `python -m bench.<name>` (they import the monitor package)."""
