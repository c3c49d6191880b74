"""`save_fetches` writes a batch with a few statements and still gives what one `save_fetch` per
feed, in order, would give (both engines)."""

from __future__ import annotations

import datetime as dt

from monitor.models import FetchResult, FetchStatus, Source
from tests.storage.test_storage import T0, add_source, make_item


def _result(sid: int, status: FetchStatus, minutes: int = 0, **kw) -> FetchResult:
    at = T0 + dt.timedelta(minutes=minutes)
    return FetchResult(source_id=sid, status=status, started_at=at, finished_at=at, **kw)


def _state(src: Source) -> tuple:
    return (
        src.etag,
        src.last_modified,
        src.last_status,
        src.consecutive_failures,
        src.last_error,
        src.last_success_at,
        src.next_fetch_at,
    )


def _batch(store, sids: list[int]) -> list:
    a, b, c = sids
    nxt = T0 + dt.timedelta(hours=1)
    return [
        (_result(a, FetchStatus.OK, etag='"a1"', http_status=200), [make_item(a, 1), make_item(a, 2)], nxt),
        (_result(b, FetchStatus.TEMPORARY, error="HTTP 503"), [], nxt),
        # a 304 without validators keeps the stored ones
        (_result(c, FetchStatus.NOT_MODIFIED, http_status=304), [], nxt),
        (_result(b, FetchStatus.TEMPORARY, 1, error="HTTP 503 again"), [], nxt + dt.timedelta(minutes=1)),
        # the same entry again in a later fetch of the batch: a duplicate, as it would be one by one
        (
            _result(a, FetchStatus.OK, 2, etag='"a2"', warning="read leniently"),
            [make_item(a, 2), make_item(a, 3), make_item(a, 3)],
            nxt,
        ),
        (_result(b, FetchStatus.NOT_MODIFIED, 3, etag='"b1"'), [], nxt + dt.timedelta(minutes=3)),
        (_result(c, FetchStatus.HARD_ERROR, 4, error="HTTP 410"), [], nxt + dt.timedelta(minutes=4)),
    ]


def test_a_batch_equals_one_save_fetch_per_feed_in_order(tmp_path):
    from monitor.storage import Store

    stores = [Store(f"sqlite:///{tmp_path}/{name}.db") for name in ("batch", "single")]
    states, counts, logs = [], [], []
    for i, store in enumerate(stores):
        store.migrate()
        sids = [add_source(store, name) for name in ("A", "B", "C")]
        store.save_fetch(
            _result(sids[2], FetchStatus.OK, etag='"c0"', last_modified="Sat, 15 May 2021 08:00:00 GMT"), [], T0
        )
        fetches = _batch(store, sids)
        counts.append(store.save_fetches(fetches) if i == 0 else [store.save_fetch(*f) for f in fetches])
        states.append({s.name: _state(s) for s in store.list_sources()})
        logs.append(
            [
                (e["source_name"], e["status"], e["items_new"], e["items_duplicate"], e["error"], e["warning"])
                for e in store.fetch_log_entries(limit=100)
            ]
        )
        store.dispose()
    assert counts[0] == counts[1] == [(2, 0), (0, 0), (0, 0), (0, 0), (1, 2), (0, 0), (0, 0)]
    assert states[0] == states[1]
    assert states[0]["C"][:2] == ('"c0"', "Sat, 15 May 2021 08:00:00 GMT")  # kept through the 304
    assert states[0]["B"][2:4] == ("not_modified", 0)
    assert sorted(logs[0]) == sorted(logs[1]) and len(logs[0]) == 8


def test_batch_on_each_engine(store):
    sids = [add_source(store, name) for name in ("A", "B", "C")]
    out = store.save_fetches(_batch(store, sids))
    assert out == [(2, 0), (0, 0), (0, 0), (0, 0), (1, 2), (0, 0), (0, 0)]
    got = {s.name: s for s in store.list_sources()}
    assert got["A"].etag == '"a2"' and got["A"].last_error == "read leniently" and got["A"].consecutive_failures == 0
    assert got["B"].etag == '"b1"' and got["B"].consecutive_failures == 0 and got["B"].last_status == "not_modified"
    assert got["C"].consecutive_failures == 1 and got["C"].last_error == "HTTP 410" and got["C"].etag is None
    assert store.count_items() == 3
    assert len(store.fetch_log_entries(limit=100)) == 7


def test_failures_in_one_batch_each_count(store):
    sid = add_source(store)
    bad = [(_result(sid, FetchStatus.TEMPORARY, m, error=f"try {m}"), [], T0) for m in range(3)]
    store.save_fetches(bad)
    src = store.get_source(sid)
    assert src.consecutive_failures == 3 and src.last_error == "try 2"
