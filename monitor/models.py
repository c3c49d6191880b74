"""Plain typed values passed between the stages (collect → normalize → dedupe → store → classify → review).

No stage hands a feedparser dict, an HTTP response or a DataFrame row to the next one.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from classifiers.results import Evidence, Finding


class FeedKind(str, enum.Enum):
    NEWS = "news"
    SOCIAL = "social"
    OFFICIAL = "official"


class FetchStatus(str, enum.Enum):
    """How one fetch of one feed ended (after rss-fetcher's status set)."""

    OK = "ok"
    NOT_MODIFIED = "not_modified"
    SOFT_ERROR = "soft_error"  # served, but unusable this time (bad XML, HTML page, empty body)
    HARD_ERROR = "hard_error"  # gone or refused (404, 410, bad scheme, redirect loop)
    TEMPORARY = "temporary"  # try again later (timeouts, 429, 5xx, connection refused)


class ReviewDecision(str, enum.Enum):
    CONFIRM = "confirm"
    DISMISS = "dismiss"
    RELABEL = "relabel"
    NOTE = "note"
    CASE = "case"  # marked as a training case


class ItemStatus(str, enum.Enum):
    """Where an item stands in the officers' workflow."""

    UNFLAGGED = "unflagged"  # classified as `none` or below its threshold
    FLAGGED = "flagged"  # waiting for a human
    LOOK = "look"  # "needs a look": some evidence, not enough to flag; a separate, lower tier of the queue
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


class Role(str, enum.Enum):
    OFFICER = "officer"
    MANAGER = "manager"
    TRAINER = "trainer"
    ADMIN = "admin"


@dataclass
class Source:
    """A feed or an import channel, as stored."""

    name: str
    url: str
    kind: FeedKind = FeedKind.NEWS
    lang: str = "auto"
    interval_seconds: int = 1800
    enabled: bool = True
    tags: list[str] = field(default_factory=list)
    full_text: bool = False
    origin: str = "config"  # config | ui | import: where the source was defined
    id: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    next_fetch_at: dt.datetime | None = None
    last_fetch_at: dt.datetime | None = None
    last_success_at: dt.datetime | None = None
    last_status: str | None = None
    last_error: str | None = None
    consecutive_failures: int = 0
    url_from_ui: bool = False  # the URL was last set from the dashboard (any origin)
    removed_at: dt.datetime | None = None  # gone from feeds.yaml: kept for history, not fetched

    @property
    def url_set_in_ui(self) -> bool:
        """The URL is a dashboard user's choice: the collector checks its address at every hop."""
        return self.origin == "ui" or self.url_from_ui


@dataclass
class RawEntry:
    """One entry as a collector or importer saw it, before normalization."""

    title: str | None = None
    link: str | None = None
    guid: str | None = None
    summary: str | None = None  # may hold HTML
    content: str | None = None  # may hold HTML (full article body when the feed has one)
    published: str | dt.datetime | None = None  # raw date string or an aware datetime
    lang_hint: str | None = None
    line: int | None = None  # line or row number in an import file, for error messages


@dataclass
class Item:
    """A normalized item ready to store."""

    source_id: int
    title: str
    text: str
    url: str | None
    canonical_url: str | None
    guid: str | None
    lang: str
    published_at: dt.datetime | None  # aware, UTC
    fetched_at: dt.datetime  # aware, UTC
    content_hash: str
    dedupe_key: str  # unique per source: guid, else canonical url, else content hash
    cluster_key: str | None = None  # near-duplicate cluster (same across sources)
    search_text: str = ""  # lower-case, accent-stripped title + text, for search
    id: int | None = None


@dataclass
class FetchResult:
    """The outcome of fetching one feed once."""

    source_id: int
    status: FetchStatus
    started_at: dt.datetime
    finished_at: dt.datetime
    http_status: int | None = None
    entries: list[RawEntry] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    warning: str | None = None
    bytes_read: int = 0
    retry_after_seconds: float | None = None


@dataclass
class Classification:
    """What the model says about one item."""

    item_id: int
    model_version: str
    narrative: str
    score: float
    flagged: bool
    probabilities: dict[str, float] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    matched_message_key: str | None = None
    match_score: float | None = None
    findings: list[Finding] = field(default_factory=list)
    relevant: bool | None = None  # about the configured election (None: decided before relevance existed)
    relevance: float | None = None
    relevance_reason: str | None = None  # on_topic | no_election_words | other_election | other_year | ...
    band: str | None = None  # flag | look | clear | off_topic
    flag_score: float | None = None
    evidence_kinds: list[str] = field(default_factory=list)  # fact, known_claim, rumour_marker, topic, ...


@dataclass
class Review:
    item_id: int
    username: str
    decision: ReviewDecision
    narrative: str | None = None
    note: str | None = None
    created_at: dt.datetime | None = None
    id: int | None = None


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
