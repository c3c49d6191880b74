"""The model `monitor demo` trains on first run, trained once per test run.

Fixtures that load the shipped demo (``monitor demo`` on the bundled feeds) would each train the
default model from the shipped seed labels, the slowest step of the load. ``shipped_models`` trains
it once, as the first run does (seed labels, approved messages and relevance data of ``data/``),
in a folder every xdist worker of the run shares (one worker trains, the others wait on a lock
file), and copies it into the fixture's own models folder, so the demo finds an active model.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _train_into(models: Path) -> None:
    from monitor.config import load_config
    from monitor.ingest.pipeline import _active_model, seed_label_files

    cfg = models.with_suffix(".yaml")
    cfg.write_text(f"settings:\n  data_dir: {ROOT / 'data'}\n  models_dir: {models}\nfeeds: []\n", encoding="utf-8")
    config = load_config(cfg)
    _active_model(config, seed_label_files(config))


def shipped_models(tmp_path_factory, into: Path) -> Path:
    """Copy the first-run model of the shipped data into ``into`` (a models folder) and return it."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    base = tmp_path_factory.getbasetemp()
    cache = base.parent / f"shipped-models-{run}" if run else base / "shipped-models"
    with open(f"{cache}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (cache / "ACTIVE").exists():
            _train_into(cache)
    shutil.copytree(cache, into)
    return into
