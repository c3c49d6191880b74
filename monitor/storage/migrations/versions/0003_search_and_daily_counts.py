"""full-text search and pre-aggregated daily narrative counts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 12:00:00

- Full-text search over `items.search_text` (the accent-stripped title + text):
  SQLite: an FTS5 table `items_fts` (external content = items, `unicode61 remove_diacritics 2`)
  kept in step by triggers; PostgreSQL: a stored generated column
  `search_tsv = to_tsvector('simple', search_text)` with a GIN index, which needs no extension (the text is already accent-stripped, so `unaccent` adds nothing).
- `item_daily_counts` (UTC day, narrative, status → n): the Trends page reads a few thousand
  rows instead of aggregating every flagged item. Triggers on `items` keep it exact whatever
  changes a row — insert, classification, review, delete — so no storage verb has to remember it.
- `ix_items_queue` (status, narrative, score, published_at): a queue page filtered by narrative
  reads its 50 rows in order instead of sorting all flagged items of that narrative.
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_SQLITE_FTS = [
    """CREATE VIRTUAL TABLE items_fts USING fts5(
        search_text, content='items', content_rowid='id',
        tokenize = 'unicode61 remove_diacritics 2', detail = 'column')""",
    """CREATE TRIGGER items_fts_ai AFTER INSERT ON items BEGIN
        INSERT INTO items_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    """CREATE TRIGGER items_fts_ad AFTER DELETE ON items BEGIN
        INSERT INTO items_fts(items_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    END""",
    """CREATE TRIGGER items_fts_au AFTER UPDATE OF search_text ON items BEGIN
        INSERT INTO items_fts(items_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO items_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    "INSERT INTO items_fts(items_fts) VALUES ('rebuild')",
]

# Rows without a narrative (not yet classified) or without a time are not counted: the Trends
# page never shows them. date() also reads ISO strings with an offset, should one ever be stored.
_SQLITE_COUNTS = [
    """CREATE TRIGGER items_daily_ai AFTER INSERT ON items
    WHEN new.narrative IS NOT NULL AND new.published_at IS NOT NULL BEGIN
        INSERT INTO item_daily_counts(day, narrative, status, n)
        VALUES (date(new.published_at), new.narrative, new.status, 1)
        ON CONFLICT(day, narrative, status) DO UPDATE SET n = n + 1;
    END""",
    """CREATE TRIGGER items_daily_ad AFTER DELETE ON items
    WHEN old.narrative IS NOT NULL AND old.published_at IS NOT NULL BEGIN
        UPDATE item_daily_counts SET n = n - 1
        WHERE day = date(old.published_at) AND narrative = old.narrative AND status = old.status;
    END""",
    """CREATE TRIGGER items_daily_au_old AFTER UPDATE OF narrative, status, published_at ON items
    WHEN old.narrative IS NOT NULL AND old.published_at IS NOT NULL
     AND (old.narrative IS NOT new.narrative OR old.status IS NOT new.status
          OR date(old.published_at) IS NOT date(new.published_at)) BEGIN
        UPDATE item_daily_counts SET n = n - 1
        WHERE day = date(old.published_at) AND narrative = old.narrative AND status = old.status;
    END""",
    """CREATE TRIGGER items_daily_au_new AFTER UPDATE OF narrative, status, published_at ON items
    WHEN new.narrative IS NOT NULL AND new.published_at IS NOT NULL
     AND (old.narrative IS NOT new.narrative OR old.status IS NOT new.status
          OR old.published_at IS NULL OR date(old.published_at) IS NOT date(new.published_at)) BEGIN
        INSERT INTO item_daily_counts(day, narrative, status, n)
        VALUES (date(new.published_at), new.narrative, new.status, 1)
        ON CONFLICT(day, narrative, status) DO UPDATE SET n = n + 1;
    END""",
    """INSERT INTO item_daily_counts(day, narrative, status, n)
    SELECT date(published_at), narrative, status, count(*) FROM items
    WHERE narrative IS NOT NULL AND published_at IS NOT NULL GROUP BY 1, 2, 3""",
]

# Statement-level triggers with transition tables: a bulk insert (COPY, executemany) costs one
# aggregate upsert, not one per row, and the upsert runs in key order so two writers touching
# the same counters take their row locks in the same order (no deadlock between them).
_PG_DELTA = """
    INSERT INTO item_daily_counts AS c (day, narrative, status, n)
    SELECT day, narrative, status, sum(d) FROM ({rows}) AS delta
    GROUP BY day, narrative, status HAVING sum(d) <> 0
    ORDER BY day, narrative, status
    ON CONFLICT (day, narrative, status) DO UPDATE SET n = c.n + EXCLUDED.n;
"""
_PG_SIDE = ("SELECT (published_at AT TIME ZONE 'UTC')::date AS day, narrative, status, {sign} AS d "
            "FROM {table} WHERE narrative IS NOT NULL AND published_at IS NOT NULL")
_PG_COUNTS = [
    f"""CREATE FUNCTION items_daily_counts_ins() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN {_PG_DELTA.format(rows=_PG_SIDE.format(sign=1, table='new_rows'))} RETURN NULL; END $$""",
    f"""CREATE FUNCTION items_daily_counts_del() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN {_PG_DELTA.format(rows=_PG_SIDE.format(sign=-1, table='old_rows'))} RETURN NULL; END $$""",
    f"""CREATE FUNCTION items_daily_counts_upd() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN {_PG_DELTA.format(rows=_PG_SIDE.format(sign=1, table='new_rows') + ' UNION ALL '
                            + _PG_SIDE.format(sign=-1, table='old_rows'))} RETURN NULL; END $$""",
    """CREATE TRIGGER items_daily_counts_ins AFTER INSERT ON items REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION items_daily_counts_ins()""",
    """CREATE TRIGGER items_daily_counts_del AFTER DELETE ON items REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION items_daily_counts_del()""",
    """CREATE TRIGGER items_daily_counts_upd AFTER UPDATE ON items
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION items_daily_counts_upd()""",
    """INSERT INTO item_daily_counts(day, narrative, status, n)
    SELECT (published_at AT TIME ZONE 'UTC')::date, narrative, status, count(*) FROM items
    WHERE narrative IS NOT NULL AND published_at IS NOT NULL GROUP BY 1, 2, 3""",
]
# A stored column, not an expression index: when a common word matches many rows the bitmap
# turns lossy and PostgreSQL rechecks every row; recomputing to_tsvector there took a count over
# 1M items from 0.1 s to 16 s (bench/README.md). Generated columns need PostgreSQL 12+.
_PG_FTS = [
    "ALTER TABLE items ADD COLUMN search_tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED",
    "CREATE INDEX ix_items_search_tsv ON items USING gin (search_tsv)",
]


def upgrade() -> None:
    op.create_table(
        'item_daily_counts',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('narrative', sa.String(length=64), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('n', sa.Integer(), server_default='0', nullable=False),
        sa.PrimaryKeyConstraint('day', 'narrative', 'status', name=op.f('pk_item_daily_counts')),
    )
    # Not in batch mode: a SQLite table rebuild would drop the triggers below.
    op.create_index('ix_items_queue', 'items', ['status', 'narrative', 'score', 'published_at'], unique=False)
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        statements = _SQLITE_FTS + _SQLITE_COUNTS
    elif dialect == 'postgresql':
        statements = _PG_FTS + _PG_COUNTS
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise RuntimeError(f"unsupported database {dialect}")
    for sql in statements:
        op.execute(sql)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        for trigger in ('items_fts_ai', 'items_fts_ad', 'items_fts_au', 'items_daily_ai', 'items_daily_ad',
                        'items_daily_au_old', 'items_daily_au_new'):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS items_fts")
    else:
        for op_name in ('ins', 'del', 'upd'):
            op.execute(f"DROP TRIGGER IF EXISTS items_daily_counts_{op_name} ON items")
            op.execute(f"DROP FUNCTION IF EXISTS items_daily_counts_{op_name}()")
        op.execute("DROP INDEX IF EXISTS ix_items_search_tsv")
        op.execute("ALTER TABLE items DROP COLUMN IF EXISTS search_tsv")
    op.drop_index('ix_items_queue', table_name='items')
    op.drop_table('item_daily_counts')
