"""Crash safety of the write paths other than collecting: `monitor classify --all` and review
writes (``Store.save_review``) killed with SIGKILL at random moments leave a consistent database.

* classify: after the kills and one run to completion, every item has exactly one classification
  for the active model version (and the item row points at it); ``PRAGMA integrity_check`` is ok.
* reviews: every review row has its audit row, every review the writer reported as committed is
  there, and each item's status follows its latest status-changing review.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.reliability.conftest import subprocess_env

ROOT = Path(__file__).resolve().parents[2]
BATCH = 200  # `classify --batch-size`: each batch classified and written in one transaction
N_ITEMS = 3 * BATCH
# Every other item is general news, off the election's topic (decided without the narrative model
# or the checks, as most of a real stream is): the runs take half the time, the writes are the same.
OFF_TOPIC = [
    "Giá rau củ ở chợ đầu mối tăng nhẹ sau mưa lớn, tiểu thương dự báo sẽ giảm vào cuối tuần",
    "Đội tuyển bóng chuyền nữ tập trung chuẩn bị cho giải vô địch Đông Nam Á",
    "Sở Giao thông điều chỉnh lộ trình xe buýt qua cầu đang sửa chữa",
]
SEED = 20260526


def _env() -> dict:
    return subprocess_env()


@pytest.fixture(scope="module")
def classify_world(tmp_path_factory, small_models_dir, small_data_dir):
    """A config, a small active model and a template DB with N_ITEMS unclassified items."""
    from synth import make_rows  # on sys.path through small_models_dir

    from classifiers.text import fold_strip
    from monitor.analysis.taxonomy import load_messages, load_taxonomy
    from monitor.models import FeedKind, Item, Source
    from monitor.storage import Store

    tmp = tmp_path_factory.mktemp("crash_classify")
    models, version = small_models_dir
    cfg = tmp / "feeds.yaml"
    cfg.write_text(
        f"settings:\n  data_dir: {small_data_dir}\n  models_dir: {models}\n  demo: false\nfeeds: []\n", encoding="utf-8"
    )
    db = tmp / "template.db"
    store = Store(f"sqlite:///{db}")
    store.migrate()
    taxonomy = load_taxonomy(ROOT / "data" / "narratives.yaml")
    store.sync_narratives([n.model_dump() for n in taxonomy.narratives])
    store.seed_approved_messages(
        [m.model_dump() for m in load_messages(ROOT / "data" / "approved_messages.yaml", taxonomy)]
    )
    sid = store.upsert_source(Source(name="Nguồn thử", url="https://crash.example/rss", kind=FeedKind.SOCIAL))
    texts = make_rows(N_ITEMS // 6 + 1, seed=11)
    base = dt.datetime(2021, 5, 1, tzinfo=dt.UTC)
    items = []
    for n in range(N_ITEMS):
        text = f"{texts[n // 2 % len(texts)][0] if n % 2 == 0 else OFF_TOPIC[n % 3]} (bài {n})"
        h = hashlib.sha256(f"{n}\n{text}".encode()).hexdigest()
        when = base + dt.timedelta(minutes=n)
        items.append(
            Item(
                source_id=sid,
                title=f"Bài {n}",
                text=text,
                url=f"https://crash.example/{n}",
                canonical_url=None,
                guid=f"c-{n}",
                lang="vi",
                published_at=when,
                fetched_at=when,
                content_hash=h,
                dedupe_key=h[:40],
                search_text=fold_strip(text),
            )
        )
    store.save_items(items)
    store.dispose()
    return {"config": cfg, "template": db, "version": version}


def _classify(cfg: Path, db: str, kill_rng: random.Random | None) -> int:
    """Run `monitor classify --all`; with kill_rng in a process of its own, SIGKILLed at a random
    moment once it is classifying; without, to completion in this process (the same command, without
    the 4–5 s of imports a new process pays)."""
    args = ["--config", str(cfg), "--db", db, "classify", "--all", "--batch-size", str(BATCH)]
    if kill_rng is None:
        from click.testing import CliRunner

        from monitor.interfaces.cli import main

        done = CliRunner().invoke(main, args, env={"MONITOR_DEMO": "0"}, catch_exceptions=False)
        assert done.exit_code == 0, done.output
        return done.exit_code
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor", *args], cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    # Kill after a random number of committed batches plus a random delay, so the kill lands
    # anywhere in the batches that follow: mid-predict, mid-transaction, between batches, or while
    # the command is finishing.
    batches, delay = kill_rng.randint(1, 2), kill_rng.uniform(0.0, 0.45)
    seen = 0
    while seen < batches:
        line = proc.stderr.readline()
        if not line:
            break  # it finished before the kill
        if b"classified" in line:
            seen += 1
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    return proc.returncode


def test_sigkilled_classify_then_rerun_leaves_one_classification_per_item(classify_world, tmp_path):
    db_path = tmp_path / "classify.db"
    shutil.copy(classify_world["template"], db_path)
    db = f"sqlite:///{db_path}"
    rng = random.Random(SEED)
    kills = sum(_classify(classify_world["config"], db, rng) == -signal.SIGKILL for _ in range(3))
    assert kills >= 2, f"only {kills} of 3 runs were really cut short"
    print(f"classify runs SIGKILLed: {kills} of 3")
    _classify(classify_world["config"], db, None)

    version = classify_world["version"]
    engine = sa.create_engine(db)
    with engine.connect() as conn:
        n_items = conn.execute(sa.text("SELECT count(*) FROM items")).scalar()
        per_item = conn.execute(
            sa.text(
                "SELECT i.id, count(c.id) FROM items i LEFT JOIN classifications c "
                "ON c.item_id = i.id AND c.model_version = :v GROUP BY i.id"
            ),
            {"v": version},
        ).all()
        stale = conn.execute(
            sa.text("SELECT count(*) FROM items WHERE model_version IS NULL OR model_version != :v"), {"v": version}
        ).scalar()
        other_versions = conn.execute(
            sa.text("SELECT count(*) FROM classifications WHERE model_version != :v"), {"v": version}
        ).scalar()
        mismatched = conn.execute(
            sa.text(
                "SELECT count(*) FROM items i JOIN classifications c ON c.item_id = i.id AND c.model_version = :v "
                "WHERE i.narrative != c.narrative"
            ),
            {"v": version},
        ).scalar()
        integrity = conn.execute(sa.text("PRAGMA integrity_check")).scalar()
        fk = conn.execute(sa.text("PRAGMA foreign_key_check")).all()
    engine.dispose()
    assert n_items == N_ITEMS
    assert integrity == "ok"
    assert fk == []
    assert {n for _, n in per_item} == {1}, "some item has no or several classifications for the active model"
    assert stale == 0
    assert other_versions == 0
    assert mismatched == 0


REVIEW_WRITER = textwrap.dedent("""\
    import random, sys
    from monitor.models import Review, ReviewDecision
    from monitor.storage import Store

    url, seed, n_items = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    store = Store(url)
    decisions = [ReviewDecision.CONFIRM, ReviewDecision.DISMISS, ReviewDecision.RELABEL,
                 ReviewDecision.NOTE, ReviewDecision.CASE]
    print("ready", flush=True)
    while True:
        d = rng.choice(decisions)
        item = rng.randint(1, n_items)
        rid = store.save_review(Review(item_id=item, username="off", decision=d,
                                       narrative="fraud_claim" if d == ReviewDecision.RELABEL else None,
                                       note="ghi chú " + str(rng.random())))
        print("committed", rid, flush=True)
""")


def _review_run(db: str, n_items: int, seed: int, kill_after: float) -> tuple[int, list[int]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", REVIEW_WRITER, db, str(seed), str(n_items)],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout.readline().strip() == b"ready", proc.stderr.read().decode()
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert b"Traceback" not in err, err.decode()
    # The kill can land while a full stdout buffer is half written: only whole lines count.
    text = out.decode(errors="replace")
    whole = text[: text.rfind("\n") + 1]
    committed = [int(m.group(1)) for m in re.finditer(r"^committed (\d+)$", whole, re.MULTILINE)]
    return proc.returncode, committed


def test_sigkilled_review_writes_keep_reviews_audit_and_status_consistent(tmp_path):
    from monitor.storage import Store
    from tests.dashboard.conftest import build_db

    db_path = tmp_path / "reviews.db"
    db = f"sqlite:///{db_path}"
    n_items = len(build_db(db)["items"])
    rng = random.Random(SEED + 1)
    kills, acknowledged = 0, []
    for run in range(4):
        code, committed = _review_run(db, n_items, seed=run, kill_after=rng.uniform(0.15, 0.7))
        kills += code == -signal.SIGKILL
        acknowledged += committed
    assert kills == 4
    print(f"review writer SIGKILLed 4 times; {len(acknowledged)} acknowledged reviews")
    assert len(acknowledged) > 20  # the writer really wrote between the kills

    engine = sa.create_engine(db)
    with engine.connect() as conn:
        integrity = conn.execute(sa.text("PRAGMA integrity_check")).scalar()
        review_rows = conn.execute(sa.text("SELECT id, item_id, decision FROM reviews ORDER BY id")).all()
        audit_counts = dict(
            ((a, t), n)
            for a, t, n in conn.execute(
                sa.text(
                    "SELECT action, target, count(*) FROM audit_log WHERE action LIKE 'review.%' GROUP BY action, target"
                )
            )
        )
        statuses = dict(conn.execute(sa.text("SELECT id, status FROM items")).all())
        narratives = dict(conn.execute(sa.text("SELECT id, narrative FROM items")).all())
    engine.dispose()
    assert integrity == "ok"
    ids = {r.id for r in review_rows}
    assert set(acknowledged) <= ids, "a review the writer saw committed is missing"
    assert len(ids) >= len(acknowledged)

    review_counts: dict[tuple[str, str], int] = {}
    for r in review_rows:
        key = (f"review.{r.decision}", f"item:{r.item_id}")
        review_counts[key] = review_counts.get(key, 0) + 1
    assert review_counts == audit_counts, "a review without its audit row (or an audit row without its review)"

    latest: dict[int, str] = {}
    for r in review_rows:
        if r.decision in ("confirm", "relabel", "dismiss"):
            latest[r.item_id] = r.decision
    for item_id, decision in latest.items():
        expected = "dismissed" if decision == "dismiss" else "confirmed"
        assert statuses[item_id] == expected, (item_id, decision, statuses[item_id])
        if decision == "relabel":
            assert narratives[item_id] == "fraud_claim"
    store = Store(db)  # and the store still opens and reads it
    assert len(store.audit_entries(limit=5, action_prefix="review.")) == 5
    store.dispose()
