"""Alembic environment: migrations run on the connection that monitor.storage hands over."""

from alembic import context

from monitor.storage.schema import managed_by_raw_sql, metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("run migrations through `python -m monitor init`, which passes the connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_object=lambda obj, name, type_, reflected, compare_to: not managed_by_raw_sql(name),
)
with context.begin_transaction():
    context.run_migrations()
