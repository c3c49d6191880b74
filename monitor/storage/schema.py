"""Table definitions (SQLAlchemy Core). Changes go through an Alembic migration in monitor/storage/migrations/.

Times are stored as timezone-aware UTC. JSON columns hold small lists/dicts (evidence, tags).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class UTCDateTime(sa.types.TypeDecorator):
    """Aware UTC datetimes in and out, on every engine.

    SQLite has no time zone type: SQLAlchemy would hand back naive values, and comparing naive
    with aware datetimes raises. Values are stored as UTC and come back tagged as UTC.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: pass an aware datetime")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, str):  # raw SQL on SQLite
            value = dt.datetime.fromisoformat(value)
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


TS = UTCDateTime()

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("kind", sa.String(20), nullable=False, server_default="news"),
    sa.Column("lang", sa.String(10), nullable=False, server_default="auto"),
    sa.Column("interval_seconds", sa.Integer, nullable=False, server_default="1800"),
    sa.Column("enabled", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("tags", sa.JSON, nullable=False, default=list),
    sa.Column("full_text", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("origin", sa.String(20), nullable=False, server_default="config"),  # config | ui | import
    # What feeds.yaml last said about `enabled` (migration 0004): a feed switched off in the
    # dashboard stays off until the file itself changes.
    sa.Column("config_enabled", sa.Boolean),
    # Migration 0007: the URL was last set from the dashboard (checked at every hop whatever the
    # origin), and when the feed left feeds.yaml (kept for history, no longer fetched).
    sa.Column("url_from_ui", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("removed_at", TS),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("next_fetch_at", TS),
    sa.Column("last_fetch_at", TS),
    sa.Column("last_success_at", TS),
    sa.Column("last_status", sa.String(20)),
    sa.Column("last_error", sa.Text),
    sa.Column("consecutive_failures", sa.Integer, nullable=False, server_default="0"),
    sa.Column("lease_owner", sa.String(100)),
    sa.Column("lease_until", TS),
    sa.Column("created_at", TS, nullable=False),
)
sa.Index("ix_sources_next_fetch", sources.c.enabled, sources.c.next_fetch_at)

items = sa.Table(
    "items",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("source_id", sa.ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    sa.Column("dedupe_key", sa.String(300), nullable=False),
    sa.Column("guid", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("canonical_url", sa.Text),
    sa.Column("title", sa.Text, nullable=False, server_default=""),
    sa.Column("text", sa.Text, nullable=False, server_default=""),
    sa.Column("search_text", sa.Text, nullable=False, server_default=""),
    sa.Column("lang", sa.String(10), nullable=False, server_default="vi"),
    sa.Column("kind", sa.String(20), nullable=False, server_default="news"),  # copied from the source
    sa.Column("published_at", TS),
    sa.Column("fetched_at", TS, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("cluster_key", sa.String(64)),
    # The current classification, denormalized so the queue and trends stay index-only at scale.
    sa.Column("narrative", sa.String(64)),
    sa.Column("score", sa.Float),
    sa.Column("model_version", sa.String(80)),
    sa.Column("status", sa.String(20), nullable=False, server_default="new"),
    # About the configured election? (None: not classified since relevance existed.) Migration 0008.
    sa.Column("relevant", sa.Boolean),
    sa.UniqueConstraint("source_id", "dedupe_key", name="uq_items_source_dedupe"),
)
sa.Index("ix_items_published", items.c.published_at)
sa.Index("ix_items_status_score", items.c.status, items.c.score)
sa.Index("ix_items_narrative_published", items.c.narrative, items.c.published_at)
sa.Index("ix_items_cluster", items.c.cluster_key)
sa.Index("ix_items_content_hash", items.c.content_hash)
sa.Index("ix_items_model_version", items.c.model_version)
sa.Index("ix_items_source_fetched", items.c.source_id, items.c.fetched_at)  # migration 0005
sa.Index("ix_items_source_published", items.c.source_id, items.c.published_at)  # migration 0005
# The official items' times only (migration 0013): queries must spell the condition as a literal
# (`OFFICIAL` below), which the planners match to the index's own.
OFFICIAL = items.c.kind == sa.literal_column("'official'")
sa.Index(
    "ix_items_official_published",
    items.c.published_at,
    sqlite_where=sa.text("kind = 'official'"),
    postgresql_where=sa.text("kind = 'official'"),
)

narratives = sa.Table(
    "narratives",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("name_vi", sa.Text, nullable=False),
    sa.Column("name_en", sa.Text, nullable=False),
    sa.Column("definition_vi", sa.Text, nullable=False, server_default=""),
    sa.Column("definition_en", sa.Text, nullable=False, server_default=""),
    sa.Column("distortion", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("key_facts", sa.JSON, nullable=False, default=list),
    sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    # file: data/narratives.yaml; dashboard: named from an emerging cluster (migration 0010)
    sa.Column("origin", sa.String(20), nullable=False, server_default="file"),
)

# Narratives made in the dashboard, every version kept (migration 0010). The newest active version
# of each key is copied into `narratives` beside the ones from data/narratives.yaml.
narrative_versions = sa.Table(
    "narrative_versions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.String(64), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("name_vi", sa.Text, nullable=False),
    sa.Column("name_en", sa.Text, nullable=False),
    sa.Column("definition_vi", sa.Text, nullable=False, server_default=""),
    sa.Column("definition_en", sa.Text, nullable=False, server_default=""),
    sa.Column("distortion", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("created_by", sa.String(100), nullable=False),
    sa.Column("created_at", TS, nullable=False),
    sa.UniqueConstraint("key", "version", name="uq_narrative_versions_key_version"),
)

classifications = sa.Table(
    "classifications",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("item_id", sa.ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
    sa.Column("model_version", sa.String(80), nullable=False),
    sa.Column("narrative", sa.String(64), nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("flagged", sa.Boolean, nullable=False),
    sa.Column("probabilities", sa.JSON, nullable=False, default=dict),
    sa.Column("evidence", sa.JSON, nullable=False, default=list),
    sa.Column("matched_message_key", sa.String(120)),
    sa.Column("match_score", sa.Float),
    sa.Column("findings", sa.JSON, nullable=False, default=list),
    sa.Column("created_at", TS, nullable=False),
    # The staged flag decision (migration 0008): relevance, band and the evidence kinds of a flag.
    sa.Column("relevant", sa.Boolean),
    sa.Column("relevance", sa.Float),
    sa.Column("relevance_reason", sa.String(32)),
    sa.Column("band", sa.String(16)),
    sa.Column("flag_score", sa.Float),
    sa.Column("evidence_kinds", sa.JSON),
    sa.UniqueConstraint("item_id", "model_version", name="uq_classifications_item_model"),
)

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("username", sa.String(100), nullable=False, unique=True),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
    sa.Column("locked_until", TS),
    sa.Column("created_at", TS, nullable=False),
    # Set by the demo loader: the account still has the password printed in the README. Such an
    # account cannot sign in (dashboard or API) while demo mode is off; a new password clears it.
    sa.Column("demo_password", sa.Boolean, nullable=False, server_default=sa.false()),
)

reviews = sa.Table(
    "reviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("item_id", sa.ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
    sa.Column("username", sa.String(100), nullable=False),
    sa.Column("decision", sa.String(20), nullable=False),
    sa.Column("narrative", sa.String(64)),
    sa.Column("note", sa.Text),
    sa.Column("created_at", TS, nullable=False),
)
sa.Index("ix_reviews_item", reviews.c.item_id, reviews.c.created_at)

approved_messages = sa.Table(
    "approved_messages",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.String(120), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("title_vi", sa.Text, nullable=False, server_default=""),
    sa.Column("title_en", sa.Text, nullable=False, server_default=""),
    sa.Column("text_vi", sa.Text, nullable=False, server_default=""),
    sa.Column("text_en", sa.Text, nullable=False, server_default=""),
    sa.Column("narratives", sa.JSON, nullable=False, default=list),
    sa.Column("key_facts", sa.JSON, nullable=False, default=dict),
    sa.Column("source_title", sa.Text, nullable=False, server_default=""),
    sa.Column("source_url", sa.Text, nullable=False, server_default=""),
    sa.Column("source_date", sa.String(20), nullable=False, server_default=""),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("created_by", sa.String(100), nullable=False, server_default="seed"),
    sa.Column("created_at", TS, nullable=False),
    sa.UniqueConstraint("key", "version", name="uq_approved_messages_key_version"),
)

case_sets = sa.Table(
    "case_sets",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("description", sa.Text, nullable=False, server_default=""),
    sa.Column("created_by", sa.String(100), nullable=False),
    sa.Column("created_at", TS, nullable=False),
)

cases = sa.Table(
    "cases",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("case_set_id", sa.ForeignKey("case_sets.id", ondelete="CASCADE"), nullable=False),
    sa.Column("item_id", sa.ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
    sa.Column("teaching_note", sa.Text, nullable=False, server_default=""),
    sa.Column("added_by", sa.String(100), nullable=False),
    sa.Column("added_at", TS, nullable=False),
    sa.UniqueConstraint("case_set_id", "item_id", name="uq_cases_set_item"),
)

alerts = sa.Table(
    "alerts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(30), nullable=False),  # spike | new_cluster | response_gap
    sa.Column("narrative", sa.String(64)),
    sa.Column("cluster_key", sa.String(64)),
    sa.Column("window", sa.String(10), nullable=False, server_default="hour"),
    sa.Column("window_start", TS),
    sa.Column("count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("baseline", sa.Float),
    sa.Column("why", sa.Text, nullable=False, server_default=""),  # the detector's own line, in English
    sa.Column("facts", sa.JSON),  # what the reader's detail is written from (migration 0011)
    sa.Column("status", sa.String(20), nullable=False, server_default="open"),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("acknowledged_by", sa.String(100)),
    sa.Column("acknowledged_at", TS),
)
sa.Index("ix_alerts_status", alerts.c.status, alerts.c.created_at)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", TS, nullable=False),
    sa.Column("username", sa.String(100), nullable=False),
    sa.Column("action", sa.String(60), nullable=False),
    sa.Column("target", sa.Text, nullable=False, server_default=""),
    sa.Column("detail", sa.JSON, nullable=False, default=dict),
)
sa.Index("ix_audit_log_at", audit_log.c.at)

fetch_log = sa.Table(
    "fetch_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("source_id", sa.ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    sa.Column("started_at", TS, nullable=False),
    sa.Column("finished_at", TS, nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("http_status", sa.Integer),
    sa.Column("items_new", sa.Integer, nullable=False, server_default="0"),
    sa.Column("items_duplicate", sa.Integer, nullable=False, server_default="0"),
    sa.Column("bytes_read", sa.Integer, nullable=False, server_default="0"),
    sa.Column("error", sa.Text),
    sa.Column("warning", sa.Text),
)
sa.Index("ix_fetch_log_source_started", fetch_log.c.source_id, fetch_log.c.started_at)

# --- API tokens, saved views, export jobs (migration 0002) -------------------------------------
api_tokens = sa.Table(
    "api_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("username", sa.String(100), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),  # sha256 hex; the secret is never stored
    sa.Column("prefix", sa.String(16), nullable=False),  # first characters of the secret, for display
    sa.Column("created_at", TS, nullable=False),
    sa.Column("revoked_at", TS),
    sa.Column("last_used_at", TS),
)
sa.Index("ix_api_tokens_username", api_tokens.c.username)

saved_views = sa.Table(
    "saved_views",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("owner", sa.String(100), nullable=False),
    sa.Column("shared", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("page", sa.String(20), nullable=False),  # queue | trends
    sa.Column("filters", sa.JSON, nullable=False, default=dict),
    sa.Column("alert_threshold", sa.Integer),
    sa.Column("alert_window", sa.String(10)),  # hour | day
    sa.Column("created_at", TS, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
    sa.UniqueConstraint("owner", "name", name="uq_saved_views_owner_name"),
    sa.CheckConstraint("page IN ('queue', 'trends')", name="page"),
    sa.CheckConstraint("alert_window IS NULL OR alert_window IN ('hour', 'day')", name="alert_window"),
)

export_jobs = sa.Table(
    "export_jobs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("owner", sa.String(100), nullable=False),
    sa.Column("what", sa.String(20), nullable=False),  # items | reviews | cases | alerts
    sa.Column("format", sa.String(10), nullable=False),  # csv | xlsx | jsonl
    sa.Column("filters", sa.JSON, nullable=False, default=dict),
    sa.Column("status", sa.String(20), nullable=False, server_default="queued"),  # queued | running | done | failed
    sa.Column("rows", sa.Integer, nullable=False, server_default="0"),
    sa.Column("bytes", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("path", sa.Text),
    sa.Column("error", sa.Text),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("finished_at", TS),
)
sa.Index("ix_export_jobs_owner_created", export_jobs.c.owner, export_jobs.c.created_at)

# Per UTC hour (whole hours since 1970-01-01 UTC), narrative and status, the number of items;
# kept exact by database triggers on `items` (migrations 0003 and 0012) so trends over years read
# thousands of rows instead of a million items, and days in any whole-hour time zone add up.
item_hourly_counts = sa.Table(
    "item_hourly_counts",
    metadata,
    sa.Column("hour", sa.BigInteger, nullable=False),
    sa.Column("narrative", sa.String(64), nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("n", sa.Integer, nullable=False, server_default="0"),
    sa.PrimaryKeyConstraint("hour", "narrative", "status"),
)
sa.Index("ix_items_queue", items.c.status, items.c.narrative, items.c.score, items.c.published_at)

# Made by raw SQL in migration 0003 (engine-specific full-text search), so not declared above:
# SQLite's items_fts virtual table and its shadow tables, PostgreSQL's items.search_tsv column
# and its GIN index. Autogenerate must leave them alone.
RAW_SQL_OBJECTS = ("items_fts", "search_tsv", "ix_items_search_tsv")


def managed_by_raw_sql(name: str | None) -> bool:
    return bool(name) and any(name == n or name.startswith(n + "_") for n in RAW_SQL_OBJECTS)
