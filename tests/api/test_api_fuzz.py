"""Schemathesis over the OpenAPI document of a real server: generated requests (valid and not)
to every endpoint never get a 5xx, and every answer matches the documented schema."""

from __future__ import annotations

import os

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from monitor.interfaces.api import create_app
from monitor.storage import Store

from .conftest import add_role_tokens, live_server, seed

# Per operation (7 operations). MONITOR_FUZZ_EXAMPLES=500 for a deeper run; MONITOR_FUZZ_DATABASE_URL
# points the server at another (empty) database, e.g. PostgreSQL.
MAX_EXAMPLES = int(os.environ.get("MONITOR_FUZZ_EXAMPLES", "12"))


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory):
    store = Store(
        os.environ.get("MONITOR_FUZZ_DATABASE_URL") or f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'monitor.db'}"
    )
    store.migrate()
    seed(store)
    token = add_role_tokens(store)["admin"]
    with live_server(create_app(store, rate_per_minute=1_000_000, burst=1_000_000)) as url:
        yield url, token
    store.dispose()


# The document the server publishes, built from the app without a database (schemathesis' lazy
# fixture loader does not work with pytest 9); the test checks the served one is identical.
OPENAPI = create_app(Store("sqlite://")).openapi()
schema = schemathesis.openapi.from_dict(OPENAPI)


def test_the_server_publishes_this_document(fuzz_server):
    url, _token = fuzz_server
    assert httpx.get(f"{url}/openapi.json").json() == OPENAPI


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture],
)
def test_no_server_errors_and_answers_match_the_schema(case, fuzz_server):
    url, token = fuzz_server
    case.call_and_validate(
        base_url=url,
        headers={"Authorization": f"Bearer {token}"},
        checks=[not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance],
    )
