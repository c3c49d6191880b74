"""users.demo_password: the account still has the password the README publishes for the demo.

Existing demo accounts are found by checking their hash against the published passwords (a
database filled by an older demo loader has no other trace of them that cannot be faked).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Frozen copy of monitor.auth.DEMO_USERS as published when this migration was written.
_PUBLISHED = {"officer": "officer-demo", "manager": "manager-demo", "trainer": "trainer-demo", "admin": "admin-demo"}


def upgrade() -> None:
    # Not in batch mode on SQLite: a table rebuild is not needed to add a column.
    op.add_column("users", sa.Column("demo_password", sa.Boolean(), nullable=False, server_default=sa.false()))
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    hasher = PasswordHasher()
    users = sa.table("users", sa.column("username", sa.String), sa.column("password_hash", sa.Text),
                     sa.column("demo_password", sa.Boolean))
    bind = op.get_bind()
    rows = bind.execute(sa.select(users.c.username, users.c.password_hash)
                        .where(users.c.username.in_(list(_PUBLISHED)))).all()
    for name, password_hash in rows:
        try:
            hasher.verify(password_hash, _PUBLISHED[name])
        except (VerificationError, InvalidHashError):
            continue
        bind.execute(users.update().where(users.c.username == name).values(demo_password=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("demo_password")
