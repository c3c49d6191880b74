"""A real uvicorn server on 127.0.0.1 (ephemeral port) over a seeded store, and tokens per role."""

from __future__ import annotations

import datetime as dt
import threading
import time
from contextlib import contextmanager

import httpx
import pytest
import uvicorn

from classifiers.results import Evidence, Finding
from monitor.interfaces.api import create_app
from monitor.models import Classification, FeedKind, Item, Review, ReviewDecision, Source
from monitor.storage import Store, schema
from monitor.storage.filters import ItemFilters
from tests.conftest import ENGINES, PG_URL, _drop_pg_db, _fresh_pg_db

T0 = dt.datetime(2021, 5, 15, 8, 0, tzinfo=dt.UTC)
NARRATIVES = ["fraud_claim", "procedure_false", "none"]
ROLES = ["officer", "manager", "trainer", "admin"]


def make_item(source_id: int, n: int, **kw) -> Item:
    base = dict(
        source_id=source_id,
        title=f"Tin bầu cử số {n}",
        text=f"Nội dung về bầu cử đại biểu Quốc hội {n}",
        url=f"https://tin.example.vn/{n}",
        canonical_url=f"https://tin.example.vn/{n}",
        guid=f"g{n}",
        lang="vi",
        published_at=T0 + dt.timedelta(hours=n),
        fetched_at=T0 + dt.timedelta(hours=n, minutes=5),
        content_hash=f"{n:064d}",
        dedupe_key=f"g{n}",
        cluster_key=None,
        search_text=f"tin bau cu so {n} noi dung ve bau cu dai bieu quoc hoi {n}",
    )
    base.update(kw)
    return Item(**base)


def seed(store, n: int = 30) -> dict:
    """Two sources, n items (classified round-robin over NARRATIVES), a review, a message, an alert."""
    news = store.upsert_source(Source(name="Báo Demo", url="https://bao.example.vn/rss", kind=FeedKind.NEWS))
    social = store.upsert_source(Source(name="Mạng XH", url="https://xh.example.vn/rss", kind=FeedKind.SOCIAL))
    store.save_items([make_item(news if i % 2 else social, i) for i in range(n)])
    ids = sorted(r["id"] for r in store.api_items(ItemFilters(), limit=200)[0])
    store.save_classifications(
        [
            Classification(
                item_id=i,
                model_version="m1",
                narrative=NARRATIVES[i % 3],
                score=(i % 10) / 10 + 0.05,
                flagged=NARRATIVES[i % 3] != "none",
                evidence=[Evidence("gian lận", 1.5, 0, 8)],
                findings=[Finding("election_date", "30/5", "23/5/2021", "says 30/5; approved: 23/5/2021")],
            )
            for i in ids
        ]
    )
    store.save_review(
        Review(item_id=ids[0], username="lan", decision=ReviewDecision.CONFIRM, note="=cmd|' /C calc'!A0")
    )
    store.seed_approved_messages(
        [
            {
                "key": "election_date",
                "version": 1,
                "title": {"vi": "Ngày bầu cử", "en": "Election day"},
                "text": {"vi": "Ngày 23/5/2021", "en": "23 May 2021"},
                "narratives": ["procedure_false"],
                "key_facts": {"election_date": "2021-05-23"},
            }
        ]
    )
    with store.tx() as conn:
        conn.execute(
            schema.alerts.insert().values(
                kind="spike",
                narrative="fraud_claim",
                window="hour",
                window_start=T0,
                count=12,
                baseline=2.0,
                why="12 items in an hour (usual 2)",
                facts={"threshold": 6},
                status="open",
                created_at=T0 + dt.timedelta(hours=1),
            )
        )
    return {"news": news, "social": social, "item_ids": ids}


def add_role_tokens(store) -> dict[str, str]:
    """One user and token per role: {role: secret}."""
    tokens = {}
    for role in ROLES:
        store.add_user(f"u_{role}", "x" * 30, role)
        tokens[role] = store.add_api_token(f"u_{role}")[1]
    return tokens


@pytest.fixture
def seeded(store):
    """The shared `store` fixture (SQLite and PostgreSQL), seeded, with one user and token per role."""
    return store, seed(store), add_role_tokens(store)


@contextmanager
def live_server(app):
    """Serve `app` with uvicorn on 127.0.0.1 (ephemeral port) in a thread; yields the base URL."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, name="uvicorn-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def api(seeded):
    """(httpx client on the server, store, seed info, tokens by role) with a generous rate limit."""
    store, info, tokens = seeded
    with (
        live_server(create_app(store, rate_per_minute=60_000, burst=10_000)) as url,
        httpx.Client(base_url=url) as client,
    ):
        yield client, store, info, tokens


@pytest.fixture(scope="module", params=ENGINES)
def shared_api(request, tmp_path_factory):
    """Like `api`, but one seeded database and server per module and engine: for tests that only read."""
    name = None
    if request.param == "sqlite":
        store = Store(f"sqlite:///{tmp_path_factory.mktemp('api') / 'monitor.db'}")
    else:
        if not PG_URL:
            pytest.skip("MONITOR_TEST_POSTGRES_URL is not set (.ci/run starts a PostgreSQL server and sets it)")
        url, name = _fresh_pg_db()
        store = Store(url)
    store.migrate()
    info, tokens = seed(store), add_role_tokens(store)
    try:
        with (
            live_server(create_app(store, rate_per_minute=60_000, burst=10_000)) as url,
            httpx.Client(base_url=url) as client,
        ):
            yield client, store, info, tokens
    finally:
        store.dispose()
        if name:
            _drop_pg_db(name)
