"""A database file that is not SQLite, or is damaged, gives one line naming it and exit code 2,
and the file is left as it was."""

from __future__ import annotations

import subprocess
import sys

import pytest

from monitor.config import PROJECT_ROOT


def monitor(*args: str, cwd=PROJECT_ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "monitor", *args], capture_output=True, text=True, cwd=cwd)


def one_error_line(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    return lines[0]


@pytest.fixture(scope="module")
def real_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("real") / "m.db"
    proc = monitor("init", "--db", f"sqlite:///{db}")
    assert proc.returncode == 0, proc.stderr
    return db


@pytest.mark.parametrize("command", [["init"], ["export", "--out", "OUT"], ["backup", "OUT"]])
def test_a_csv_given_as_the_database(tmp_path, command):
    csv = tmp_path / "items.csv"
    csv.write_bytes(b"\xef\xbb\xbfid,published_at,title\n1,2021-05-01,a\n" * 50)
    before = csv.read_bytes()
    args = [a.replace("OUT", str(tmp_path / "out.csv")) for a in command]
    line = one_error_line(monitor(*args, "--db", f"sqlite:///{csv}"))
    assert str(csv) in line and "not a database" in line
    assert csv.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["items.csv"]  # no output, no partial copy


@pytest.mark.parametrize("command", [["init"], ["export", "--out", "OUT"], ["classify"], ["backup", "OUT"]])
def test_a_truncated_copy_of_a_real_database(tmp_path, real_db, command):
    db = tmp_path / "cut.db"
    db.write_bytes(real_db.read_bytes()[:40_000])
    args = [a.replace("OUT", str(tmp_path / "out.csv")) for a in command]
    line = one_error_line(monitor(*args, "--db", f"sqlite:///{db}"))
    assert str(db) in line and "malformed" in line
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "out.csv.partial").exists()
