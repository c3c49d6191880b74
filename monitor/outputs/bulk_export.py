"""Large exports: any filtered list (items with their current classification, reviews and cases;
reviews; cases; alert history) streamed to CSV, XLSX or JSONL in batches, never all in memory.

The files themselves (formats, formula-safe cells, columns) are written by
monitor/outputs/export_files.py; large CSV/JSONL item exports split over worker processes in
monitor/outputs/parallel_export.py.

`ExportRunner` runs exports on a background thread and records each one in `export_jobs`
(status, rows, bytes, path) so a Downloads panel can list them.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from monitor.errors import MonitorError
from monitor.outputs.export_files import (
    COLUMNS,
    FORMATS,
    XLSX_MAX_ROWS,
    ExportError,
    ExportResult,
    Progress,
    write_rows,
)
from monitor.outputs.parallel_export import export_parallel
from monitor.storage.export_rows import EXPORT_WHATS
from monitor.storage.filters import ItemFilters

log = logging.getLogger(__name__)

BATCH_SIZE = 5000
PARALLEL_MIN_ROWS = 100_000  # smaller exports finish before worker processes have started


class _Failed:
    def __init__(self, exc: BaseException):
        self.exc = exc


def prefetch(source: Iterable[Any], depth: int = 2) -> Iterator[Any]:
    """Iterate `source` on a reader thread, `depth` items ahead. The database driver releases the
    GIL while it steps, so reading batch n+1 overlaps writing batch n (≈1.3x on two cores).
    Errors in the reader are raised here; closing this generator stops the reader."""
    q: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()
    done = object()

    def put(x: Any) -> bool:
        while not stop.is_set():
            try:
                q.put(x, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for x in source:
                if not put(x):
                    return
            put(done)
        except BaseException as exc:  # handed to the consumer, which raises it
            put(_Failed(exc))
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()

    reader = threading.Thread(target=run, name="export-reader", daemon=True)
    reader.start()
    try:
        while True:
            x = q.get()
            if x is done:
                return
            if isinstance(x, _Failed):
                raise x.exc
            yield x
    finally:
        stop.set()
        reader.join(timeout=10)


def export(
    store,
    what: str,
    fmt: str,
    out: str | Path,
    filters: ItemFilters | None = None,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
    sheet_rows: int = XLSX_MAX_ROWS,
    count_first: bool = True,
    workers: int = 1,
    parallel_min_rows: int = PARALLEL_MIN_ROWS,
) -> ExportResult:
    """Export one list (items | reviews | cases | alerts) from the store, streaming in batches.

    With ``workers`` > 1, a CSV or JSONL export of at least ``parallel_min_rows`` items is split
    by id range over that many worker processes (see monitor/outputs/parallel_export.py)."""
    if what not in EXPORT_WHATS:
        raise ExportError(f"cannot export {what!r}: choose one of {', '.join(EXPORT_WHATS)}")
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    filters = filters or ItemFilters()
    if workers > 1 and what == "items" and fmt in ("csv", "jsonl"):
        done = export_parallel(store, what, fmt, out, filters, workers, progress, batch_size, parallel_min_rows)
        if done is not None:
            return done
    total = store.count_export_rows(what, filters) if count_first else None
    batches = prefetch(store.iter_export_rows(what, filters, batch_size=batch_size))
    return write_rows(
        batches, COLUMNS[what], fmt, out, progress=progress, total=total, sheet_rows=sheet_rows, title=what
    )


# --- background jobs -------------------------------------------------------------------------
class ExportRunner:
    """Runs exports on a worker thread, one at a time by default (exports are I/O and CPU heavy;
    two at once on a small server only make both slow), recording each in `export_jobs`."""

    PROGRESS_EVERY = 2.0  # seconds between row-count updates of a running job

    def __init__(self, store, directory: str | Path, max_workers: int = 1, export_workers: int = 1):
        self.store = store
        self.export_workers = export_workers  # processes per large CSV/JSONL export
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="export")
        self._futures: dict[int, Future] = {}
        self._lock = threading.Lock()

    def submit(
        self, owner: str, what: str, fmt: str, filters: ItemFilters | None = None, sheet_rows: int = XLSX_MAX_ROWS
    ) -> int:
        """Queue an export; returns the job id at once."""
        if what not in EXPORT_WHATS:
            raise ExportError(f"cannot export {what!r}: choose one of {', '.join(EXPORT_WHATS)}")
        if fmt not in FORMATS:
            raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
        filters = filters or ItemFilters()
        job_id = self.store.create_export_job(owner, what, fmt, filters.to_dict())
        path = self.directory / f"{job_id:06d}-{what}.{fmt}"
        self.store.update_export_job(job_id, path=str(path))
        fut = self._pool.submit(self._run, job_id, what, fmt, filters, path, sheet_rows)
        with self._lock:
            self._futures[job_id] = fut
        return job_id

    def _run(self, job_id: int, what: str, fmt: str, filters: ItemFilters, path: Path, sheet_rows: int) -> None:
        self.store.update_export_job(job_id, status="running")
        last = [time.monotonic()]

        def progress(rows: int, _total: int | None) -> None:
            now = time.monotonic()
            if now - last[0] >= self.PROGRESS_EVERY:
                last[0] = now
                self.store.update_export_job(job_id, rows=rows)

        try:
            res = export(
                self.store,
                what,
                fmt,
                path,
                filters,
                progress=progress,
                sheet_rows=sheet_rows,
                count_first=False,
                workers=self.export_workers,
            )
        except Exception as exc:  # recorded for the Downloads panel; the runner goes on
            if not isinstance(exc, MonitorError):
                log.exception("export job %s failed", job_id)
            msg = str(exc) if isinstance(exc, MonitorError) else f"{type(exc).__name__}: {exc}"
            self.store.update_export_job(job_id, status="failed", error=msg[:2000], finished_at=dt.datetime.now(dt.UTC))
            return
        self.store.update_export_job(
            job_id, status="done", rows=res.rows, bytes=res.bytes, finished_at=dt.datetime.now(dt.UTC)
        )

    def wait(self, job_id: int, timeout: float | None = None) -> dict:
        """Block until the job ends; returns its record."""
        with self._lock:
            fut = self._futures.get(job_id)
        if fut is not None:
            fut.result(timeout=timeout)
        return self.store.get_export_job(job_id)

    def shutdown(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=not wait)
