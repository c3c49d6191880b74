"""The staged flag decision: each item's election-relevance decision, and per classification the
relevance score and reason, the decision band (flag / look / clear / off_topic), the combined
flag score and the evidence kinds that carried a flag.

Revision ID: 0008
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN on both engines (no table rebuild: the items table carries search triggers).
    op.add_column("items", sa.Column("relevant", sa.Boolean(), nullable=True))
    op.add_column("classifications", sa.Column("relevant", sa.Boolean(), nullable=True))
    op.add_column("classifications", sa.Column("relevance", sa.Float(), nullable=True))
    op.add_column("classifications", sa.Column("relevance_reason", sa.String(length=32), nullable=True))
    op.add_column("classifications", sa.Column("band", sa.String(length=16), nullable=True))
    op.add_column("classifications", sa.Column("flag_score", sa.Float(), nullable=True))
    op.add_column("classifications", sa.Column("evidence_kinds", sa.JSON(), nullable=True))


def downgrade() -> None:
    for name in ("evidence_kinds", "flag_score", "band", "relevance_reason", "relevance", "relevant"):
        op.drop_column("classifications", name)
    op.drop_column("items", "relevant")
