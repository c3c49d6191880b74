"""Trends arithmetic shared by the Trends page, the digest and tests: outage intervals for the
shaded gaps, and time to response (first official answer after a narrative's first distorted
item, decided as the alerts decide it)."""

from __future__ import annotations

import datetime as dt

from monitor.outputs.alerts import answering_times, first_answer, match_official


def outage_intervals(outages: list[dict], bucket: dt.timedelta, limit: int = 40, tz: dt.tzinfo = dt.UTC) -> list[dict]:
    """Failed fetches merged into shaded gaps: {start, end, sources, at}; overlapping gaps join.

    `start` and `end` are naive times of zone `tz`, as the chart's buckets are; `at` is the first
    failure's stored (aware) time."""
    spans = sorted(((o["started_at"], o["source_name"]) for o in outages), key=lambda x: x[0])
    merged: list[dict] = []
    for at, name in spans:
        start = at.astimezone(tz).replace(tzinfo=None)
        end = start + bucket
        if merged and start <= merged[-1]["end"]:
            merged[-1]["end"] = max(end, merged[-1]["end"])
            merged[-1]["sources"].add(name)
        else:
            merged.append({"start": start, "end": end, "sources": {name}, "at": at})
    return merged[-limit:]


def time_to_response(
    first_seen: dict[str, dt.datetime],
    official_items: list[dict],
    messages: list[dict],
    min_score: float = 0.45,
) -> dict[str, dict]:
    """Per narrative: the first official item after its first distorted item that answers it.

    "Answers" is decided as the alerts decide it (monitor.outputs.alerts.match_official): the official
    item's best approved-message match scores at least ``min_score`` and that message is linked
    to the narrative. A narrative no approved message is linked to takes the first official item after.
    """
    linked_any = {n for m in messages for n in (m.get("narratives") or [])}
    dated = sorted((o for o in official_items if o.get("published_at") is not None), key=lambda o: o["published_at"])
    by_time = {o["published_at"]: o for o in dated}
    all_times = sorted(by_time)
    # Match official items oldest first, in growing chunks, and stop once every linked narrative
    # has an answer after its first sighting: later items cannot answer earlier. (At 1M items,
    # two months hold ~4,000 official items; the answers are usually among the first few dozen.)
    times: dict[str, list[dt.datetime]] = {}

    def unanswered() -> bool:
        return any(
            seen is not None and n in linked_any and first_answer(seen, times.get(n, [])) is None
            for n, seen in first_seen.items()
        )

    done, size = 0, 200
    while done < len(dated) and unanswered():
        chunk = match_official([dict(o) for o in dated[done : done + size]], messages, min_score)
        for n, ts in answering_times(chunk, messages).items():
            times[n] = sorted(times.get(n, []) + ts)
        done, size = done + size, size * 2
    out: dict[str, dict] = {}
    for narrative, seen in first_seen.items():
        if seen is None:
            continue
        when = first_answer(seen, times.get(narrative, []) if narrative in linked_any else all_times)
        hit = by_time.get(when) if when else None
        out[narrative] = {
            "first_seen": seen,
            "answered_at": when,
            "answer_title": hit["title"] if hit else None,
            "hours": round((when - seen).total_seconds() / 3600, 1) if when else None,
            "matched": narrative in linked_any,
        }
    return out


def answering_counts(
    official_items: list[dict],
    messages: list[dict],
    buckets: list[dt.datetime],
    step: dt.timedelta,
    min_score: float = 0.45,
    tz: dt.tzinfo = dt.UTC,
) -> dict[str, list[int]]:
    """Per narrative: official items answering it (matched, as the alerts decide, to an approved
    message linked to the narrative) in each bucket [b, b + step). Buckets are naive starts in
    zone `tz`, as the storage's trend counts give them."""
    matched = match_official(
        [dict(o) for o in official_items if o.get("published_at") is not None], messages, min_score
    )
    out: dict[str, list[int]] = {}
    for narrative, times in answering_times(matched, messages).items():
        row = [0] * len(buckets)
        for when in times:
            naive = when.astimezone(tz).replace(tzinfo=None) if when.tzinfo else when
            for i, start in enumerate(buckets):
                if start <= naive < start + step:
                    row[i] += 1
                    break
        out[narrative] = row
    return out
