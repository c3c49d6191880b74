"""sources.config_enabled: what feeds.yaml last said, so a feed switched off in the dashboard
stays off until feeds.yaml itself changes.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Not in batch mode on SQLite: a table rebuild would drop the triggers migration 0003 made.
    op.add_column("sources", sa.Column("config_enabled", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch_op:
        batch_op.drop_column("config_enabled")
