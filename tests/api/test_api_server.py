"""The JSON API against a real uvicorn server on 127.0.0.1, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import time

import httpx
import pytest

from monitor.interfaces.api import ENDPOINT_PAGES, TokenBucket, create_app, endpoint_roles
from monitor.storage.tokens import TokenError

from .conftest import T0, live_server, make_item

ENDPOINT_PATHS = {
    "items": "/api/items",
    "item": "/api/items/{id}",
    "narratives_daily": "/api/narratives/daily?since=2021-01-01",
    "alerts": "/api/alerts",
    "approved_messages": "/api/approved-messages",
    "sources": "/api/sources",
    "emerging": "/api/emerging",
}


def auth(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_health_needs_no_token(shared_api):
    api = shared_api
    client, *_ = api
    r = client.get("/api/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok" and r.json()["schema_current"] is True
    assert r.headers["cache-control"] == "no-store"


def test_missing_malformed_unknown_revoked_and_disabled_tokens_get_401(api):
    client, store, _info, tokens = api
    assert client.get("/api/items").status_code == 401
    assert client.get("/api/items", headers={"Authorization": "Basic bGFuOnB3"}).status_code == 401
    r = client.get("/api/items", headers=auth("not-a-token"))
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    token_id, secret = store.add_api_token("u_officer")
    assert client.get("/api/items", headers=auth(secret)).status_code == 200
    deadline = time.monotonic() + 5  # last use is recorded after the answer
    while store.list_api_tokens("u_officer")[-1]["last_used_at"] is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert store.list_api_tokens("u_officer")[-1]["last_used_at"] is not None
    store.revoke_api_token(token_id)
    assert client.get("/api/items", headers=auth(secret)).status_code == 401
    store.update_user("u_manager", by="test", active=False)
    assert client.get("/api/items", headers=auth(tokens["manager"])).status_code == 401


def test_roles_limit_endpoints_like_the_dashboard_pages(shared_api):
    api = shared_api
    client, _store, info, tokens = api
    assert set(ENDPOINT_PATHS) == set(ENDPOINT_PAGES)
    for endpoint, path in ENDPOINT_PATHS.items():
        path = path.format(id=info["item_ids"][0])
        for role, token in tokens.items():
            r = client.get(f"{path}", headers=auth(token))
            expected = 200 if role in endpoint_roles(endpoint) else 403
            assert r.status_code == expected, (endpoint, role, r.text)
    # the documented examples: a trainer cannot read source health, a manager can read trends
    assert "trainer" not in endpoint_roles("sources") and "manager" in endpoint_roles("narratives_daily")


def test_a_token_never_exceeds_its_users_current_role(api):
    client, store, _info, _tokens = api
    with pytest.raises(TokenError, match="their tokens can only have that role"):  # it acted as an officer, then
        store.add_api_token("u_officer", role="admin")  # woke up as an admin when the user was promoted
    _id, secret = store.add_api_token("u_officer")
    assert client.get("/api/narratives/daily", headers=auth(secret)).status_code == 403
    assert client.get("/api/sources", headers=auth(secret)).status_code == 200
    _id, narrower = store.add_api_token("u_admin", role="trainer")  # an admin may make a narrower token
    assert client.get("/api/sources", headers=auth(narrower)).status_code == 403
    store.update_user("u_officer", by="test", role="trainer")  # demoted: the token follows at once
    assert client.get("/api/sources", headers=auth(secret)).status_code == 403


def test_items_filters_and_detail(shared_api):
    api = shared_api
    client, _store, info, tokens = api
    h = auth(tokens["admin"])
    everything = client.get("/api/items", headers=h, params={"limit": 200}).json()
    assert len(everything["items"]) == 30 and everything["next_cursor"] is None
    stamps = [i["published_at"] for i in everything["items"]]
    assert stamps == sorted(stamps, reverse=True)

    fraud = client.get("/api/items", headers=h, params={"narrative": "fraud_claim", "limit": 200}).json()["items"]
    assert fraud and {i["narrative"] for i in fraud} == {"fraud_claim"}
    flagged = client.get("/api/items", headers=h, params=[("status", "flagged"), ("limit", 200)]).json()["items"]
    assert len(flagged) == 19 and {i["status"] for i in flagged} == {"flagged"}  # one is confirmed
    social = client.get("/api/items", headers=h, params={"source": "Mạng XH", "kind": "social", "limit": 200}).json()
    assert len(social["items"]) == 15 and {i["source_name"] for i in social["items"]} == {"Mạng XH"}
    window = client.get(
        "/api/items",
        headers=h,
        params={"since": (T0 + dt.timedelta(hours=10)).isoformat(), "until": "2021-05-15T20:00:00+00:00"},
    ).json()["items"]
    assert len(window) == 2  # hours 10 and 11 (until is exclusive)
    assert len(client.get("/api/items", headers=h, params={"q": "bau cu so 17"}).json()["items"]) == 1
    high = client.get("/api/items", headers=h, params={"min_score": 0.9, "limit": 200}).json()["items"]
    assert high and all(i["score"] >= 0.9 for i in high)

    item_id = info["item_ids"][0]
    detail = client.get(f"/api/items/{item_id}", headers=h).json()
    assert detail["classification"]["evidence"][0]["term"] == "gian lận"
    assert detail["reviews"][0]["decision"] == "confirm" and "search_text" not in detail
    assert client.get("/api/items/999999", headers=h).status_code == 404


def test_bad_parameters_are_422_not_500(shared_api):
    api = shared_api
    client, _store, _info, tokens = api
    h = auth(tokens["admin"])
    for params in (
        {"since": "yesterday-ish"},
        {"cursor": "%%%"},
        {"cursor": "WzEsMl0"},
        {"limit": 0},
        {"min_score": 2},
        {"min_score": "nan"},
        {"q": "a\x00b"},
        {"status": "maybe"},
        {"since": "0001-01-01T00:00:00+05:00"},
    ):
        r = client.get("/api/items", headers=h, params=params)
        assert r.status_code == 422, (params, r.status_code, r.text)
    assert client.get("/api/items/0", headers=h).status_code == 422
    assert client.get("/api/items/99999999999", headers=h).status_code == 422


def test_cursor_pages_stay_stable_while_new_items_arrive(api):
    client, store, info, tokens = api
    h = auth(tokens["officer"])
    first = client.get("/api/items", headers=h, params={"limit": 7}).json()
    seen = [i["id"] for i in first["items"]]
    cursor = first["next_cursor"]
    n = 1000
    while cursor:
        # newer items (would shift an OFFSET page) and one as old as the page boundary arrive between pages
        store.save_items(
            [
                make_item(info["news"], n),
                make_item(info["news"], n + 1),
                make_item(info["social"], n + 2, published_at=T0 + dt.timedelta(hours=15)),
            ]
        )
        n += 3
        page = client.get("/api/items", headers=h, params={"limit": 7, "cursor": cursor}).json()
        seen += [i["id"] for i in page["items"]]
        cursor = page["next_cursor"]
    original = set(info["item_ids"])
    assert len(seen) == len(set(seen)), "an item was served twice"
    assert original <= set(seen), "an item was skipped"


def test_items_without_a_publication_time_come_last_and_page_correctly(api):
    client, store, info, tokens = api
    store.save_items([make_item(info["news"], 500 + k, published_at=None) for k in range(5)])
    h = auth(tokens["admin"])
    seen, cursor = [], None
    while True:
        page = client.get("/api/items", headers=h, params={"limit": 4, **({"cursor": cursor} if cursor else {})}).json()
        seen += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == 35 and len({i["id"] for i in seen}) == 35
    assert [i["published_at"] for i in seen[-5:]] == [None] * 5


def test_other_endpoints_return_their_data(shared_api):
    api = shared_api
    client, _store, _info, tokens = api
    h = auth(tokens["admin"])
    daily = client.get("/api/narratives/daily", headers=h, params={"since": "2021-05-01"}).json()["counts"]
    assert sum(c["count"] for c in daily) == 20 and {c["day"] for c in daily} == {"2021-05-15", "2021-05-16"}
    only = client.get("/api/narratives/daily", headers=h, params={"since": "2021-05-01", "narrative": "fraud_claim"})
    assert {c["narrative"] for c in only.json()["counts"]} == {"fraud_claim"}
    alerts = client.get("/api/alerts", headers=h).json()
    assert alerts[0]["kind"] == "spike" and alerts[0]["count"] == 12 and alerts[0]["facts"] == {"threshold": 6}
    assert client.get("/api/alerts", headers=h, params={"status": "closed"}).json() == []
    bogus = client.get("/api/alerts", headers=h, params={"status": "bogus"})  # was 200 and []
    assert bogus.status_code == 422 and "status" in bogus.text
    msgs = client.get("/api/approved-messages", headers=h).json()
    assert msgs[0]["key"] == "election_date" and msgs[0]["key_facts"] == {"election_date": "2021-05-23"}
    sources = {s["name"]: s for s in client.get("/api/sources", headers=h).json()}
    assert sources["Báo Demo"]["items_total"] == 15 and "items_per_day_7d" in sources["Mạng XH"]


def test_sources_say_when_a_feed_left_the_configuration(api):
    from monitor.models import Source

    client, store, _info, tokens = api
    kept, dropped = (
        Source(name="Mới", url="https://moi.example.vn/rss"),
        Source(name="Cũ", url="https://cu.example.vn/rss"),
    )
    store.sync_sources([kept, dropped])
    store.sync_sources([kept])  # "Cũ" left feeds.yaml: kept with its items, marked removed
    sources = {s["name"]: s for s in client.get("/api/sources", headers=auth(tokens["admin"])).json()}
    assert sources["Mới"]["removed_at"] is None
    assert sources["Cũ"]["removed_at"] is not None and dt.datetime.fromisoformat(sources["Cũ"]["removed_at"])


def test_no_write_endpoints(shared_api):
    api = shared_api
    client, _store, _info, tokens = api
    h = auth(tokens["admin"])
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        for path in ("/api/items", "/api/items/1", "/api/sources", "/api/alerts"):
            assert client.request(method, f"{path}", headers=h).status_code == 405
    doc = client.get("/openapi.json").json()
    assert {m for ops in doc["paths"].values() for m in ops} == {"get"}
    assert {
        "/api/items",
        "/api/items/{item_id}",
        "/api/narratives/daily",
        "/api/alerts",
        "/api/approved-messages",
        "/api/sources",
        "/api/health",
    } <= set(doc["paths"])
    assert doc["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_rate_limit_answers_429_with_retry_after(seeded):
    store, _info, tokens = seeded
    with live_server(create_app(store, rate_per_minute=6, burst=3)) as url, httpx.Client(base_url=url) as client:
        codes = [client.get("/api/approved-messages", headers=auth(tokens["officer"])).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        r = client.get("/api/approved-messages", headers=auth(tokens["officer"]))
        assert r.status_code == 429 and 1 <= int(r.headers["retry-after"]) <= 10
        # buckets are per token: another token is not slowed by the first
        assert client.get("/api/approved-messages", headers=auth(tokens["trainer"])).status_code == 200


def test_token_bucket_refills_at_its_rate():
    now = [100.0]
    bucket = TokenBucket(rate_per_minute=60, burst=2, clock=lambda: now[0])
    assert bucket.take("a") == 0 and bucket.take("a") == 0
    assert bucket.take("a") == pytest.approx(1.0)
    now[0] += 0.5
    assert bucket.take("a") == pytest.approx(0.5)
    now[0] += 0.5
    assert bucket.take("a") == 0
    assert bucket.take("b") == 0


def test_daily_counts_in_the_offices_days(shared_api):
    """`tz` counts the days of a time zone (the dashboard's days); without it, UTC days as before.
    A date-only `since`/`until` is then that zone's midnight."""
    from collections import Counter
    from zoneinfo import ZoneInfo

    client, _store, _info, tokens = shared_api
    h = auth(tokens["admin"])
    hanoi = ZoneInfo("Asia/Ho_Chi_Minh")
    listed = client.get("/api/items", headers=h, params={"limit": 200}).json()["items"]
    distorted = [
        dt.datetime.fromisoformat(i["published_at"]) for i in listed if i["status"] in ("flagged", "confirmed")
    ]
    expected = Counter(w.astimezone(hanoi).date().isoformat() for w in distorted)
    params = {"since": "2021-05-01", "tz": "Asia/Ho_Chi_Minh"}
    daily = client.get("/api/narratives/daily", headers=h, params=params).json()["counts"]
    got = Counter()
    for c in daily:
        got[c["day"]] += c["count"]
    assert got == expected and got != Counter(w.date().isoformat() for w in distorted)
    # the 16th from Hà Nội's midnight (17:00 UTC on the 15th): the late items of the 15th count
    late = client.get("/api/narratives/daily", headers=h, params={**params, "since": "2021-05-16"}).json()["counts"]
    assert {c["day"] for c in late} == {"2021-05-16"} and sum(c["count"] for c in late) == expected["2021-05-16"]
    bad = client.get("/api/narratives/daily", headers=h, params={"tz": "Mars/Olympus"})
    assert bad.status_code == 422 and "Mars/Olympus" in bad.text
