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
