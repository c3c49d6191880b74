"""`python -m monitor emerging`: text and JSON output, bad input, and the demo's unlabelled rumour
(measured: first by the end of its first full day, with hardly any unrelated item in it)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from monitor.demo import demo_data
from monitor.interfaces.cli import main
from monitor.storage import Store
from tests.demo_support import shipped_models
from tests.emerging.world import NOW, routine_week, rumour

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_text_and_json_output(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    store = Store(url)
    store.migrate()
    routine_week(store)
    ids = rumour(store, n=6, sources=3)
    at = NOW.isoformat()
    res = run("--db", url, "emerging", "--at", at, "--json", "--min-size", "4")
    data = json.loads(res.output)
    text = run("--db", url, "emerging", "--at", at)
    assert text.exit_code == 0, text.output
    first = text.output.splitlines()
    assert first[0].startswith(" 1. ") and f"[{data[0]['id']}]" in first[0] and data[0]["label"] in first[0]
    assert "6 items from 3 source(s)" in first[1] and first[2].startswith("    - #")
    assert {"id", "label", "size", "sources", "first_seen", "growth", "item_ids"} <= set(data[0])
    assert sorted(data[0]["item_ids"]) == sorted(ids) and data[0]["sources"] == 3 and data[0]["growth"] == 6
    assert all(c["size"] >= 4 for c in data)
    # a window that ends before anything was published
    res = run("--db", url, "emerging", "--at", "2021-01-01", "--days", "3")
    assert res.exit_code == 0 and res.output.strip() == "no emerging clusters of 3 or more items in the last 3 days"
    assert json.loads(run("--db", url, "emerging", "--at", "2021-01-01", "--json").output) == []


def test_empty_database_and_bad_options(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    res = run("--db", url, "emerging")
    assert res.exit_code == 0 and "no emerging clusters" in res.output
    for args, culprit in (
        (["--days", "0"], "--days"),
        (["--min-size", "0"], "--min-size"),
        (["--at", "yesterday"], "--at"),
    ):
        res = run("--db", url, "emerging", *args)
        assert res.exit_code == 2, res.output
        assert res.output.startswith("error: ") and culprit in res.output and "Traceback" not in res.output


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    """The bundled demo, loaded as `python -m monitor demo` does (with the first model it trains)."""
    tmp = tmp_path_factory.mktemp("demo")
    cfg = yaml.safe_load((ROOT / "feeds.yaml").read_text(encoding="utf-8"))
    for f in cfg["feeds"]:
        if f["url"].startswith("file:"):
            f["url"] = "file:" + str(ROOT / f["url"].removeprefix("file:"))
    cfg["settings"] = {**cfg.get("settings", {}), "data_dir": str(ROOT / "data"), "models_dir": str(tmp / "models")}
    (tmp / "feeds.yaml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    shipped_models(tmp_path_factory, tmp / "models")  # the first-run model, trained once per test run
    url = f"sqlite:///{tmp / 'demo.db'}"
    res = run("--config", str(tmp / "feeds.yaml"), "--db", url, "demo")
    assert res.exit_code == 0, res.output
    return str(tmp / "feeds.yaml"), url


def test_demo_rumour_is_first_by_the_end_of_its_first_full_day(demo_db):
    config, url = demo_db
    first_day = demo_data.RUMOUR_START.date() + dt.timedelta(days=1)
    end = dt.datetime.combine(first_day, dt.time(23, 59), demo_data.TZ).astimezone(dt.UTC)
    res = run("--config", config, "--db", url, "emerging", "--at", end.isoformat(), "--json")
    assert res.exit_code == 0, res.output
    top = json.loads(res.output)[0]
    store = Store(url)
    texts = {i: t for i, t in store.item_titles(top["item_ids"]).items()}
    unrelated = [t for t in texts.values() if "QR" not in t.upper()]
    assert len(unrelated) <= 2, unrelated
    assert top["size"] - len(unrelated) >= 4 and "QR" in top["label"]
    assert top["first_seen"] >= demo_data.RUMOUR_START.astimezone(dt.UTC).isoformat()
