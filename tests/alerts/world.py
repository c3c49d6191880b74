"""A small world of sources and classified items for the alert tests, built through storage verbs."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools

from monitor.models import Classification, Item, Review, ReviewDecision, Source
from monitor.storage import Store

MODEL = "test-v1"
NOW = dt.datetime(2021, 5, 20, 14, 30, tzinfo=dt.UTC)
_counter = itertools.count(1)


class World:
    def __init__(self, store: Store):
        self.store = store
        self.sources: dict[str, int] = {}

    def source(self, name: str, kind: str = "news") -> int:
        if name not in self.sources:
            self.sources[name] = self.store.upsert_source(
                Source(name=name, url=f"https://{name}.example/rss", kind=kind)
            )
        return self.sources[name]

    def add(
        self,
        published_at: dt.datetime,
        narrative: str = "none",
        *,
        status: str = "flagged",
        source: str = "news1",
        kind: str = "news",
        cluster_key: str | None = None,
        title: str | None = None,
        matched: str | None = None,
        n: int = 1,
        text: str | None = None,
    ) -> list[int]:
        """n items; status flagged | confirmed | unflagged (narrative none)."""
        sid = self.source(source, kind)
        made = []
        for _ in range(n):
            i = next(_counter)
            t = title if (title and n == 1) else f"{title or 'item'} {i}"
            made.append(
                (
                    t,
                    Item(
                        source_id=sid,
                        title=t,
                        text=text or f"text {i}",
                        url=f"https://{source}.example/{i}",
                        canonical_url=f"https://{source}.example/{i}",
                        guid=None,
                        lang="vi",
                        published_at=published_at,
                        fetched_at=published_at,
                        content_hash=hashlib.sha256(t.encode()).hexdigest(),
                        dedupe_key=f"k{i}",
                        cluster_key=cluster_key,
                        search_text=t.lower(),
                    ),
                )
            )
        self.store.save_items([it for _, it in made])
        ids = {title: iid for iid, title, _ in self.store.items_to_classify(MODEL, 100_000)}
        out = [ids[t] for t, _ in made]
        self.store.save_classifications(
            [
                Classification(
                    item_id=iid,
                    model_version=MODEL,
                    narrative=narrative,
                    score=0.9,
                    flagged=status in ("flagged", "confirmed"),
                    matched_message_key=matched,
                )
                for iid in out
            ]
        )
        if status == "confirmed":
            self.store.save_reviews([Review(iid, "officer1", ReviewDecision.CONFIRM) for iid in out])
        return out


def quiet_history(world: World, now: dt.datetime = NOW, days: int = 14, per_day: dict[str, int] | None = None) -> None:
    """A calm fortnight: each narrative a few items a day, spread over the day."""
    per_day = per_day or {"fraud_claim": 1, "procedure_false": 2, "participation_deterrence": 1}
    for d in range(days, 0, -1):
        day = now - dt.timedelta(days=d)
        for narrative, k in per_day.items():
            for j in range(k):
                world.add(day + dt.timedelta(minutes=j * 1440 // k + 7), narrative, source=f"news{j % 3}")


def messages() -> list[dict]:
    def msg(key: str, narratives: list[str]) -> dict:
        return {
            "key": key,
            "title": {"vi": f"Thông điệp {key}", "en": f"Message {key}"},
            "text": {"vi": "Nội dung", "en": "Text"},
            "narratives": narratives,
        }

    return [msg("election-date-2021", ["procedure_false"]), msg("no-fraud", ["fraud_claim"])]
