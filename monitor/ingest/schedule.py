"""When to fetch each feed next, one collection pass, and the run loop.

The arithmetic (`next_fetch_at`, `backoff_seconds`) is pure: `now` and the random source are
passed in. `collect_once` fetches every due feed concurrently and stores each as soon as it is
done (one transaction per feed, so a crash loses at most the feeds in flight, and those are
fetched again: their old ETag is still stored). `run_forever` repeats that, leasing feeds so
several workers can share the list on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import random
import signal
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from monitor.config import Config, Settings, parse_interval
from monitor.errors import ConfigError
from monitor.ingest import dedupe
from monitor.ingest.collect import Fetcher
from monitor.ingest.dedupe import ClusterIndex
from monitor.ingest.normalize import html_to_text, normalize_entry, search_text
from monitor.ingest.pipeline import classify_leftovers
from monitor.models import FetchResult, FetchStatus, Item, Source, utcnow
from monitor.outputs.notify import after_collect

Progress = Callable[[float, str], None]

FETCHABLE_SCHEMES = ("http://", "https://", "file://")
NOT_FETCHED_FOR = dt.timedelta(days=3650)  # import channels have no URL to poll
FULL_TEXT_PER_FETCH = 30  # article pages fetched per feed and pass, at most
SAVE_BATCH = 64  # fetches written in one transaction at most
SAVE_LINGER = 0.05  # seconds a finished fetch waits for others to share its transaction
CLUSTER_WINDOW = dt.timedelta(days=14)
JITTER = 0.2


# --- arithmetic ------------------------------------------------------------------------------


def backoff_seconds(interval: int, failures: int, max_backoff: int, rng: random.Random) -> float:
    """Wait after `failures` failures in a row: interval × 2^(failures-1), capped, with jitter.

    The jitter (up to 20 % shorter) keeps feeds that failed together from retrying together.
    """
    failures = max(failures, 1)
    base = min(float(interval) * (2 ** min(failures - 1, 30)), float(max_backoff))
    return max(base * (1 - JITTER * rng.random()), 1.0)


def next_fetch_at(
    source: Source, result: FetchResult, now: dt.datetime, settings: Settings, rng: random.Random | None = None
) -> dt.datetime:
    """The next time to fetch this feed, given how this fetch ended."""
    rng = rng or random.Random()
    if result.status in (FetchStatus.OK, FetchStatus.NOT_MODIFIED):
        return now + dt.timedelta(seconds=source.interval_seconds)
    cap = parse_interval(settings.max_backoff)
    wait = backoff_seconds(source.interval_seconds, source.consecutive_failures + 1, cap, rng)
    if result.retry_after_seconds is not None:
        # The server said when; believe it, up to our own cap.
        wait = max(wait, min(result.retry_after_seconds, float(cap)))
    return now + dt.timedelta(seconds=wait)


# --- summary ---------------------------------------------------------------------------------


@dataclass
class CollectSummary:
    feeds: int = 0
    ok: int = 0
    not_modified: int = 0
    failed: int = 0
    items_new: int = 0
    items_duplicate: int = 0
    classified: int | None = None
    seconds: float = 0.0
    by_status: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, result: FetchResult, new: int, dup: int) -> None:
        self.feeds += 1
        self.by_status[result.status.value] = self.by_status.get(result.status.value, 0) + 1
        if result.status == FetchStatus.OK:
            self.ok += 1
        elif result.status == FetchStatus.NOT_MODIFIED:
            self.not_modified += 1
        else:
            self.failed += 1
            self.errors.append(f"[{result.status.value}] {result.error}")
        if result.warning:
            self.warnings.append(result.warning)
        self.items_new += new
        self.items_duplicate += dup

    def __str__(self) -> str:
        text = (
            f"{self.feeds} feeds: {self.ok} ok, {self.not_modified} not modified, {self.failed} failed; "
            f"{self.items_new} new items, {self.items_duplicate} duplicates ({self.seconds:.1f} s)"
        )
        if self.classified is not None:
            text += f"; {self.classified} classified"
        return text

    def details(self) -> str:
        """The summary line plus one line per failure and warning."""
        lines = [str(self)]
        lines += [f"  {e}" for e in self.errors]
        lines += [f"  [warning] {w}" for w in self.warnings]
        return "\n".join(lines)


# --- one pass --------------------------------------------------------------------------------


class _Writer:
    """Normalizes, clusters and stores fetch results one at a time (the cluster index and the
    SQLite writer lock are not shared between threads)."""

    def __init__(self, config: Config, store, now: dt.datetime, rng: random.Random):
        self.config, self.store, self.now, self.rng = config, store, now, rng
        self._index: ClusterIndex | None = None

    @property
    def index(self) -> ClusterIndex:
        if self._index is None:  # built on first need: an all-304 pass never pays for it
            rows = self.store.recent_items_for_clustering(self.now - CLUSTER_WINDOW)
            self._index = ClusterIndex.from_rows(rows)
        return self._index

    def prepare(self, source: Source, result: FetchResult) -> tuple[list[Item], set[str]]:
        """Items of a fetch and which dedupe keys the source already has."""
        items: list[Item] = []
        seen: set[str] = set()
        for entry in result.entries:
            item = normalize_entry(entry, source, result.finished_at)
            if item is None or item.dedupe_key in seen:
                continue
            seen.add(item.dedupe_key)
            items.append(item)
        existing = self.store.existing_dedupe_keys(source.id, [i.dedupe_key for i in items]) if items else set()
        return items, existing

    def save(self, source: Source, result: FetchResult, items: list[Item], existing: set[str]) -> tuple[int, int]:
        return self.save_many([(source, result, items, existing)])[0]

    def save_many(self, batch: list[tuple[Source, FetchResult, list[Item], set[str]]]) -> list[tuple[int, int]]:
        """Cluster and store several fetches in one transaction (each with its own feed state)."""
        new = [item for _source, _result, items, existing in batch for item in items if item.dedupe_key not in existing]
        if new:  # one call for the whole batch: the signatures are computed in one numpy pass
            keys = self.index.assign_many([(item.content_hash, item.title, item.text) for item in new])
            for item, key in zip(new, keys, strict=True):
                item.cluster_key = key
        fetches = [
            (result, items, next_fetch_at(source, result, utcnow(), self.config.settings, self.rng))
            for source, result, items, _existing in batch
        ]
        return self.store.save_fetches(fetches)


async def _collect(
    config: Config,
    store,
    sources: list[Source],
    now: dt.datetime,
    progress: Progress | None,
    stop: threading.Event | None,
    rng: random.Random,
) -> CollectSummary:
    summary = CollectSummary()
    writer = _Writer(config, store, now, rng)
    write_lock = asyncio.Lock()
    waiting: list[tuple[tuple[Source, FetchResult, list[Item], set[str]], asyncio.Future]] = []
    total = len(sources)
    done = 0
    fetching = 0  # fetches started and not yet waiting to be saved

    async def save(src: Source, result: FetchResult, items: list[Item], existing: set[str]) -> tuple[int, int]:
        """Group commit: fetches that finish while a write is in progress, or within SAVE_LINGER
        of each other, go in one transaction together (one commit for many feeds, each with its
        items and state). Without the linger a pass of 304s wrote three feeds per transaction."""
        fut = asyncio.get_running_loop().create_future()
        waiting.append(((src, result, items, existing), fut))
        if fetching and len(waiting) < SAVE_BATCH:  # others may join; the last fetch never waits
            await asyncio.sleep(SAVE_LINGER)
        async with write_lock:
            while not fut.done():  # nobody wrote ours yet: write what waits, oldest first
                batch = waiting[:SAVE_BATCH]
                del waiting[:SAVE_BATCH]
                try:
                    counts = await asyncio.to_thread(writer.save_many, [job for job, _ in batch])
                except BaseException as exc:  # each waiter gets the error from its own await
                    for _job, f in batch:
                        f.set_exception(exc)
                    continue
                for (_job, f), c in zip(batch, counts, strict=True):
                    f.set_result(c)
        return await fut

    async with Fetcher(config.settings) as fetcher:

        async def one(src: Source) -> None:
            nonlocal done, fetching
            if stop is not None and stop.is_set():
                return  # not started: its lease expires or is released by the caller
            fetching += 1
            try:
                result = await fetcher.fetch(src)
                items, existing = ([], set())
                if result.entries:
                    items, existing = await asyncio.to_thread(writer.prepare, src, result)
                    if src.full_text and result.status == FetchStatus.OK:
                        await _add_full_text(fetcher, src, items, existing)
            finally:
                fetching -= 1
            new, dup = await save(src, result, items, existing)
            summary.add(result, new, dup)
            done += 1
            if progress:
                progress(done / total, src.name)

        await asyncio.gather(*(one(s) for s in sources))
    return summary


async def _add_full_text(fetcher: Fetcher, src: Source, items: list[Item], existing: set[str]) -> None:
    """Replace the feed's teaser by the article's main text for entries not stored yet."""
    todo = [i for i in items if i.dedupe_key not in existing and i.url][:FULL_TEXT_PER_FETCH]
    texts = await asyncio.gather(*(fetcher.fetch_article(i.url, src) for i in todo))
    for item, text in zip(todo, texts, strict=True):
        if not text:
            continue
        text = html_to_text(text)
        if len(text) <= len(item.text):
            continue
        item.text = text
        item.content_hash = dedupe.content_hash(item.title, text)
        item.dedupe_key = dedupe.dedupe_key(item.guid, item.canonical_url, item.content_hash)
        item.search_text = search_text(item.title, text)


def _run_async(coro):
    """asyncio.run, also when called from a thread that already runs a loop (e.g. a notebook)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    box: dict = {}
    t = threading.Thread(target=lambda: box.setdefault("r", asyncio.run(coro)))
    t.start()
    t.join()
    return box["r"]


def _resolve(config: Config, store, sources: list[Source | str]) -> list[Source]:
    """Stored sources for the given values or names (created when a Source is new)."""
    out = []
    configured = {c.name: c for c in config.sources()}
    # One read for every Source that carries an id (a leased batch: a thousand feeds, one query).
    stored = store.sources_by_id([s.id for s in sources if not isinstance(s, str) and s.id is not None])
    for s in sources:
        if isinstance(s, str):
            found = store.get_source(name=s)
            if found is None and s in configured:
                found = store.get_source(source_id=store.upsert_source(configured[s]))
            if found is None:
                raise ConfigError(f"no feed named {s!r} (see `monitor check-config` for the names)")
            if found.removed_at is not None:
                raise ConfigError(f"feed {s!r} was removed from feeds.yaml: kept for history, not fetched")
            out.append(found)
            continue
        found = stored.get(s.id) if s.id is not None else store.get_source(name=s.name)
        if found is None:
            found = store.get_source(source_id=store.upsert_source(s))
        out.append(found)
    return out


def is_fetchable(source: Source) -> bool:
    return source.url.lower().startswith(FETCHABLE_SCHEMES)


def collect_once(
    config: Config,
    store,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    classify: bool = True,
    sources: list[Source | str] | None = None,
    stop: threading.Event | None = None,
    rng: random.Random | None = None,
) -> CollectSummary:
    """Fetch every due feed once (or the given ones, due or not), store, then classify."""
    started = time.monotonic()
    now = now or utcnow()
    if sources is None:
        store.sync_sources(config.sources())
        todo = store.due_sources(now)
    else:
        todo = _resolve(config, store, sources)
    todo = _skip_unfetchable(store, todo, now)
    summary = _run_async(_collect(config, store, todo, now, progress, stop, rng or random.Random()))
    if classify:  # every pass: also what an interrupted classification left behind
        summary.classified = _classify(config, store)
    summary.seconds = time.monotonic() - started
    return summary


def _skip_unfetchable(store, todo: list[Source], now: dt.datetime) -> list[Source]:
    keep = []
    for s in todo:
        if s.removed_at is not None:
            continue  # gone from feeds.yaml: kept for history, not fetched
        if is_fetchable(s):
            keep.append(s)
        else:  # an import channel: nothing to poll, so stop it from coming up as due
            store.postpone_source(s.id, now + NOT_FETCHED_FOR)
    return keep


def _classify(config: Config, store) -> int | None:
    return classify_leftovers(config, store)


# --- the loop --------------------------------------------------------------------------------


def default_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def run_forever(
    config: Config,
    store,
    worker_id: str | None = None,
    stop: threading.Event | None = None,
    once: bool = False,
    log: Callable[[str], None] | None = None,
    classify: bool = True,
    idle_max: float = 30.0,
) -> None:
    """Collect due feeds until stopped (SIGINT/SIGTERM or `stop`), finishing writes in progress."""
    worker = worker_id or default_worker_id()
    stop = stop or threading.Event()
    log = log or (lambda _msg: None)
    restore = _install_signal_handlers(stop)
    lease_seconds = int(config.settings.total_timeout * 3 + 60)
    batch = max(config.settings.concurrency * 4, 16)
    rng = random.Random()
    fetched: set[int] = set()  # with --once: each feed at most once, even if due again meanwhile
    try:
        store.sync_sources(config.sources())
        if classify:  # items a crash left unclassified reach the queue before any fetch
            _classify_and_alert(config, store, log)
        while not stop.is_set():
            now = utcnow()
            leased = store.lease_due_sources(worker, now, lease_seconds, batch)
            leased = _skip_unfetchable(store, leased, now)
            if once:
                leased = [s for s in leased if s.id not in fetched]
                fetched.update(s.id for s in leased)
            if leased:
                summary = collect_once(config, store, now=now, sources=leased, classify=classify, stop=stop, rng=rng)
                log(summary.details())
                if classify and (summary.items_new or summary.classified):
                    after_collect(config, store, utcnow())  # never raises: failures are logged and recorded
                store.release_leases(worker)  # feeds skipped because of a stop
                continue  # more may be due (with --once too: it ends when nothing due is left)
            if once:
                break
            if classify:  # an idle cycle too: another worker may have died mid-classification
                _classify_and_alert(config, store, log)
            stop.wait(_idle_seconds(store, now, idle_max))
    finally:
        store.release_leases(worker)
        restore()


def _classify_and_alert(config: Config, store, log: Callable[[str], None]) -> None:
    done = _classify(config, store)
    if done:
        log(f"{done} items left unclassified are now classified")
        after_collect(config, store, utcnow())


def _idle_seconds(store, now: dt.datetime, idle_max: float) -> float:
    upcoming = [s.next_fetch_at for s in store.list_sources(enabled_only=True) if s.next_fetch_at and is_fetchable(s)]
    if not upcoming:
        return idle_max
    return min(max((min(upcoming) - now).total_seconds(), 0.5), idle_max)


def _install_signal_handlers(stop: threading.Event) -> Callable[[], None]:
    """First SIGINT/SIGTERM asks for a clean stop; a second SIGINT interrupts at once."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def handler(signum, _frame):
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()

    for sig in previous:
        signal.signal(sig, handler)

    def restore() -> None:
        for sig, h in previous.items():
            signal.signal(sig, h)

    return restore
