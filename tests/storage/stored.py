"""Stored items for the storage tests: ``n`` items tagged ``tag`` in source ``sid``."""

from __future__ import annotations

import datetime as dt
import hashlib

from monitor.models import Item


def stored_items(store, sid, n, tag):
    now = dt.datetime(2021, 5, 20, tzinfo=dt.UTC)
    made = []
    for i in range(n):
        t = f"{tag} {i}"
        made.append(
            Item(
                source_id=sid,
                title=t,
                text=t,
                url=None,
                canonical_url=None,
                guid=None,
                lang="vi",
                published_at=now,
                fetched_at=now,
                content_hash=hashlib.sha256(t.encode()).hexdigest(),
                dedupe_key=t,
                search_text=t,
            )
        )
    store.save_items(made)
    return [r[0] for r in store.items_to_classify("v1", 1000) if r[1].startswith(tag)]
