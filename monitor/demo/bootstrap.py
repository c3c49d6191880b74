"""First run: schema, taxonomy, approved messages, feeds, and the bundled offline demo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from monitor.analysis.taxonomy import load_messages, load_taxonomy
from monitor.auth import DEMO_USERS, hash_password
from monitor.config import Config, shipped_file
from monitor.demo.demo_data import DEMO_SOCIAL
from monitor.ingest.imports import import_file
from monitor.ingest.pipeline import classify_new
from monitor.ingest.schedule import collect_once

Progress = Callable[[float, str], None]


def _noop(_fraction: float, _label: str) -> None:
    pass


def prepare(config: Config, store) -> str:
    """Migrate, then load the taxonomy, new approved messages and the configured feeds (idempotent)."""
    store.migrate()
    data = config.data_dir
    taxonomy = load_taxonomy(shipped_file(data, "narratives.yaml"))
    store.sync_narratives([n.model_dump() for n in taxonomy.narratives])
    messages = load_messages(shipped_file(data, "approved_messages.yaml"), taxonomy)
    added = store.seed_approved_messages([m.model_dump() for m in messages])
    store.sync_sources(config.sources())
    return f"{len(taxonomy.narratives)} narratives, {added} new approved messages, {len(config.feeds)} feeds"


def demo_sources(config: Config) -> list:
    """Configured feeds that read bundled files (file: URLs), i.e. the offline demo."""
    return [s for s in config.sources() if s.url.startswith("file://")]


def ensure_demo_users(store) -> list[str]:
    """Create the demo accounts listed in the README (demo mode only)."""
    made = []
    for name, (password, role) in DEMO_USERS.items():
        if store.get_user(name) is None:
            store.add_user(name, hash_password(password), role, by="demo")
            made.append(name)
    return made


def is_demo_database(store) -> bool:
    return any(e["action"] == "demo.load" for e in store.audit_entries(limit=5, action_prefix="demo."))


def load_demo(config: Config, store, progress: Progress | None = None, force: bool = False) -> str:
    """Collect the bundled demo feeds, import the demo posts, train a first model if none, classify."""
    progress = progress or _noop
    progress(0.02, "schema")
    prepare(config, store)
    if store.has_items() and not force:
        return "the database already holds items; demo not loaded (use --force to add it anyway)"
    sources = demo_sources(config)
    progress(0.1, "feeds")
    summary = collect_once(config, store, sources=sources, now=dt.datetime.now(dt.UTC), classify=False)
    progress(0.4, "posts")
    social = shipped_file(config.data_dir, f"demo/{DEMO_SOCIAL['file']}")
    report = import_file(store, social, DEMO_SOCIAL["name"], kind=DEMO_SOCIAL["kind"], lang=DEMO_SOCIAL["lang"])
    progress(0.5, "model")

    def classify_progress(fraction: float, label: str) -> None:
        progress(0.5 + 0.48 * fraction, label)

    classified = classify_new(config, store, progress=classify_progress)
    users = ensure_demo_users(store)
    store.audit("demo", "demo.load", "database", {"items": store.count_items(), "users": users})
    progress(1.0, "done")
    return f"demo loaded: {summary}; posts: {report}; {classified} items classified; demo users: {', '.join(users) or 'existing'}"
