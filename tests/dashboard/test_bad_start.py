"""The dashboard's start-up with a broken setting or database: the error is shown, nothing else."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.dashboard.conftest import PROJECT


def start(tmp_path, monkeypatch, db_url: str) -> AppTest:
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(f"settings:\n  data_dir: {PROJECT / 'data'}\n  demo: false\n  ui_language: en\nfeeds: []\n")
    monkeypatch.setenv("MONITOR_CONFIG", str(cfg))
    monkeypatch.setenv("MONITOR_DATABASE_URL", db_url)
    monkeypatch.setenv("MONITOR_DEMO", "0")
    monkeypatch.delenv("MONITOR_DATA_DIR", raising=False)
    at = AppTest.from_file("../../dashboard.py", default_timeout=90)
    return at.run()


def test_a_file_that_is_not_a_database(tmp_path, monkeypatch):
    csv = tmp_path / "items.csv"
    csv.write_text("id,title\n1,a\n" * 200)
    at = start(tmp_path, monkeypatch, f"sqlite:///{csv}")
    assert not at.exception, [e.message for e in at.exception]
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and "Cannot open the database" in errors[0] and str(csv) in errors[0], errors
    assert not at.text_input  # no login form


def test_a_monitor_demo_typo_stops_the_app(tmp_path, monkeypatch, template_db):
    import shutil

    db = tmp_path / "m.db"
    shutil.copy(template_db, db)
    at = AppTest.from_file("../../dashboard.py", default_timeout=90)
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(f"settings:\n  data_dir: {PROJECT / 'data'}\n  ui_language: en\nfeeds: []\n")
    monkeypatch.setenv("MONITOR_CONFIG", str(cfg))
    monkeypatch.setenv("MONITOR_DATABASE_URL", f"sqlite:///{db}")
    monkeypatch.setenv("MONITOR_DEMO", "flase")
    monkeypatch.delenv("MONITOR_DATA_DIR", raising=False)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and "MONITOR_DEMO: 'flase'" in errors[0], errors
    assert not at.text_input  # no login form: the demo accounts cannot sign in
