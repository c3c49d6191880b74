"""Nothing stays unclassified after a crash: `monitor classify` is SIGKILLed after its first
committed batch, then a `collect` pass that stores nothing (and, separately, `run --once` at its
start) classifies what was left behind."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.reliability.conftest import subprocess_env
from tests.reliability.test_crash_classify_review import BATCH, N_ITEMS, classify_world  # noqa: F401 - a fixture

ROOT = Path(__file__).resolve().parents[2]


def _kill_after_first_batch(cfg: Path, db: str) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor", "--config", str(cfg), "--db", db, "classify", "--all",
         "--batch-size", str(BATCH)],
        cwd=ROOT,
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    while (line := proc.stderr.readline()) and b"classified" not in line:
        pass
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "classify finished before it could be killed"


def _unclassified(db: str, version: str) -> int:
    engine = sa.create_engine(db)
    with engine.connect() as conn:
        n = conn.execute(
            sa.text("SELECT count(*) FROM items WHERE model_version IS NULL OR model_version != :v"), {"v": version}
        ).scalar()
    engine.dispose()
    return n


@pytest.fixture(scope="module")
def killed(classify_world, tmp_path_factory):  # noqa: F811
    """A database where `classify --all` was SIGKILLed after its first committed batch."""
    db_path = tmp_path_factory.mktemp("leftovers") / "killed.db"
    shutil.copy(classify_world["template"], db_path)
    _kill_after_first_batch(classify_world["config"], f"sqlite:///{db_path}")
    left = _unclassified(f"sqlite:///{db_path}", classify_world["version"])
    assert 0 < left < N_ITEMS, f"{left} unclassified after the kill"
    return {**classify_world, "killed": db_path, "left": left}


@pytest.mark.parametrize("command", [["collect", "-q"], ["run", "--once"]])
def test_a_pass_that_stores_nothing_classifies_what_a_crash_left(killed, tmp_path, command):
    db_path = tmp_path / "leftovers.db"
    shutil.copy(killed["killed"], db_path)
    db, left = f"sqlite:///{db_path}", killed["left"]
    print(f"{left} of {N_ITEMS} items unclassified after SIGKILL; running {' '.join(command)}")

    # feeds.yaml lists no feed: the pass fetches and stores nothing.
    r = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(killed["config"]), "--db", db, *command],
        cwd=ROOT,
        env=subprocess_env(),
        capture_output=True,
        timeout=180,
    )
    out = r.stdout.decode() + r.stderr.decode()
    assert r.returncode == 0, out
    assert "Traceback" not in out
    if command[0] == "collect":
        assert "0 new items" in out and f"{left} classified" in out
    else:
        assert f"{left} items left unclassified are now classified" in out
    assert _unclassified(db, killed["version"]) == 0
