"""Generate a realistic monitor database of N items (default 1,000,000) for the scale benchmarks.

    python -m bench.make_big_db --db sqlite:///bench/big.db
    python -m bench.make_big_db --db postgresql+psycopg://postgres@127.0.0.1:55432/bench_1m -n 1000000

Two years of items from 500 sources (news / social / official), every narrative of
data/narratives.yaml, ~20% flagged, reviews on 5% of the flags, near-duplicate clusters across
sources, Vietnamese titles and texts built from word lists (social posts often without accents),
and the accent-stripped `search_text` the app stores. The schema comes from the migrations, so the
FTS and hourly-count triggers run during the load exactly as in production. Rows go in through the
Core tables of monitor/storage/schema.py in big executemany batches (SQLite) or COPY (PostgreSQL).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

import sqlalchemy as sa  # noqa: E402

from classifiers.text import strip_accents  # noqa: E402
from monitor.storage import Store  # noqa: E402
from monitor.storage.schema import audit_log, items, reviews, sources  # noqa: E402

DEFAULT_NARRATIVES = [
    "procedure_false",
    "fraud_claim",
    "participation_deterrence",
    "fabricated_results",
    "impersonation",
    "candidate_fabrication",
    "none",
]

PLACES = [
    "Hà Nội",
    "TP Hồ Chí Minh",
    "Đà Nẵng",
    "Hải Phòng",
    "Cần Thơ",
    "Nghệ An",
    "Thanh Hóa",
    "Quảng Ninh",
    "Bắc Giang",
    "Đắk Lắk",
    "Gia Lai",
    "Lâm Đồng",
    "Khánh Hòa",
    "Bình Định",
    "Quảng Nam",
    "Thừa Thiên Huế",
    "Hà Tĩnh",
    "Nam Định",
    "Thái Bình",
    "Lào Cai",
    "Điện Biên",
    "Sơn La",
    "An Giang",
    "Kiên Giang",
    "Cà Mau",
    "Bạc Liêu",
    "Sóc Trăng",
    "Long An",
    "Tiền Giang",
    "Đồng Nai",
    "Bình Dương",
    "Tây Ninh",
]
UNITS = [
    "phường Đống Đa",
    "xã Phú Thượng",
    "thị trấn Sa Pa",
    "huyện Mường Nhé",
    "quận Hải Châu",
    "xã Ea Kao",
    "phường Bến Nghé",
    "huyện Côn Đảo",
    "xã Tân Hiệp",
    "phường Vĩnh Ninh",
    "tổ dân phố số 7",
    "khu vực bỏ phiếu số 3",
    "thôn Đông Hòa",
    "bản Lướt",
    "ấp Mỹ Lợi",
]
BODIES = [
    "Ủy ban bầu cử",
    "Hội đồng bầu cử quốc gia",
    "Ban bầu cử",
    "Tổ bầu cử",
    "UBND tỉnh",
    "HĐND tỉnh",
    "Ủy ban MTTQ Việt Nam",
    "Sở Thông tin và Truyền thông",
]
PEOPLE = [
    "ông Nguyễn Văn An",
    "bà Trần Thị Bình",
    "ông Lê Hoàng Cường",
    "bà Phạm Thu Dung",
    "ông Võ Minh Đức",
    "bà Hoàng Thị Hà",
    "ông Đặng Quốc Hùng",
    "bà Bùi Ngọc Lan",
    "ông Đỗ Thành Long",
    "bà Ngô Mỹ Linh",
]

NEUTRAL_TITLES = [
    "{place}: cử tri {unit} sẵn sàng cho ngày bầu cử",
    "{body} {place} kiểm tra công tác chuẩn bị bầu cử",
    "Niêm yết danh sách cử tri tại {unit}",
    "{place} tổ chức hội nghị tiếp xúc cử tri",
    "Giá lúa tại {place} tăng nhẹ trong tuần",
    "{place}: nắng nóng kéo dài, nhiệt độ lên {n} độ",
    "Khánh thành cầu mới ở {unit}, {place}",
    "{place} đẩy mạnh chuyển đổi số trong dịch vụ công",
    "Hội nghị hiệp thương lần thứ {k} tại {place}",
    "{body} {place} công bố danh sách ứng cử viên",
    "Tập huấn nghiệp vụ cho tổ bầu cử {unit}",
    "Học sinh {place} bước vào kỳ thi cuối năm",
    "{place}: tăng cường phòng chống dịch trước mùa mưa",
    "Ý kiến: cần minh bạch hơn trong tiếp xúc cử tri",
    "Bầu cử ở nước ngoài: cử tri {n} quốc gia đi bỏ phiếu",
    "Giao thông {place} ùn tắc giờ cao điểm",
]
NEUTRAL_SENTENCES = [
    "Theo {body} {place}, công tác chuẩn bị cho cuộc bầu cử đại biểu Quốc hội và HĐND các cấp cơ bản hoàn tất.",
    "Danh sách cử tri được niêm yết tại {unit} để người dân kiểm tra thông tin.",
    "Cử tri có thể liên hệ tổ bầu cử nơi cư trú nếu phát hiện sai sót.",
    "Tại buổi tiếp xúc, {person} trình bày chương trình hành động và lắng nghe ý kiến của cử tri.",
    "Nhiều ý kiến đề nghị đẩy nhanh tiến độ các công trình dân sinh tại {unit}.",
    "Thời tiết {place} những ngày tới tiếp tục nắng nóng, có nơi trên {n} độ C.",
    "Người dân {unit} phấn khởi khi con đường mới được đưa vào sử dụng.",
    "Giá lúa tại {place} dao động quanh mức {n} nghìn đồng mỗi ký.",
    "Lực lượng chức năng đã bố trí phương án bảo đảm an ninh trật tự tại các khu vực bỏ phiếu.",
    "Ngày bầu cử là Chủ nhật 23/5/2021, cử tri đủ 18 tuổi trở lên có quyền bầu cử.",
    "Mỗi cử tri tự mình bỏ phiếu bằng phiếu kín, không được bỏ phiếu qua mạng.",
    "Việc hiệp thương được tiến hành dân chủ, đúng luật, có sự giám sát của Mặt trận.",
    "Một số cử tri bày tỏ mong muốn đại biểu dành nhiều thời gian hơn cho người dân {unit}.",
    "Trong năm, {place} thu hút thêm {n} dự án đầu tư mới.",
]
OFFICIAL_TITLES = [
    "Thông báo của {body} {place} về thời gian bỏ phiếu",
    "{body}: hướng dẫn cử tri đi bầu cử",
    "Công bố kết quả bầu cử đại biểu HĐND tỉnh {place}",
    "{body} {place} bác bỏ thông tin sai sự thật về bầu cử",
    "Hướng dẫn kiểm tra danh sách cử tri tại {unit}",
    "Thông cáo báo chí về tiến độ chuẩn bị bầu cử",
]
OFFICIAL_SENTENCES = [
    "Thời gian bỏ phiếu bắt đầu từ 7 giờ sáng và kết thúc lúc 19 giờ cùng ngày.",
    "Cử tri không thể tự mình đi bầu do ốm đau, già yếu được Tổ bầu cử mang hòm phiếu phụ đến tận nơi.",
    "Thông tin về việc hoãn bầu cử đang lan truyền trên mạng xã hội là hoàn toàn sai sự thật.",
    "Kết quả bầu cử chỉ do {body} công bố chính thức; người dân không chia sẻ các con số chưa được kiểm chứng.",
    "Mọi thông báo chính thức được đăng trên cổng thông tin điện tử của {body} {place}.",
    "Tỷ lệ cử tri đi bầu tại {place} đạt {pct}%, theo báo cáo của {body}.",
]
DISTORTED = {
    "procedure_false": (
        [
            "Bầu cử {place} dời sang ngày {d}/6",
            "Cử tri {place} có thể bỏ phiếu qua mạng từ năm nay",
            "Được bỏ phiếu hộ cả gia đình tại {unit}",
            "Hạn chót đăng ký cử tri là ngày {d} tháng 5",
        ],
        [
            "Nghe nói năm nay bầu cử lùi sang ngày {d}/6, ai chưa biết thì nhắn nhau.",
            "Chỉ cần gửi ảnh căn cước qua Zalo là bỏ phiếu qua mạng được, không cần đến điểm bầu cử.",
            "Một người có thể bỏ phiếu thay cho cả nhà, tổ bầu cử {unit} đã đồng ý.",
            "Ai chưa đủ 20 tuổi thì không được đi bầu, mọi người lưu ý nhé.",
        ],
    ),
    "fraud_claim": (
        [
            "Kết quả bầu cử {place} đã được định sẵn?",
            "Gian lận phiếu bầu ở {unit}",
            "Hòm phiếu {unit} bị đánh tráo",
            "Bầu cử chỉ là hình thức, kết quả có từ trước",
        ],
        [
            "Có người quay được clip hòm phiếu bị đánh tráo ở {unit}, gian lận trắng trợn.",
            "Kết quả bầu cử đã được định sẵn, đi bầu cũng vô ích thôi.",
            "Phiếu bầu bị gạch sẵn trước khi phát cho cử tri, gian lận quá rõ.",
            "Nhiều người nói kiểm phiếu ở {place} có gian lận, số phiếu không khớp.",
        ],
    ),
    "participation_deterrence": (
        [
            "Không đi bầu sẽ bị phạt {n} triệu đồng",
            "Cảnh báo: điểm bỏ phiếu {unit} có dịch bệnh",
            "Đi bầu sẽ bị thu thập thông tin cá nhân",
            "Cử tri {place} được khuyên ở nhà ngày bầu cử",
        ],
        [
            "Ai không đi bầu sẽ bị phạt {n} triệu và cắt trợ cấp, thông báo mới nhất.",
            "Điểm bỏ phiếu {unit} có ca nhiễm bệnh, mọi người đừng đến kẻo lây.",
            "Đi bầu là bị chụp ảnh lưu hồ sơ, sau này bị làm khó thủ tục.",
            "Trời nắng {n} độ, đi bầu dễ ngất, tốt nhất ở nhà cho an toàn.",
        ],
    ),
    "fabricated_results": (
        [
            "Tỷ lệ đi bầu ở {place} chỉ đạt {pct}%",
            "Lộ kết quả kiểm phiếu sớm tại {unit}",
            "{person} trúng cử với {pct}% số phiếu",
            "Kết quả bầu cử {place} công bố trước ngày bầu",
        ],
        [
            "Nguồn tin nội bộ cho biết tỷ lệ cử tri đi bầu ở {place} chỉ {pct}%.",
            "Bảng kết quả kiểm phiếu {unit} bị lộ, {person} trúng cử với {pct}% số phiếu.",
            "Kết quả bầu cử đã có trước cả ngày bỏ phiếu, chia sẻ cho mọi người biết.",
            "Số liệu chính thức bị sửa, thực tế chỉ {pct}% cử tri đi bầu.",
        ],
    ),
    "impersonation": (
        [
            "THÔNG BÁO KHẨN của {body} {place}",
            "{body} yêu cầu cử tri cung cấp mã OTP",
            "Công văn giả mạo {body} về lịch bầu cử",
            "Thông báo mới của Hội đồng bầu cử quốc gia",
        ],
        [
            "{body} {place} THÔNG BÁO: cử tri cần xác nhận thông tin qua đường link trước ngày bầu cử.",
            "Theo công văn số {n}/UBBC, cử tri phải nộp lệ phí bầu cử {n} nghìn đồng.",
            "Cử tri vui lòng cung cấp mã OTP để được cập nhật vào danh sách cử tri.",
            "Hội đồng bầu cử quốc gia thông báo thay đổi địa điểm bỏ phiếu của {unit}.",
        ],
    ),
    "candidate_fabrication": (
        [
            "{person} nói sẽ bỏ chức nếu trúng cử",
            "Lộ văn bản mật về ứng cử viên {person}",
            "Ứng cử viên {place} bị tố mua phiếu",
            "Phát ngôn gây sốc của {person} tại buổi tiếp xúc cử tri",
        ],
        [
            "{person} phát biểu rằng không cần quan tâm ý kiến cử tri {unit}.",
            "Văn bản mật cho thấy ứng cử viên {person} từng bị kỷ luật, nhưng bị giấu đi.",
            "{person} bị tố mua phiếu với giá {n} trăm nghìn đồng mỗi lá.",
            "Clip cắt ghép cho thấy {person} hứa cho mỗi cử tri {n} triệu.",
        ],
    ),
}
SOCIAL_TAILS = [
    "Chia sẻ cho mọi người cùng biết!!!",
    "Ai ở {place} xác nhận giúp với.",
    "Thật không vậy?",
    "#baucu #{tag}",
    "Nghe người quen nói vậy.",
    "Mọi người cẩn thận nhé.",
    "Sốc thật sự…",
]


def narrative_keys() -> list[str]:
    try:
        import yaml

        data = yaml.safe_load((ROOT / "data" / "narratives.yaml").read_text(encoding="utf-8"))
        keys = [n["key"] for n in data["narratives"]]
        return keys if keys else DEFAULT_NARRATIVES
    except Exception:  # noqa: BLE001 - a benchmark falls back to the default taxonomy
        return DEFAULT_NARRATIVES


class Generator:
    """Deterministic rows for items, sources and reviews."""

    def __init__(self, n: int, n_sources: int, seed: int, end: dt.datetime, years: float = 2.0):
        self.rng = random.Random(seed)
        self.n, self.end = n, end
        self.start = end - dt.timedelta(days=round(365 * years))
        keys = narrative_keys()
        self.distorted = [k for k in keys if k != "none"]
        self.dist_weights = [5, 6, 3, 3, 2, 2] + [1] * max(0, len(self.distorted) - 6)
        kinds = ["official"] * (n_sources // 10) + ["social"] * (n_sources * 3 // 10)
        self.kinds = kinds + ["news"] * (n_sources - len(kinds))
        self.recent_clusters: list[str] = []
        self._pools()

    def sources(self, now: dt.datetime) -> list[dict]:
        rows = []
        prefix = {"news": "Báo", "social": "Nhóm MXH", "official": "Cổng TTĐT"}
        for i, kind in enumerate(self.kinds, 1):
            place = PLACES[i % len(PLACES)]
            rows.append(
                {
                    "id": i,
                    "name": f"{prefix[kind]} {place} {i:03d}",
                    "url": f"https://nguon{i:03d}.example.vn/rss",
                    "kind": kind,
                    "lang": "vi",
                    "interval_seconds": 1800,
                    "enabled": True,
                    "tags": [kind],
                    "full_text": False,
                    "origin": "config",
                    "consecutive_failures": 0,
                    "created_at": now,
                    "next_fetch_at": now,
                    "last_status": "ok",
                }
            )
        return rows

    def _times(self) -> list[dt.datetime]:
        """N publication times over the range, denser around two election periods, sorted (ids follow time)."""
        span = (self.end - self.start).total_seconds()
        peaks = [self.start + dt.timedelta(days=d) for d in (120, 480)]
        out = []
        for _ in range(self.n):
            if self.rng.random() < 0.25:  # campaign weeks
                t = self.rng.choice(peaks) + dt.timedelta(hours=self.rng.gauss(0, 24 * 10))
                t = min(max(t, self.start), self.end - dt.timedelta(seconds=1))
            else:
                t = self.start + dt.timedelta(seconds=self.rng.random() * span)
            out.append(t.replace(microsecond=0))
        out.sort()
        return out

    def _fill(self, template: str) -> str:
        r = self.rng
        return template.format(
            place=r.choice(PLACES),
            unit=r.choice(UNITS),
            body=r.choice(BODIES),
            person=r.choice(PEOPLE),
            n=r.randint(2, 99),
            k=r.randint(1, 3),
            d=r.randint(1, 30),
            pct=r.randint(15, 99),
            tag=strip_accents(r.choice(PLACES)).replace(" ", "").lower(),
        )

    def _pool(self, templates: list[str], per_template: int = 300) -> list[tuple[str, str, str]]:
        """Filled-in variants of each template as (text, text without accents, its search form):
        filling once and sampling per item keeps the generator at ~100k items/s."""
        out = []
        for t in templates:
            for _ in range(per_template):
                s = self._fill(t)
                plain = strip_accents(s)
                out.append((s, plain, strip_accents(s.casefold())))
        return out

    def _pools(self) -> None:
        self.p_neutral_t, self.p_neutral_s = self._pool(NEUTRAL_TITLES), self._pool(NEUTRAL_SENTENCES)
        self.p_official_t, self.p_official_s = self._pool(OFFICIAL_TITLES), self._pool(OFFICIAL_SENTENCES)
        self.p_tails = self._pool(SOCIAL_TAILS, 50)
        self.p_distorted = {k: (self._pool(t), self._pool(s)) for k, (t, s) in DISTORTED.items()}

    def items(self, fetched_at_lag: float = 0.3):
        """Yield item rows in publication order, with id, status, narrative and score."""
        r = self.rng
        n_src = len(self.kinds)
        by_kind: dict[str, list[int]] = {}
        for i, k in enumerate(self.kinds, 1):
            by_kind.setdefault(k, []).append(i)
        new_after = self.end - dt.timedelta(hours=6)
        for item_id, published in enumerate(self._times(), 1):
            kind = r.choices(["news", "social", "official"], weights=[55, 38, 7])[0]
            source_id = r.choice(by_kind.get(kind) or list(range(1, n_src + 1)))
            flagged = kind != "official" and r.random() < (0.30 if kind == "social" else 0.13)
            if flagged:
                narrative = r.choices(self.distorted, weights=self.dist_weights[: len(self.distorted)])[0]
                titles, sentences = self.p_distorted.get(narrative) or self.p_distorted["fraud_claim"]
                title = r.choice(titles)
                body = [r.choice(sentences) for _ in range(r.randint(1, 3))]
                body += [r.choice(self.p_neutral_s) for _ in range(r.randint(0, 2))]
                score = round(0.5 + r.random() * 0.5, 4)
                status = "flagged"
            else:
                pool_t, pool_s = (
                    (self.p_official_t, self.p_official_s)
                    if kind == "official"
                    else (self.p_neutral_t, self.p_neutral_s)
                )
                title = r.choice(pool_t)
                body = [r.choice(pool_s) for _ in range(r.randint(2, 6))]
                # Some items score a distortion below its threshold: unflagged but not `none`.
                narrative = r.choice(self.distorted) if r.random() < 0.08 else "none"
                score = round(r.random() * 0.5, 4)
                status = "unflagged"
            if kind == "social":
                body.append(r.choice(self.p_tails))
            plain = kind == "social" and r.random() < 0.4  # social posts are often typed without accents
            col = 1 if plain else 0
            title_s, text = title[col], " ".join(b[col] for b in body)
            search = title[2] + "\n" + " ".join(b[2] for b in body)
            if published >= new_after and r.random() < 0.5:  # the last hours are not classified yet
                narrative, score, status = None, None, "new"
            if self.recent_clusters and r.random() < 0.25:  # a copy of a recent story on another source
                cluster = r.choice(self.recent_clusters)
            else:
                cluster = hashlib.blake2b(f"{item_id}:{title_s}".encode(), digest_size=16).hexdigest()
                self.recent_clusters.append(cluster)
                if len(self.recent_clusters) > 300:
                    self.recent_clusters.pop(0)
            url = f"https://nguon{source_id:03d}.example.vn/bai/{item_id}"
            yield {
                "id": item_id,
                "source_id": source_id,
                "dedupe_key": url,
                "guid": url,
                "url": url,
                "canonical_url": url,
                "title": title_s,
                "text": text,
                "search_text": search,
                "lang": "vi",
                "kind": kind,
                "published_at": published,
                "fetched_at": published + dt.timedelta(seconds=int(r.random() * 3600 * fetched_at_lag * 10)),
                "content_hash": hashlib.blake2b(f"{title_s}{text}".encode(), digest_size=32).hexdigest(),
                "cluster_key": cluster,
                "narrative": narrative,
                "score": score,
                "model_version": None if status == "new" else "bench-v1",
                "status": status,
            }


OFFICERS = [f"can_bo_{i:02d}" for i in range(1, 13)]


def review_for(rng: random.Random, row: dict, review_id: int, distorted: list[str]) -> tuple[dict, dict, dict]:
    """(review row, audit row, item change) for one reviewed flag."""
    decision = rng.choices(["confirm", "dismiss", "relabel"], weights=[60, 30, 10])[0]
    narrative = row["narrative"]
    if decision == "relabel":
        narrative = rng.choice([k for k in distorted if k != row["narrative"]] or distorted)
    at = row["published_at"] + dt.timedelta(minutes=rng.randint(10, 60 * 48))
    user = rng.choice(OFFICERS)
    review = {
        "id": review_id,
        "item_id": row["id"],
        "username": user,
        "decision": decision,
        "narrative": None if decision == "dismiss" else narrative,
        "note": None,
        "created_at": at,
    }
    audit = {
        "at": at,
        "username": user,
        "action": f"review.{decision}",
        "target": f"item:{row['id']}",
        "detail": {"narrative": review["narrative"], "previous_narrative": row["narrative"]},
    }
    change = {"status": "dismissed" if decision == "dismiss" else "confirmed", "narrative": narrative}
    return review, audit, change


def load(url: str, n: int, n_sources: int, seed: int, batch: int, bulk: bool = True) -> None:
    store = Store(url)
    store.migrate()
    if store.dialect == "sqlite":
        # A bulk load touches index pages all over the file; SQLite's default 2 MB page cache
        # turns that into random reads. 1 GB here (the app itself keeps the default).
        sa.event.listen(store.engine, "connect", lambda c, _r: c.execute("PRAGMA cache_size = -1000000"))
        store.engine.dispose()
    if store.count_items():
        sys.exit(f"{store.safe_url} already holds items: use an empty database")
    now = dt.datetime.now(dt.UTC).replace(minute=0, second=0, microsecond=0)
    gen = Generator(n, n_sources, seed, end=now)
    try:
        from monitor.demo.bootstrap import load_messages, load_taxonomy

        taxonomy = load_taxonomy(ROOT / "data" / "narratives.yaml")
        store.sync_narratives([t.model_dump() for t in taxonomy.narratives])
        # As on a real first start: Trends matches official items against these (time to response).
        messages = load_messages(ROOT / "data" / "approved_messages.yaml", taxonomy)
        store.seed_approved_messages([m.model_dump() for m in messages])
    except Exception as exc:  # noqa: BLE001 - the taxonomy tables are a nicety for the bench
        print(f"(narratives or approved messages not loaded: {exc})")
    with store.tx() as conn:
        conn.execute(sources.insert(), gen.sources(now))
    rng = random.Random(seed + 1)
    deferred = _defer_indexes(store) if bulk else []
    started = time.perf_counter()
    done = review_id = 0
    pending_items: list[dict] = []
    pending_reviews: list[dict] = []
    pending_audit: list[dict] = []

    def flush() -> None:
        nonlocal pending_items, pending_reviews, pending_audit
        if store.dialect == "postgresql":
            _copy_pg(store, pending_items)
        else:
            with store.tx() as conn:
                conn.execute(items.insert(), pending_items)
        if pending_reviews:
            with store.tx() as conn:
                conn.execute(reviews.insert(), pending_reviews)
                conn.execute(audit_log.insert(), pending_audit)
        pending_items, pending_reviews, pending_audit = [], [], []

    for row in gen.items():
        if row["status"] == "flagged" and rng.random() < 0.05:
            review_id += 1
            review, audit, change = review_for(rng, row, review_id, gen.distorted)
            row.update(change)  # stored as it stands after the review, like the app leaves it
            pending_reviews.append(review)
            pending_audit.append(audit)
        pending_items.append(row)
        if len(pending_items) >= batch:
            done += len(pending_items)
            flush()
            rate = done / (time.perf_counter() - started)
            print(f"\r{done:>10,} items  {rate:,.0f} items/s", end="", flush=True)
    if pending_items:
        done += len(pending_items)
        flush()
    load_s = time.perf_counter() - started
    if bulk:
        print(f"\r{done:>10,} items loaded in {load_s:,.0f} s; rebuilding indexes, search index and hourly counts…")
        t = time.perf_counter()
        _restore_indexes(store, deferred)
        print(f"rebuilt in {time.perf_counter() - t:,.0f} s")
        load_s = time.perf_counter() - started
        print(f"{done:,} items in {load_s:,.0f} s: {done / load_s:,.0f} items/s (bulk: indexes built afterwards)")
    else:
        print(f"\r{done:>10,} items in {load_s:,.0f} s: {done / load_s:,.0f} items/s (incl. indexes and triggers)")
    t = time.perf_counter()
    if store.dialect == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            # Rows went in with explicit ids: move each sequence past them, or the app's next
            # insert (a feed added in the dashboard, a review) collides with a loaded row.
            for table in ("sources", "items", "reviews", "audit_log"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT coalesce(max(id), 1) FROM {table}))"
                )
            conn.exec_driver_sql("VACUUM ANALYZE")
    else:
        with store.tx() as conn:
            conn.exec_driver_sql("ANALYZE")
    print(f"analyze: {time.perf_counter() - t:.0f} s")
    counts = store.table_counts()
    print(
        f"items {counts['items']:,}, sources {counts['sources']:,}, reviews {counts['reviews']:,}, "
        f"flagged {store.count_flagged():,}"
    )
    store.dispose()


def _defer_indexes(store: Store) -> list[str]:
    """Drop the items table's secondary indexes and the triggers of migration 0003 for the load;
    returns the DDL that brings them back. Building an index once is several times cheaper than
    keeping it sorted through a million random inserts."""
    with store.tx() as conn:
        if store.dialect == "sqlite":
            rows = conn.exec_driver_sql(
                "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'items' AND sql IS NOT NULL "
                "AND type IN ('index', 'trigger')"
            ).all()
            for kind, name, _sql in rows:
                conn.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
            return [sql for kind, _n, sql in sorted(rows, key=lambda r: r[0] == "trigger")]
        rows = conn.exec_driver_sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'items' "
            "AND indexname NOT IN ('pk_items', 'uq_items_source_dedupe')"
        ).all()
        for name, _sql in rows:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        return [sql for _n, sql in rows]


def _restore_indexes(store: Store, ddl: list[str]) -> None:
    # Not AUTOCOMMIT on SQLite: the engine's begin hook opens BEGIN IMMEDIATE, which only a
    # real commit ends (in AUTOCOMMIT mode the DDL would be rolled back on close).
    with store.tx() as conn:
        if store.dialect == "postgresql":
            conn.exec_driver_sql("SET LOCAL maintenance_work_mem = '1GB'")
        for sql in ddl:
            conn.exec_driver_sql(sql)
        if store.dialect == "sqlite":  # what the dropped triggers would have maintained
            conn.exec_driver_sql("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")
            conn.exec_driver_sql("DELETE FROM item_hourly_counts")
            conn.exec_driver_sql(
                "INSERT INTO item_hourly_counts(hour, narrative, status, n) SELECT "
                "CAST(strftime('%s', published_at) AS INTEGER) / 3600, narrative, status, count(*) FROM items "
                "WHERE narrative IS NOT NULL AND published_at IS NOT NULL GROUP BY 1, 2, 3"
            )


_PG_COLUMNS = [
    "id",
    "source_id",
    "dedupe_key",
    "guid",
    "url",
    "canonical_url",
    "title",
    "text",
    "search_text",
    "lang",
    "kind",
    "published_at",
    "fetched_at",
    "content_hash",
    "cluster_key",
    "narrative",
    "score",
    "model_version",
    "status",
]


def _copy_pg(store: Store, rows: list[dict]) -> None:
    """COPY a batch (one statement: the daily-count trigger aggregates the whole batch once)."""
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        cols = ", ".join(_PG_COLUMNS)
        with cur.copy(f"COPY {items.name} ({cols}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row([r[c] for c in _PG_COLUMNS])
        raw.commit()
    finally:
        raw.close()


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", required=True, help="URL of an empty database, e.g. sqlite:////tmp/big.db")
    p.add_argument("-n", "--items", type=int, default=1_000_000, help="how many items (default 1,000,000)")
    p.add_argument("--sources", type=int, default=500, help="how many sources (default 500)")
    p.add_argument("--seed", type=int, default=2021, help="random seed (default 2021)")
    p.add_argument("--batch", type=int, default=20_000, help="rows per insert batch (default 20,000)")
    p.add_argument(
        "--incremental",
        action="store_true",
        help="keep every index and trigger during the load (measures the app's insert path; slower)",
    )
    a = p.parse_args(argv)
    load(a.db, a.items, a.sources, a.seed, a.batch, bulk=not a.incremental)


if __name__ == "__main__":
    main()
