"""data/narratives.yaml and data/approved_messages.yaml: a broken file gives one line naming the
file (and the message and field), exit code 2 on the command line, never a traceback."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.analysis.taxonomy import load_messages, load_taxonomy
from monitor.config import PROJECT_ROOT, load_config
from monitor.errors import ConfigError, DataFileError

SHIPPED = PROJECT_ROOT / "data"


@pytest.fixture
def data_dir(tmp_path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    for name in ("narratives.yaml", "approved_messages.yaml"):
        shutil.copy(SHIPPED / name, data / name)
    (tmp_path / "feeds.yaml").write_text("settings:\n  demo: false\nfeeds: []\n", encoding="utf-8")
    return data


def init(tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "monitor",
            "init",
            "--config",
            str(tmp_path / "feeds.yaml"),
            "--db",
            f"sqlite:///{tmp_path / 'm.db'}",
        ],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
    )


def one_line(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in proc.stderr, proc.stderr
    return lines[0]


def test_shipped_files_load(data_dir, tmp_path):
    assert init(tmp_path).returncode == 0


@pytest.mark.parametrize("name", ["narratives.yaml", "approved_messages.yaml"])
def test_non_utf8_bytes(data_dir, tmp_path, name):
    (data_dir / name).write_bytes(b"\xff\xfe")
    line = one_line(init(tmp_path))
    assert str(data_dir / name) in line and "not UTF-8" in line


@pytest.mark.parametrize("name", ["narratives.yaml", "approved_messages.yaml"])
def test_a_directory_in_place_of_the_file(data_dir, tmp_path, name):
    (data_dir / name).unlink()
    (data_dir / name).mkdir()
    line = one_line(init(tmp_path))
    assert str(data_dir / name) in line and "cannot read" in line


@pytest.mark.parametrize("text", ["", "# nothing yet\n"])
def test_empty_approved_messages(data_dir, tmp_path, text):
    (data_dir / "approved_messages.yaml").write_text(text, encoding="utf-8")
    line = one_line(init(tmp_path))
    assert (
        line == f"error: {data_dir / 'approved_messages.yaml'}: the file is empty; it must be a mapping with 'messages'"
    )


def test_a_list_instead_of_a_mapping(data_dir):
    (data_dir / "narratives.yaml").write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"narratives.yaml line 1: must be a mapping with 'narratives'"):
        load_taxonomy(data_dir / "narratives.yaml")


@pytest.mark.parametrize("date", ['"2021-02-30"', '"23/5/2021"', "2021-5-23"])
def test_election_date_that_is_not_a_real_iso_date(data_dir, date):
    path = data_dir / "approved_messages.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('election_date: "2021-05-23"', f"election_date: {date}"))
    with pytest.raises(
        DataFileError,
        match=rf"approved_messages.yaml line 30: message 'election-date-2021': key_facts.election_date: "
        rf"must be a real date written YYYY-MM-DD \(got '{date.strip(chr(34))}'\)",
    ):
        load_messages(path)


def test_unquoted_impossible_election_date(data_dir):
    path = data_dir / "approved_messages.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"2021-05-23"', "2021-02-30"))
    with pytest.raises(
        DataFileError, match=r"approved_messages.yaml line 30: invalid YAML: '2021-02-30' is not a real"
    ):
        load_messages(path)


def test_negative_version(data_dir):
    path = data_dir / "approved_messages.yaml"
    path.write_text(re.sub(r"version: \d+", "version: -3", path.read_text(encoding="utf-8"), count=1))
    with pytest.raises(
        DataFileError, match=r"line 12: message 'election-date-2021': version: .*greater than or equal to 1"
    ):
        load_messages(path)


def test_impossible_date_anywhere_in_feeds_yaml(tmp_path):
    """YAML reads 2021-02-30 as a date and fails outside its own error type."""
    p = tmp_path / "feeds.yaml"
    p.write_text("settings:\n  data_dir: 2021-02-30\nfeeds: []\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"feeds.yaml line 2: invalid YAML: .*day is out of range"):
        load_config(p)
