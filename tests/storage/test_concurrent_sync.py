"""Workers that start at the same moment all sync feeds.yaml and the taxonomy into one database:
none of them fails on a unique key, and the result is one row per feed and per narrative."""

from __future__ import annotations

import threading

from monitor.models import Source
from monitor.storage import Store

TAXONOMY = [
    {"key": k, "name": {"vi": k, "en": k}, "definition": {"vi": "", "en": ""}, "key_facts": []}
    for k in ("none", "wrong_date", "fraud_claim", "fake_penalty")
]


def _together(n: int, work) -> list[BaseException]:
    barrier, errors = threading.Barrier(n), []

    def run(i: int) -> None:
        try:
            barrier.wait()
            work(i)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return errors


def test_simultaneous_syncs_create_each_feed_and_narrative_once(store):
    feeds = [Source(name=f"feed{i}", url=f"https://news{i}.example/rss") for i in range(30)]
    workers = [Store(store.url) for _ in range(4)]  # own engine each, like separate processes
    try:

        def work(i: int) -> None:
            for _ in range(3):
                workers[i].sync_sources(feeds if i % 2 else feeds[::-1])
                workers[i].sync_narratives(TAXONOMY)

        errors = _together(4, work)
    finally:
        for w in workers:
            w.dispose()
    assert errors == []
    assert sorted(s.name for s in store.list_sources()) == sorted(f.name for f in feeds)
    assert [n["key"] for n in store.list_narratives()] == [n["key"] for n in TAXONOMY]
