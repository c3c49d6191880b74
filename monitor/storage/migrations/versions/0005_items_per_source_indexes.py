"""Indexes on items by source and time: the Sources page's health (items in 24 h / 7 days, the
latest item per source) reads them instead of every item of every source (16 s → well under a
second at 1M items).

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_items_source_fetched", "items", ["source_id", "fetched_at"], unique=False)
    op.create_index("ix_items_source_published", "items", ["source_id", "published_at"], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and bind.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
        # An analyzed database: give the new indexes statistics too (an index without them
        # looks very selective to SQLite's planner).
        op.execute("ANALYZE ix_items_source_fetched")
        op.execute("ANALYZE ix_items_source_published")


def downgrade() -> None:
    op.drop_index("ix_items_source_published", table_name="items")
    op.drop_index("ix_items_source_fetched", table_name="items")
