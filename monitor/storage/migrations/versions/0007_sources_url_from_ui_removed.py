"""sources.url_from_ui (a URL set from the dashboard is address-checked whatever the feed's
origin) and sources.removed_at (a feed gone from feeds.yaml is kept for history, not fetched).

Revision ID: 0007
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Not in batch mode on SQLite: a table rebuild would drop the triggers migration 0003 made.
    op.add_column("sources", sa.Column("url_from_ui", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column("sources", sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch_op:
        batch_op.drop_column("removed_at")
        batch_op.drop_column("url_from_ui")
