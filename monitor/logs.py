"""Structured, rotated logs for the collector, the CLI and the dashboard.

Each line is one JSON object with time, level, logger, message and the context the caller passed
(`extra={"feed": ..., "user": ...}`), so an operator can grep one feed's or one user's history.
Secrets never go into log calls; `mask()` shortens anything secret-like that must be mentioned.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import sys
from pathlib import Path

_CONTEXT_KEYS = ("feed", "user", "source_id", "item_id", "status", "worker")
_configured: set[str] = set()


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in _CONTEXT_KEYS:
            if hasattr(record, key):
                out[key] = getattr(record, key)
        if record.exc_info:
            out["error"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


def setup_logging(log_dir: Path, name: str = "monitor", level: str | None = None, stderr: bool = False) -> Path:
    """Log JSON lines to LOG_DIR/NAME.log, rotated at 10 MB with 5 old files kept."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / f"{name}.log"
    root = logging.getLogger("monitor")
    if str(path) in _configured:
        return path
    root.setLevel(level or os.environ.get("MONITOR_LOG_LEVEL", "INFO"))
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=10_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(JsonFormatter())
    root.addHandler(handler)
    if stderr:
        h = logging.StreamHandler(sys.stderr)
        h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
        h.setLevel(logging.WARNING)
        root.addHandler(h)
    _configured.add(str(path))
    return path


def mask(secret: str | None, keep: int = 4) -> str:
    """'https://hooks.example/T000/B000/XXXX' → 'http…XXXX' (never the whole secret)."""
    if not secret:
        return ""
    return "…" if len(secret) <= keep * 2 else f"{secret[:keep]}…{secret[-keep:]}"
