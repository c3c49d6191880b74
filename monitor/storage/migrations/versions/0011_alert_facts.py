"""Alerts keep the facts their detail is written from (the threshold, the number of sources, the
saved view's name, the emerging story's label…), so that each reader sees the detail in their own
language and time zone. Alerts stored before keep only their English `why` line.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("alerts", sa.Column("facts", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.drop_column("facts")
