"""Narrative counts per UTC hour instead of per UTC day, so that the Trends page can count per day
of the office's time zone (Hà Nội's day runs from 17:00 to 17:00 UTC) from the maintained table.

`item_hourly_counts` (hour = whole hours since 1970-01-01 UTC, narrative, status → n) replaces
`item_daily_counts`, kept exact by the same kind of triggers (migration 0003): per row on SQLite,
per statement with transition tables on PostgreSQL. A UTC day is 24 of its hours, so the API and
the digest read it too.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# SQLite: the time's hour since the epoch (strftime('%s') reads the stored UTC text);
# PostgreSQL: the same from the epoch seconds of the timestamptz.
_SQLITE_KEY = {"hour": "CAST(strftime('%s', {t}) AS INTEGER) / 3600", "day": "date({t})"}
_PG_KEY = {
    "hour": "floor(extract(epoch FROM {t}) / 3600)::bigint",
    "day": "({t} AT TIME ZONE 'UTC')::date",
}
# unit → (table, SQLite trigger prefix, PostgreSQL trigger and function prefix)
_NAMES = {
    "hour": ("item_hourly_counts", "items_hourly", "items_hourly_counts_"),
    "day": ("item_daily_counts", "items_daily", "items_daily_counts_"),
}


def _sqlite(unit: str) -> list[str]:
    table, prefix, _ = _NAMES[unit]
    col = unit
    key = _SQLITE_KEY[unit]
    new, old = key.format(t="new.published_at"), key.format(t="old.published_at")
    return [
        f"""CREATE TRIGGER {prefix}_ai AFTER INSERT ON items
        WHEN new.narrative IS NOT NULL AND new.published_at IS NOT NULL BEGIN
            INSERT INTO {table}({col}, narrative, status, n) VALUES ({new}, new.narrative, new.status, 1)
            ON CONFLICT({col}, narrative, status) DO UPDATE SET n = n + 1;
        END""",
        f"""CREATE TRIGGER {prefix}_ad AFTER DELETE ON items
        WHEN old.narrative IS NOT NULL AND old.published_at IS NOT NULL BEGIN
            UPDATE {table} SET n = n - 1 WHERE {col} = {old} AND narrative = old.narrative AND status = old.status;
        END""",
        f"""CREATE TRIGGER {prefix}_au_old AFTER UPDATE OF narrative, status, published_at ON items
        WHEN old.narrative IS NOT NULL AND old.published_at IS NOT NULL
         AND (old.narrative IS NOT new.narrative OR old.status IS NOT new.status
              OR new.published_at IS NULL OR {old} IS NOT {new}) BEGIN
            UPDATE {table} SET n = n - 1 WHERE {col} = {old} AND narrative = old.narrative AND status = old.status;
        END""",
        f"""CREATE TRIGGER {prefix}_au_new AFTER UPDATE OF narrative, status, published_at ON items
        WHEN new.narrative IS NOT NULL AND new.published_at IS NOT NULL
         AND (old.narrative IS NOT new.narrative OR old.status IS NOT new.status
              OR old.published_at IS NULL OR {old} IS NOT {new}) BEGIN
            INSERT INTO {table}({col}, narrative, status, n) VALUES ({new}, new.narrative, new.status, 1)
            ON CONFLICT({col}, narrative, status) DO UPDATE SET n = n + 1;
        END""",
        f"""INSERT INTO {table}({col}, narrative, status, n)
        SELECT {key.format(t="published_at")}, narrative, status, count(*) FROM items
        WHERE narrative IS NOT NULL AND published_at IS NOT NULL GROUP BY 1, 2, 3""",
    ]


def _sqlite_drop(unit: str) -> list[str]:
    prefix = _NAMES[unit][1]
    return [f"DROP TRIGGER IF EXISTS {prefix}_{x}" for x in ("ai", "ad", "au_old", "au_new")]


# Statement-level triggers with transition tables: a bulk insert (COPY, executemany) costs one
# aggregate upsert, not one per row, and the upsert runs in key order so two writers touching
# the same counters take their row locks in the same order (no deadlock between them).
def _pg(unit: str) -> list[str]:
    table, _, fn = _NAMES[unit]
    key = _PG_KEY[unit].format(t="published_at")
    side = (
        f"SELECT {key} AS k, narrative, status, {{sign}} AS d FROM {{table}} "
        "WHERE narrative IS NOT NULL AND published_at IS NOT NULL"
    )
    delta = f"""
        INSERT INTO {table} AS c ({unit}, narrative, status, n)
        SELECT k, narrative, status, sum(d) FROM ({{rows}}) AS delta
        GROUP BY k, narrative, status HAVING sum(d) <> 0
        ORDER BY k, narrative, status
        ON CONFLICT ({unit}, narrative, status) DO UPDATE SET n = c.n + EXCLUDED.n;
    """
    ins = delta.format(rows=side.format(sign=1, table="new_rows"))
    dele = delta.format(rows=side.format(sign=-1, table="old_rows"))
    upd = delta.format(
        rows=side.format(sign=1, table="new_rows") + " UNION ALL " + side.format(sign=-1, table="old_rows")
    )
    return [
        f"CREATE FUNCTION {fn}ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {ins} RETURN NULL; END $$",
        f"CREATE FUNCTION {fn}del() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {dele} RETURN NULL; END $$",
        f"CREATE FUNCTION {fn}upd() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {upd} RETURN NULL; END $$",
        f"""CREATE TRIGGER {fn}ins AFTER INSERT ON items REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION {fn}ins()""",
        f"""CREATE TRIGGER {fn}del AFTER DELETE ON items REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION {fn}del()""",
        f"""CREATE TRIGGER {fn}upd AFTER UPDATE ON items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION {fn}upd()""",
        f"""INSERT INTO {table}({unit}, narrative, status, n)
        SELECT {key}, narrative, status, count(*) FROM items
        WHERE narrative IS NOT NULL AND published_at IS NOT NULL GROUP BY 1, 2, 3""",
    ]


def _pg_drop(unit: str) -> list[str]:
    fn = _NAMES[unit][2]
    out = []
    for x in ("ins", "del", "upd"):
        out += [f"DROP TRIGGER IF EXISTS {fn}{x} ON items", f"DROP FUNCTION IF EXISTS {fn}{x}()"]
    return out


def _swap(old: str, new: str, key_type) -> None:
    """Drop the `old` unit's table and triggers, create the `new` unit's and fill it."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    for sql in _sqlite_drop(old) if sqlite else _pg_drop(old):
        op.execute(sql)
    op.drop_table(_NAMES[old][0])
    op.create_table(
        _NAMES[new][0],
        sa.Column(new, key_type, nullable=False),
        sa.Column("narrative", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("n", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint(new, "narrative", "status", name=op.f(f"pk_{_NAMES[new][0]}")),
    )
    for sql in _sqlite(new) if sqlite else _pg(new):
        op.execute(sql)


def upgrade() -> None:
    _swap("day", "hour", sa.BigInteger())


def downgrade() -> None:
    _swap("hour", "day", sa.Date())
