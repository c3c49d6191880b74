"""The migrations build exactly the schema monitor/storage/schema.py declares (on both engines)."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from monitor.storage.schema import managed_by_raw_sql, metadata


def test_migrated_database_matches_declared_schema(store):
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_object": lambda obj, name, type_, reflected, compare_to: not managed_by_raw_sql(name),
            },
        )
        diff = compare_metadata(ctx, metadata)
    assert diff == []
