"""/api/emerging: the same ranked list as `monitor emerging --json`, for managers, trainers and admins."""

from __future__ import annotations

import json

import httpx
from click.testing import CliRunner

from monitor.interfaces.api import create_app
from monitor.interfaces.cli import main
from tests.api.conftest import live_server
from tests.emerging.world import NOW, routine_week, rumour


def test_emerging_endpoint_serves_the_cli_list(store):
    from tests.api.conftest import add_role_tokens

    tokens = add_role_tokens(store)
    routine_week(store)
    ids = rumour(store, n=6, sources=3)
    at = NOW.isoformat()
    with live_server(create_app(store)) as url, httpx.Client(base_url=url) as client:
        r = client.get(
            "/api/emerging", params={"at": at, "min_size": 4}, headers={"Authorization": f"Bearer {tokens['trainer']}"}
        )
        assert r.status_code == 200, r.text
        data = r.json()
        assert sorted(data[0]["item_ids"]) == sorted(ids) and data[0]["sources"] == 3
        assert {"id", "label", "size", "sources", "first_seen", "growth", "item_ids", "daily", "typical"} <= set(
            data[0]
        )
        officer = client.get("/api/emerging", headers={"Authorization": f"Bearer {tokens['officer']}"})
        assert officer.status_code == 403
        bad = client.get("/api/emerging", params={"at": "soon"}, headers={"Authorization": f"Bearer {tokens['admin']}"})
        assert bad.status_code == 422 and "soon" in bad.json()["detail"]
        doc = client.get("/openapi.json").json()
        assert "/api/emerging" in doc["paths"]
    cli = json.loads(
        CliRunner()
        .invoke(
            main,
            [
                "--db",
                store.engine.url.render_as_string(hide_password=False),
                "emerging",
                "--at",
                at,
                "--min-size",
                "4",
                "--json",
            ],
        )
        .output
    )
    assert [c["id"] for c in cli] == [c["id"] for c in data]


def test_emerging_days_in_a_named_zone_on_the_api_and_the_offices_zone_on_the_cli(store, tmp_path):
    """The Emerging page counts the office's days; the API counted only UTC days and the CLI
    printed UTC. `tz=` on the API, the `time_zone` setting on the CLI."""
    import datetime as dt

    from tests.api.conftest import add_role_tokens
    from tests.emerging.world import across_utc_midnight, rumour_at

    tokens = add_role_tokens(store)
    routine_week(store)
    times = across_utc_midnight(NOW)  # two UTC days, one day in Hà Nội
    ids = rumour_at(store, times, sources=2)
    params = {"at": NOW.isoformat(), "min_size": 4}
    auth = {"Authorization": f"Bearer {tokens['trainer']}"}

    def busy_days(cluster) -> list[str]:
        return [d["day"] for d in cluster["daily"] if d["n"]]

    hanoi_day = times[0].astimezone(dt.timezone(dt.timedelta(hours=7))).date().isoformat()
    with live_server(create_app(store)) as url, httpx.Client(base_url=url) as client:
        utc = next(
            c for c in client.get("/api/emerging", params=params, headers=auth).json() if set(ids) <= set(c["item_ids"])
        )
        assert len(busy_days(utc)) == 2
        local = client.get("/api/emerging", params={**params, "tz": "Asia/Ho_Chi_Minh"}, headers=auth).json()
        assert busy_days(next(c for c in local if set(ids) <= set(c["item_ids"]))) == [hanoi_day]
        bad = client.get("/api/emerging", params={**params, "tz": "Mars/Olympus"}, headers=auth)
        assert bad.status_code == 422 and "tz" in bad.json()["detail"]

    cfg = tmp_path / "feeds.yaml"
    cfg.write_text("settings:\n  demo: false\n  time_zone: Asia/Ho_Chi_Minh\nfeeds: []\n", encoding="utf-8")
    db = store.engine.url.render_as_string(hide_password=False)
    base = ["--config", str(cfg), "--db", db, "emerging", "--at", NOW.isoformat(), "--min-size", "4"]
    cli = json.loads(CliRunner().invoke(main, [*base, "--json"]).output)
    assert busy_days(next(c for c in cli if set(ids) <= set(c["item_ids"]))) == [hanoi_day]
    text = CliRunner().invoke(main, base).output
    assert "UTC+07:00" in text and " UTC;" not in text
