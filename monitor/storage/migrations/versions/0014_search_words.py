"""PostgreSQL's search index splits the text into the same words as the query and as SQLite's
index: ASCII punctuation becomes a space before `to_tsvector`. PostgreSQL's own parser kept
"30/5/2021" whole (as a file path), "covid-19" as "covid" and "-19", "5.000.000" as one number,
so a search for "30/5" (the most common false date) found nothing there while SQLite found every
item. SQLite is unchanged.

Revision ID: 0014
Revises: 0013
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# Every ASCII character that is not a letter or digit (NUL excepted: text cannot hold it).
# Letters of other scripts are kept, as SQLite's unicode61 tokenizer keeps them.
WORDS_ONLY = r"regexp_replace(search_text, '[\x01-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+', ' ', 'g')"


def _search_tsv(expression: str) -> None:
    op.execute("DROP INDEX IF EXISTS ix_items_search_tsv")
    op.execute("ALTER TABLE items DROP COLUMN IF EXISTS search_tsv")
    op.execute(
        "ALTER TABLE items ADD COLUMN search_tsv tsvector "
        f"GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, {expression})) STORED"
    )
    op.execute("CREATE INDEX ix_items_search_tsv ON items USING gin (search_tsv)")
    # The rewritten table has no statistics until autovacuum comes by: searches and queue counts
    # at 1M items took 0.3-2 s instead of 2-20 ms until then (bench/README.md, migration 0014).
    op.execute("ANALYZE items")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _search_tsv(WORDS_ONLY)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _search_tsv("search_text")
