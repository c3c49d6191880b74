"""Ages and dates at the edges of the calendar on the API: a 422 naming the range, never a 500."""

from __future__ import annotations

import httpx

from monitor.interfaces.api import create_app
from tests.api.conftest import add_role_tokens, live_server


def test_an_age_before_the_supported_range_is_a_422_not_a_500(store):
    tokens = add_role_tokens(store)
    auth = {"Authorization": f"Bearer {tokens['admin']}"}
    with live_server(create_app(store)) as url, httpx.Client(base_url=url) as client:
        for path, params in (
            ("/api/items", {"since": "999999d"}),
            ("/api/items", {"until": "999999w"}),
            ("/api/items", {"since": "700000d"}),  # about year 110: inside what Python can count
            ("/api/narratives/daily", {"since": "999999d"}),
            ("/api/alerts", {"since": "999999d"}),
            ("/api/emerging", {"at": "999999d"}),
        ):
            r = client.get(path, params=params, headers=auth)
            assert r.status_code == 422, (path, params, r.status_code, r.text)
            assert "supported range" in r.json()["detail"], r.text
        assert client.get("/api/items", params={"since": "30d"}, headers=auth).status_code == 200


def test_a_bad_since_or_until_is_named(store):
    tokens = add_role_tokens(store)
    auth = {"Authorization": f"Bearer {tokens['admin']}"}
    with live_server(create_app(store)) as url, httpx.Client(base_url=url) as client:
        for name in ("since", "until"):
            r = client.get("/api/items", params={name: "bad"}, headers=auth)
            assert r.status_code == 422 and r.json()["detail"].startswith(f"{name}: date 'bad'"), r.text


def test_an_unknown_narrative_is_a_422_naming_it(store):
    from monitor.analysis.taxonomy import load_taxonomy
    from monitor.config import PROJECT_ROOT

    store.sync_narratives([n.model_dump() for n in load_taxonomy(PROJECT_ROOT / "data" / "narratives.yaml").narratives])
    tokens = add_role_tokens(store)
    auth = {"Authorization": f"Bearer {tokens['admin']}"}
    with live_server(create_app(store)) as url, httpx.Client(base_url=url) as client:
        for path in ("/api/items", "/api/narratives/daily"):
            r = client.get(path, params={"narrative": "nope"}, headers=auth)  # was 200 and nothing
            assert r.status_code == 422 and "narrative: 'nope' is not a narrative" in r.text, (path, r.text)
            ok = client.get(path, params={"narrative": ["fraud_claim", "none"]}, headers=auth)
            assert ok.status_code == 200, (path, ok.text)
