"""Narratives named in the dashboard (from emerging clusters): a versioned table beside
data/narratives.yaml, and `narratives.origin` telling the two apart.

Revision ID: 0010
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("narratives") as batch:
        batch.add_column(sa.Column("origin", sa.String(20), nullable=False, server_default="file"))
    op.create_table(
        "narrative_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name_vi", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("definition_vi", sa.Text(), server_default="", nullable=False),
        sa.Column("definition_en", sa.Text(), server_default="", nullable=False),
        sa.Column("distortion", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_narrative_versions")),
        sa.UniqueConstraint("key", "version", name="uq_narrative_versions_key_version"),
    )


def downgrade() -> None:
    op.drop_table("narrative_versions")
    with op.batch_alter_table("narratives") as batch:
        batch.drop_column("origin")
