"""A small database the dashboard tests share: feeds of every kind, a few dozen items (some
official), classifications with evidence and findings, approved messages, and one user per role.
No trained model is needed: classifications are written directly."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from classifiers.results import Evidence, Finding
from monitor.models import Classification, FeedKind, Item, Role, Source

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def _components_scanned_once():
    """Every new ``AppTest`` scans the metadata of every installed distribution for Streamlit
    components (``manifest_scanner.scan_component_manifests``), about half the time of a page's
    first run here; a server does it once at start. The installed packages do not change during the
    tests, so one scan per test process serves them all."""
    from streamlit.components.v2 import manifest_scanner

    scan = manifest_scanner.scan_component_manifests
    found = scan()
    manifest_scanner.scan_component_manifests = lambda max_workers=None: list(found)
    yield
    manifest_scanner.scan_component_manifests = scan


PASSWORD = "test-password-1"
USERS = {"off": Role.OFFICER, "man": Role.MANAGER, "tra": Role.TRAINER, "adm": Role.ADMIN}
BASE = dt.datetime(2021, 5, 1, 8, 0, tzinfo=dt.UTC)

# (narrative, title, text, evidence terms, matched message, finding)
DISTORTED = [
    (
        "procedure_false",
        "Ngày bầu cử dời sang 30/5",
        "Nghe nói ngày bầu cử đã dời sang 30/5/2021, mọi người không cần đi bầu cử vào 23/5.",
        ["dời sang", "30/5/2021"],
        "election-date-2021",
        ("election_date", "30/5/2021", "23/5/2021", "says the election is on 30/5/2021; approved: 23/5/2021"),
    ),
    (
        "fraud_claim",
        "Kết quả bầu cử đã được sắp đặt trước",
        "Bầu cử gian lận, kết quả đã có sẵn từ trước, đi bầu cũng vô ích.",
        ["gian lận", "có sẵn"],
        "results-timeline",
        None,
    ),
    (
        "participation_deterrence",
        "Không đi bầu sẽ bị phạt tiền",
        "Ai không đi bầu cử sẽ bị phạt 5 triệu đồng và cắt hộ khẩu.",
        ["bị phạt", "cắt hộ khẩu"],
        "no-voter-penalty",
        None,
    ),
    (
        "impersonation",
        "Thông báo giả của Ủy ban bầu cử thu phí",
        "UBBC thông báo: mỗi cử tri nộp 50.000đ phí in phiếu bầu.",
        ["nộp", "phí in phiếu"],
        "no-fee-official-notices",
        None,
    ),
    (
        "fabricated_results",
        "Tỷ lệ cử tri đi bầu chỉ đạt 20%",
        "Theo nguồn tin riêng, chỉ 20% cử tri đi bầu cử ở tỉnh.",
        ["chỉ 20%"],
        "results-2021",
        None,
    ),
    (
        "candidate_fabrication",
        "Ứng cử viên X bị bắt",
        "Ứng cử viên X đã bị bắt vì nhận hối lộ, danh sách sẽ thay đổi.",
        ["bị bắt", "hối lộ"],
        None,
        None,
    ),
]


def _item(
    source_id: int, n: int, title: str, text: str, when: dt.datetime, lang: str = "vi", cluster: str | None = None
) -> Item:
    from classifiers.text import fold_strip

    h = hashlib.sha256(f"{title}\n{text}\n{n}".encode()).hexdigest()
    return Item(
        source_id=source_id,
        title=title,
        text=text,
        url=f"https://example.org/{source_id}/{n}",
        canonical_url=None,
        guid=f"g{source_id}-{n}",
        lang=lang,
        published_at=when,
        fetched_at=when,
        content_hash=h,
        dedupe_key=h[:40],
        cluster_key=cluster,
        search_text=fold_strip(f"{title} {text}"),
    )


def build_db(url: str) -> dict:
    """Fill an empty database at ``url``; returns handy ids."""
    from monitor.analysis.taxonomy import load_messages, load_taxonomy
    from monitor.auth import hash_password
    from monitor.storage import Store

    store = Store(url)
    store.migrate()
    taxonomy = load_taxonomy(PROJECT / "data" / "narratives.yaml")
    store.sync_narratives([n.model_dump() for n in taxonomy.narratives])
    store.seed_approved_messages(
        [m.model_dump() for m in load_messages(PROJECT / "data" / "approved_messages.yaml", taxonomy)]
    )
    news = store.upsert_source(
        Source(name="Báo Tin Nhanh", url="https://news.example.org/rss", kind=FeedKind.NEWS, lang="vi")
    )
    social = store.upsert_source(
        Source(name="Nhóm Facebook X", url="https://social.example.org/export", kind=FeedKind.SOCIAL)
    )
    official = store.upsert_source(
        Source(name="Cổng thông tin tỉnh", url="https://gov.example.org/rss", kind=FeedKind.OFFICIAL)
    )

    items, meta = [], []
    n = 0
    for day in range(12):
        for k, (narr, title, text, terms, msg, finding) in enumerate(DISTORTED):
            if (day + k) % 2:
                continue
            n += 1
            when = BASE + dt.timedelta(days=day, hours=k)
            src = social if k % 2 else news
            # a burst on day 10 for a spike, copies for a near-duplicate cluster
            items.append(_item(src, n, f"{title} ({day})", text, when, cluster=f"cl-{narr}" if day < 4 else None))
            meta.append((narr, terms, msg, finding, 0.55 + 0.05 * k))
    for j in range(6):  # official answers and one injection-looking title
        n += 1
        title = '=HYPERLINK("http://evil")' if j == 0 else f"Thông báo chính thức số {j}: ngày bầu cử 23/5/2021"
        items.append(
            _item(
                official,
                n,
                title,
                "Cuộc bầu cử diễn ra vào Chủ nhật, ngày 23/5/2021, theo Nghị quyết 133/2020/QH14.",
                BASE + dt.timedelta(days=2 * j, hours=20),
            )
        )
        meta.append(("none", [], None, None, 0.1))
    n += 1
    items.append(
        _item(news, n, "Tin bình thường về thời tiết", "Trời nắng đẹp <script>alert(1)</script> **đậm**", BASE)
    )
    meta.append(("none", [], None, None, 0.05))
    store.save_items(items)

    from monitor.storage.schema import items as items_table

    with store.read() as conn:
        ids = [r.id for r in conn.execute(items_table.select().order_by(items_table.c.id))]
    rows = []
    for item_id, (narr, terms, msg, finding, score) in zip(ids, meta, strict=True):
        rows.append(
            Classification(
                item_id=item_id,
                model_version="test-1",
                narrative=narr,
                score=score,
                flagged=narr != "none",
                evidence=[Evidence(term=t, weight=0.5) for t in terms],
                matched_message_key=msg,
                match_score=0.6 if msg else None,
                findings=[Finding(fact=finding[0], found=finding[1], approved=finding[2], message=finding[3])]
                if finding
                else [],
            )
        )
    store.save_classifications(rows)
    pw = hash_password(PASSWORD)
    for name, role in USERS.items():
        store.add_user(name, pw, role, by="test")
    store.dispose()
    return {"news": news, "social": social, "official": official, "items": ids}


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """Built once; each test copies the file (argon2 hashing and inserts cost ~1 s)."""
    path = tmp_path_factory.mktemp("template") / "monitor.db"
    build_db(f"sqlite:///{path}")
    return path


@pytest.fixture
def dash_env(tmp_path, template_db, monkeypatch) -> dict:
    """Environment pointing the dashboard at a fresh copy of the test database."""
    import shutil

    db = tmp_path / "monitor.db"
    shutil.copy(template_db, db)
    models = tmp_path / "models"
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(
        "settings:\n"
        f"  data_dir: {PROJECT / 'data'}\n"
        f"  models_dir: {models}\n"
        f"  exports_dir: {tmp_path / 'exports'}\n"
        "  demo: false\n"
        "  ui_language: en\n"
        # the feeds build_db stored: a feeds.yaml without them would mark them removed at start
        "feeds:\n"
        "  - {name: Báo Tin Nhanh, url: 'https://news.example.org/rss', kind: news, lang: vi}\n"
        "  - {name: Nhóm Facebook X, url: 'https://social.example.org/export', kind: social}\n"
        "  - {name: Cổng thông tin tỉnh, url: 'https://gov.example.org/rss', kind: official}\n",
        encoding="utf-8",
    )
    url = f"sqlite:///{db}"
    monkeypatch.setenv("MONITOR_CONFIG", str(cfg))
    monkeypatch.setenv("MONITOR_DATABASE_URL", url)
    monkeypatch.setenv("MONITOR_DEMO", "0")
    monkeypatch.delenv("MONITOR_DATA_DIR", raising=False)
    return {"url": url, "db": db, "config": cfg, "models": models}
