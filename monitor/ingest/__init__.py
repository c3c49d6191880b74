"""Ingest stage: fetch feeds and imports, normalize, dedupe, and run a collection pass (schedule)."""
