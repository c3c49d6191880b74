"""feeds.yaml validation: every broken file gives one located line and exit code 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.config import PROJECT_ROOT, load_config, parse_interval, settings_help
from monitor.errors import ConfigError

GOOD = """\
settings:
  ui_language: en
feeds:
  - name: Báo A
    url: https://a.example.vn/rss
    kind: news
    interval: 15m
  - name: Cổng B
    url: https://b.example.vn/rss
    kind: official
    lang: vi
    interval: 2h
    tags: [official]
"""


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "feeds.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_good_config(tmp_path):
    cfg = load_config(write(tmp_path, GOOD))
    assert [f.name for f in cfg.feeds] == ["Báo A", "Cổng B"]
    assert cfg.feeds[1].interval_seconds == 7200
    assert cfg.settings.ui_language == "en"
    assert cfg.database_url.endswith("data/monitor.db")


def test_db_override_order(tmp_path, monkeypatch):
    p = write(tmp_path, GOOD)
    monkeypatch.setenv("MONITOR_DATABASE_URL", "sqlite:///env.db")
    assert load_config(p).database_url == "sqlite:///env.db"
    assert load_config(p, db_override="sqlite:///cli.db").database_url == "sqlite:///cli.db"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("feeds:\n  - name: A\n    url: [unclosed\n", r"feeds.yaml line \d+: invalid YAML"),
        (
            GOOD.replace("    kind: news\n", "    kind: news\n    colour: red\n"),
            r"line 7: feed 'Báo A': colour: unknown key",
        ),
        (
            GOOD.replace("interval: 15m", "interval: 15 minutes"),
            r"line 7: feed 'Báo A': interval: must be like 15m or 2h \(got '15 minutes'\)",
        ),
        (GOOD.replace("    url: https://b.example.vn/rss\n", ""), r"line 8: feed 'Cổng B': url: is required"),
        (GOOD.replace("kind: official", "kind: blog"), r"line 10: feed 'Cổng B': kind: "),
        (
            GOOD.replace("https://a.example.vn/rss", "ftp://a.example.vn/rss"),
            r"line 5: feed 'Báo A': url: must start with http",
        ),
        (GOOD.replace("ui_language: en", "ui_languag: en"), r"line 2: settings.ui_languag: unknown key"),
        (GOOD.replace("Cổng B", "Báo A"), r"line 8: feed 'Báo A': name: used by two feeds"),
        ("- just\n- a list\n", r"line 1: expected a mapping"),
    ],
)
def test_broken_config_names_the_place(tmp_path, text, expected):
    with pytest.raises(ConfigError, match=expected) as exc:
        load_config(write(tmp_path, text))
    assert "\n" not in str(exc.value)


def check_config(path, **env) -> subprocess.CompletedProcess:
    """`python -m monitor check-config` on `path` in a process of its own, with `env` added."""
    return subprocess.run(
        [sys.executable, "-m", "monitor", "check-config", "--config", str(path)],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env={**os.environ, **env},
    )


@pytest.mark.parametrize(
    "text", ["feeds:\n  - name: A\n    url: [unclosed\n", GOOD.replace("interval: 15m", "interval: soon")]
)
def test_cli_check_config_exit_code_2_without_traceback(tmp_path, text):
    proc = check_config(write(tmp_path, text))
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "feeds.yaml" in lines[0]
    assert "Traceback" not in proc.stderr


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.yaml")


def test_shipped_feeds_yaml_is_valid():
    cfg = load_config(PROJECT_ROOT / "feeds.yaml")
    assert any(f.kind.value == "official" for f in cfg.feeds)
    assert all(f.url.startswith(("https://", "http://", "file:")) for f in cfg.feeds)


def test_every_setting_is_documented():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    from monitor.config import alert_settings_help

    for name, _default, help_text in settings_help() + alert_settings_help():
        assert help_text, f"setting {name} has no help text"
        assert f"`{name}`" in readme, f"setting {name} is missing from README's configuration table"


@given(st.text(max_size=12))
@settings(max_examples=300, deadline=None)
def test_parse_interval_never_crashes(text):
    try:
        assert parse_interval(text) >= 60
    except ValueError as exc:
        assert "must be" in str(exc)


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_any_yaml_text_gives_config_or_config_error(tmp_path_factory, text):
    p = tmp_path_factory.mktemp("cfg") / "feeds.yaml"
    p.write_text(text, encoding="utf-8")
    try:
        load_config(p)
    except ConfigError as exc:
        assert "\n" not in str(exc)


@pytest.mark.parametrize("interval", ["2000000000h", "99999999999999999999h", "366d", "100000000000", "9" * 400 + "s"])
def test_interval_longer_than_a_year_is_refused_with_its_place(tmp_path, interval):
    text = GOOD.replace("interval: 2h", f"interval: {interval}")
    with pytest.raises(ConfigError, match=r"line 12: feed 'Cổng B': interval: must be at most 365d") as exc:
        load_config(write(tmp_path, text))
    assert "\n" not in str(exc.value)


def test_interval_of_a_year_is_accepted(tmp_path):
    cfg = load_config(write(tmp_path, GOOD.replace("interval: 2h", "interval: 365d")))
    assert cfg.feeds[1].interval_seconds == 365 * 86400


def test_max_backoff_longer_than_a_year_is_refused(tmp_path):
    text = GOOD.replace("ui_language: en", "ui_language: en\n  max_backoff: 99999999999999999999h")
    with pytest.raises(ConfigError, match=r"line 3: settings.max_backoff: must be at most 365d"):
        load_config(write(tmp_path, text))


def test_huge_interval_fails_check_config_and_collect_with_one_line(tmp_path):
    """It passed check-config and then crashed `collect` with an OverflowError traceback."""
    feed = tmp_path / "feed.xml"
    feed.write_text("<rss><channel><title>t</title></channel></rss>", encoding="utf-8")
    p = write(
        tmp_path,
        f"feeds:\n  - name: A\n    url: file:{feed}\n  - name: B\n    url: file:{feed}\n    interval: 2000000000h\n",
    )
    for command in ("check-config", "collect"):
        proc = subprocess.run(
            [sys.executable, "-m", "monitor", command, "--config", str(p), "--db", f"sqlite:///{tmp_path / 'm.db'}"],
            capture_output=True,
            text=True,
            cwd=PROJECT_ROOT,
        )
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.strip().splitlines() == [
            "error: " + str(p) + " line 6: feed 'B': interval: must be at most 365d (got '2000000000h')"
        ]


@pytest.mark.parametrize(
    ("section", "key"),
    [
        ("settings", "session_timeout_minutes"),
        ("settings", "login_lock_seconds"),
        ("alerts", "min_history_hours"),
        ("alerts", "response_gap_hours"),
        ("alerts", "response_lookback_days"),
        ("alerts", "baseline_half_life_days"),
    ],
)
def test_durations_beyond_a_year_are_refused(tmp_path, section, key):
    """A huge duration used to overflow the date arithmetic (a traceback) where it was used."""
    text = f"{section}:\n  {key}: 100000000000000000000\nfeeds: []\n"
    with pytest.raises(ConfigError, match=rf"line 2: {section}.{key}: Input should be less than or equal to"):
        load_config(write(tmp_path, text))


@pytest.mark.parametrize(
    ("value", "on"),
    [
        ("1", True),
        ("true", True),
        (" Yes ", True),
        ("ON", True),
        ("0", False),
        ("false", False),
        ("No", False),
        ("off", False),
    ],
)
def test_monitor_demo_spellings(tmp_path, monkeypatch, value, on):
    monkeypatch.setenv("MONITOR_DEMO", value)
    assert load_config(write(tmp_path, GOOD)).demo_enabled is on


@pytest.mark.parametrize("value", ["flase", "of", "2", "", "nein"])
def test_monitor_demo_typo_is_an_error_not_demo_mode(tmp_path, monkeypatch, value):
    """A typo used to leave demo mode on: the demo accounts with published passwords signed in."""
    monkeypatch.setenv("MONITOR_DEMO", value)
    with pytest.raises(ConfigError, match=rf"MONITOR_DEMO: {value!r} is not a yes/no value"):
        load_config(write(tmp_path, GOOD))


def test_cli_monitor_demo_typo(tmp_path):
    proc = check_config(write(tmp_path, GOOD), MONITOR_DEMO="flase")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "error: MONITOR_DEMO: 'flase' is not a yes/no value (use 1, true, yes or on; 0, false, no or off)"
    ]


@pytest.mark.parametrize("value", ["''", '"  "'])
def test_empty_time_zone_is_refused(tmp_path, value):
    text = GOOD.replace("ui_language: en", f"ui_language: en\n  time_zone: {value}")
    with pytest.raises(ConfigError, match=r"line 3: settings.time_zone: must not be empty"):
        load_config(write(tmp_path, text))


@pytest.mark.parametrize("second", ["Báo A", '"Báo A "', "báo a", '" BÁO A"'])
def test_feed_names_differing_only_in_case_or_spaces_are_duplicates(tmp_path, second):
    with pytest.raises(ConfigError, match=r"line 8: feed .*: name: used by two feeds"):
        load_config(write(tmp_path, GOOD.replace("name: Cổng B", f"name: {second}")))


@pytest.mark.parametrize(
    "url", ['"http://exa mple.org/"', '"https://a.example.vn/r ss"', '"http://example.org/\\0"', '"http://a.vn/\\ta"']
)
def test_url_with_a_space_or_control_character_is_refused(tmp_path, url):
    text = GOOD.replace("url: https://b.example.vn/rss", f"url: {url}")
    with pytest.raises(ConfigError, match=r"line 9: feed 'Cổng B': url: must not contain spaces or control characters"):
        load_config(write(tmp_path, text))


def test_blank_feed_name_is_refused(tmp_path):
    with pytest.raises(ConfigError, match=r"line 4: feed #1: name: must not be blank"):
        load_config(write(tmp_path, GOOD.replace("name: Báo A", 'name: "  "')))


def test_file_url_may_name_a_folder_with_spaces(tmp_path):
    cfg = load_config(write(tmp_path, GOOD.replace("https://b.example.vn/rss", "file:My Feeds/b.xml")))
    assert cfg.feeds[1].url == "file:My Feeds/b.xml"
