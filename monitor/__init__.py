"""Election information-integrity monitor: collect, store, classify and review election narratives."""

__version__ = "0.1.0"
