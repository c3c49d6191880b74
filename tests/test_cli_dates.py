"""Date and time options at the edges of the calendar: one line naming the option, exit code 2."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from monitor.interfaces.cli import main


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dates")
    (folder / "feeds.yaml").write_text("settings:\n  demo: false\nfeeds: []\n", encoding="utf-8")
    args = ["--config", str(folder / "feeds.yaml"), "--db", f"sqlite:///{folder / 'm.db'}"]
    res = CliRunner().invoke(main, [*args, "init"])
    assert res.exit_code == 0, res.output
    return folder, args


@pytest.mark.parametrize("when", ["0001-01-01", "9999-12-31", "0001-01-01T00:00:00+14:00"])
@pytest.mark.parametrize(
    ("command", "option"),
    [
        (["digest", "--date"], "--date"),
        (["emerging", "--at"], "--at"),
        (["alerts", "check", "--no-notify", "--at"], "--at"),
        (["alerts", "list", "--since"], "--since"),
        (["export", "--out", "OUT", "--since"], "--since"),
        (["export", "--out", "OUT", "--until"], "--until"),
    ],
)
def test_dates_outside_the_calendar_we_keep(db, command, option, when):
    folder, args = db
    if option == "--date" and "T" in when:
        when = when[:10]
    command = [str(folder / "out.csv") if c == "OUT" else c for c in command]
    res = CliRunner().invoke(main, [*args, *command, when])
    assert res.exit_code == 2, (res.output, res.exception)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {option}: "), res.stderr
    assert when in lines[0] and "1900-01-01" in lines[0]
    assert not (folder / "out.csv").exists()


def test_a_time_that_is_not_one_names_its_option(db):
    _folder, args = db
    res = CliRunner().invoke(main, [*args, "alerts", "list", "--since", "yesterday"])
    assert res.exit_code == 2
    assert res.stderr.startswith("error: --since: ")


@pytest.mark.parametrize("age", ["999999w", "740000d"])
@pytest.mark.parametrize(
    "command", [["export", "--out", "OUT", "--since"], ["views", "add", "v", "--user", "uu", "--since"]]
)
def test_an_age_before_the_supported_range_is_one_line(db, age, command):
    folder, args = db
    CliRunner().invoke(main, [*args, "users", "add", "uu", "--role", "officer", "--password", "mat-khau-dai-du"])
    command = [str(folder / "x.csv") if c == "OUT" else c for c in command]
    res = CliRunner().invoke(main, [*args, *command, age])
    assert res.exit_code == 2 and "Traceback" not in res.output, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and "supported range" in lines[0], res.output
