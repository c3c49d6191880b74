"""Storage verbs behind the API: tokens, saved views, filters, cursors, migration 0002."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config as AlembicConfig

from monitor.storage import schema
from monitor.storage.core import MIGRATIONS_DIR
from monitor.storage.filters import CursorError, FilterError, ItemFilters, decode_cursor, encode_cursor, parse_when
from monitor.storage.tokens import TokenError, hash_token
from monitor.storage.views import SavedViewError

NEW_TABLES = {"api_tokens", "saved_views", "export_jobs"}


def test_migration_0002_goes_up_down_and_up(store):
    with store.engine.connect() as conn:
        assert NEW_TABLES <= set(sa.inspect(conn).get_table_names())
    with store.engine.begin() as conn:
        cfg = AlembicConfig()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    with store.engine.connect() as conn:
        assert not NEW_TABLES & set(sa.inspect(conn).get_table_names())
    store.migrate()
    assert store.schema_is_current()


def test_tokens_keep_only_a_hash(store):
    store.add_user("lan", "x" * 30, "officer")
    with pytest.raises(TokenError, match="no user named"):
        store.add_api_token("ghost")
    token_id, secret = store.add_api_token("lan")
    assert len(secret) >= 40
    with store.read() as conn:
        row = conn.execute(sa.select(schema.api_tokens)).one()._mapping
    assert row["token_hash"] == hash_token(secret) and secret not in str(dict(row))
    assert row["prefix"] == secret[:8] and row["role"] == "officer"
    assert store.verify_api_token("wrong") is None and store.verify_api_token("") is None
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    token = store.verify_api_token(secret, now=now)
    assert token["username"] == "lan" and token["user_role"] == "officer"
    assert store.list_api_tokens("lan")[0]["last_used_at"] == now
    store.verify_api_token(secret, now=now + dt.timedelta(seconds=5))  # not written again so soon
    assert store.list_api_tokens()[0]["last_used_at"] == now
    store.revoke_api_token(token_id)
    assert store.verify_api_token(secret) is None
    with pytest.raises(TokenError, match="already revoked"):
        store.revoke_api_token(token_id)
    with pytest.raises(TokenError, match="no token"):
        store.revoke_api_token(999)
    assert [a["action"] for a in store.audit_entries(action_prefix="token.")] == ["token.revoke", "token.add"]


def test_saved_views_private_shared_and_owned(store):
    store.add_user("boss", "x" * 30, "admin")
    lan = store.save_view("Gian lận 7 ngày", "lan", "queue", {"narrative": ["fraud_claim"], "since": "7d"})
    store.save_view(
        "Xu hướng",
        "minh",
        "trends",
        ItemFilters(narratives=["fraud_claim"]),
        shared=True,
        alert_threshold=5,
        alert_window="hour",
    )
    store.save_view("Gian lận 7 ngày", "minh", "queue", {}, shared=True)
    with pytest.raises(SavedViewError, match="already have"):
        store.save_view("Gian lận 7 ngày", "lan", "queue", {})
    assert {v["name"] for v in store.list_views("lan")} == {"Gian lận 7 ngày", "Xu hướng"}
    assert [v["owner"] for v in store.list_views("khoa") if v["name"] == "Gian lận 7 ngày"] == ["minh"]
    assert store.get_view("Gian lận 7 ngày", "lan")["owner"] == "lan"  # own first
    assert store.get_view("Gian lận 7 ngày", "khoa")["owner"] == "minh"  # else the shared one
    with pytest.raises(SavedViewError, match="several views"):
        store.get_view("Gian lận 7 ngày")
    assert store.get_view("minh/Gian lận 7 ngày")["owner"] == "minh"
    with pytest.raises(SavedViewError, match="no view"):
        store.get_view("Xu hướng riêng", "lan")
    assert store.get_view("Gian lận 7 ngày", "lan")["filters"] == {"narratives": ["fraud_claim"], "since": "7d"}
    with pytest.raises(SavedViewError, match="belongs to lan"):
        store.update_view(lan, by="minh", shared=True)
    store.update_view(lan, by="boss", shared=True)  # an admin may
    store.update_view(lan, by="lan", filters={"status": ["flagged"]}, name="Hàng chờ")
    assert store.get_view("Hàng chờ", "khoa")["filters"] == {"statuses": ["flagged"]}
    store.delete_view(lan, by="lan")
    assert "Hàng chờ" not in {v["name"] for v in store.list_views()}


def test_views_keep_display_settings_and_renames_stay_unique(store):
    trend = store.save_view("Tuần", "lan", "trends", {"since": "30d", "display": {"granularity": "week"}})
    store.save_view("Khác", "lan", "trends", {})
    store.save_view("Tuần", "minh", "trends", {})  # another owner may use the same name
    assert store.get_view("Tuần", "lan")["filters"] == {"since": "30d", "display": {"granularity": "week"}}
    with pytest.raises(SavedViewError, match="already have a view named 'Khác'"):
        store.update_view(trend, by="lan", name=" Khác ")
    with pytest.raises(SavedViewError, match="needs a name"):
        store.update_view(trend, by="lan", name="   ")
    store.update_view(trend, by="lan", name="  Bốn tuần ")
    assert store.get_view("Bốn tuần", "lan")["id"] == trend
    with pytest.raises(SavedViewError, match="display settings"):
        store.save_view("x", "lan", "trends", {"display": {"nested": {"a": 1}}})
    with pytest.raises(SavedViewError, match="display settings"):
        store.update_view(trend, by="lan", filters={"display": ["week"]})


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"page": "admin"}, "page must be"),
        ({"alert_threshold": 5}, "needs both"),
        ({"alert_threshold": 0, "alert_window": "day"}, "from 1"),
        ({"alert_threshold": 5, "alert_window": "week"}, "alert window"),
        ({"name": " "}, "needs a name"),
    ],
)
def test_invalid_views_are_refused(sqlite_store, kwargs, message):
    args = {"name": "v", "owner": "lan", "page": "queue", "filters": {}, **kwargs}
    with pytest.raises(SavedViewError, match=message):
        sqlite_store.save_view(**args)


def test_the_database_also_refuses_bad_pages(store):
    now = dt.datetime.now(dt.UTC)
    with pytest.raises(sa.exc.IntegrityError):
        with store.tx() as conn:
            conn.execute(
                schema.saved_views.insert().values(
                    name="x", owner="y", page="admin", filters={}, created_at=now, updated_at=now
                )
            )


def test_filters_parse_dates_ages_and_refuse_nonsense():
    now = dt.datetime(2021, 5, 20, 12, tzinfo=dt.UTC)
    assert parse_when("2021-05-01") == dt.datetime(2021, 5, 1, tzinfo=dt.UTC)
    assert parse_when("2021-05-01T08:00+07:00") == dt.datetime(2021, 5, 1, 1, tzinfo=dt.UTC)
    assert parse_when("7d", now) == now - dt.timedelta(days=7)
    assert parse_when("24h", now) == now - dt.timedelta(hours=24)
    assert parse_when("2w", now) == now - dt.timedelta(weeks=2)
    for bad in ("yesterday", "2021-13-01", "0001-01-01T00:00+05:00", "99999-01-01"):
        with pytest.raises(FilterError):
            parse_when(bad)
    f = ItemFilters.from_dict({"narrative": "fraud_claim", "source": ["A", " "], "granularity": "day"}, strict=False)
    assert f.narratives == ["fraud_claim"] and f.sources == ["A"]
    with pytest.raises(FilterError, match="unknown filter"):
        ItemFilters.from_dict({"granularity": "day"})
    with pytest.raises(FilterError):
        ItemFilters(min_score=1.5)
    with pytest.raises(FilterError):
        ItemFilters(q="a\x00")
    assert ItemFilters(q="  ").to_dict() == {}


def test_cursors_round_trip_and_refuse_tampering():
    t = dt.datetime(2021, 5, 15, 8, 30, tzinfo=dt.UTC)
    assert decode_cursor(encode_cursor(t, 42)) == (t, 42)
    assert decode_cursor(encode_cursor(None, 7)) == (None, 7)
    for bad in ("", "!!!", "bm90IGpzb24", encode_cursor(t, 42)[:-3] + "xyz", "WyJ4IiwxXQ", "WzEsLTFd"):
        with pytest.raises(CursorError):
            decode_cursor(bad)
