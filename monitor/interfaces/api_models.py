"""The JSON API's response models: they make the OpenAPI document, and schemathesis checks the
answers of monitor/interfaces/api.py against it."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Status",
    "Kind",
    "Out",
    "ItemOut",
    "ItemPage",
    "ClassificationOut",
    "ReviewOut",
    "CopyOut",
    "ItemDetail",
    "DailyCount",
    "DailyCounts",
    "AlertOut",
    "MessageOut",
    "SourceOut",
    "EmergingItemOut",
    "EmergingDay",
    "EmergingOut",
    "Health",
    "Problem",
]


class Status(enum.StrEnum):
    new = "new"
    unflagged = "unflagged"
    flagged = "flagged"
    look = "look"
    confirmed = "confirmed"
    dismissed = "dismissed"


class Kind(enum.StrEnum):
    news = "news"
    social = "social"
    official = "official"


class Out(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ItemOut(Out):
    id: int
    title: str
    url: str | None = None
    lang: str
    kind: str
    source_id: int
    source_name: str
    published_at: dt.datetime | None = None
    fetched_at: dt.datetime
    narrative: str | None = None
    score: float | None = None
    status: str
    model_version: str | None = None
    cluster_key: str | None = None


class ItemPage(Out):
    items: list[ItemOut]
    next_cursor: str | None = Field(None, description="Pass as `cursor` for the next page; null on the last page.")
    limit: int


class ClassificationOut(Out):
    model_version: str
    narrative: str
    score: float
    flagged: bool
    probabilities: dict[str, float] = {}
    evidence: list[dict[str, Any]] = []
    matched_message_key: str | None = None
    match_score: float | None = None
    findings: list[dict[str, Any]] = []
    created_at: dt.datetime


class ReviewOut(Out):
    id: int
    username: str
    decision: str
    narrative: str | None = None
    note: str | None = None
    created_at: dt.datetime


class CopyOut(Out):
    id: int
    title: str
    url: str | None = None
    published_at: dt.datetime | None = None
    source_name: str


class ItemDetail(ItemOut):
    text: str
    canonical_url: str | None = None
    guid: str | None = None
    classification: ClassificationOut | None = None
    reviews: list[ReviewOut] = []
    cluster_copies: list[CopyOut] = []


class DailyCount(Out):
    day: dt.date
    narrative: str | None = None
    count: int


class DailyCounts(Out):
    counts: list[DailyCount]


class AlertOut(Out):
    id: int
    kind: str
    narrative: str | None = None
    cluster_key: str | None = None
    window: str
    window_start: dt.datetime | None = None
    count: int
    baseline: float | None = None
    why: str = ""
    facts: dict | None = None  # what the detail is written from (threshold, sources, view, label…)
    status: str
    created_at: dt.datetime
    acknowledged_by: str | None = None
    acknowledged_at: dt.datetime | None = None


class MessageOut(Out):
    key: str
    version: int
    title_vi: str
    title_en: str
    text_vi: str
    text_en: str
    narratives: list[str] = []
    key_facts: dict[str, Any] = {}
    source_title: str = ""
    source_url: str = ""
    source_date: str = ""
    active: bool = True
    created_at: dt.datetime


class SourceOut(Out):
    id: int
    name: str
    url: str
    kind: str
    lang: str
    enabled: bool
    interval_seconds: int
    last_status: str | None = None
    last_fetch_at: dt.datetime | None = None
    last_success_at: dt.datetime | None = None
    last_error: str | None = None
    consecutive_failures: int
    next_fetch_at: dt.datetime | None = None
    items_24h: int
    items_7d: int
    items_total: int
    items_per_day_7d: float
    latest_published_at: dt.datetime | None = None
    removed_at: dt.datetime | None = Field(
        None,
        description="When the feed left feeds.yaml (kept, with its items, and no longer fetched); null while configured.",
    )


class EmergingItemOut(Out):
    id: int
    title: str
    source: str
    when: dt.datetime


class EmergingDay(Out):
    day: dt.date
    n: int


class EmergingOut(Out):
    id: str = Field(description="Stable while the cluster's earliest item stays in it.")
    label: str = Field(description="Its most characteristic content terms.")
    terms: list[str]
    size: int
    sources: int = Field(description="Distinct sources carrying it in the window.")
    source_names: list[str]
    first_seen: dt.datetime
    last_seen: dt.datetime
    recent: int = Field(description="Items in the last 24 hours of the window.")
    recent_sources: int
    growth: float = Field(
        description="Items in the last 24 h over its own mean per day earlier in the window (at least 1)."
    )
    score: float
    daily: list[EmergingDay]
    item_ids: list[int]
    typical: list[EmergingItemOut]


class Health(Out):
    status: str = Field(description="ok | degraded")
    database: str = Field(description="ok | unreachable")
    schema_current: bool
    version: str
    time: dt.datetime


class Problem(Out):
    detail: str | list[dict[str, Any]] = Field(description="What is wrong (a list for malformed parameters).")
