"""A partial index on the official items' time: the approved-messaging bars of the Trends page,
time to response and the response-gap alerts read the official items (about 5% of all) of a
range, which through the time index alone meant reading every item of the range (0.3–0.6 s for
two years at 1M items). Only official items pay for it when collected.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_OFFICIAL = sa.text("kind = 'official'")


def upgrade() -> None:
    op.create_index(
        "ix_items_official_published",
        "items",
        ["published_at"],
        sqlite_where=_OFFICIAL,
        postgresql_where=_OFFICIAL,
    )


def downgrade() -> None:
    op.drop_index("ix_items_official_published", table_name="items")
