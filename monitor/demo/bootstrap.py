"""First run: schema, taxonomy, approved messages, feeds, and the bundled offline demo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from monitor.analysis.taxonomy import load_messages, load_taxonomy, merge_stored
from monitor.auth import DEMO_USERS, hash_password
from monitor.config import Config, shipped_file
from monitor.demo.demo_data import DEMO_SOCIAL
from monitor.ingest.imports import import_file
from monitor.ingest.pipeline import classify_new, data_file
from monitor.ingest.schedule import collect_once

Progress = Callable[[float, str], None]


def _noop(_fraction: float, _label: str) -> None:
    pass


def prepare(config: Config, store) -> str:
    """Migrate, then load the taxonomy, new approved messages and the configured feeds (idempotent)."""
    store.migrate()
    taxonomy = load_taxonomy(data_file(config, "narratives.yaml"))
    store.sync_narratives([n.model_dump() for n in taxonomy.narratives])
    # the taxonomy in use: the file's narratives and those named in the dashboard
    taxonomy = merge_stored(taxonomy, store.list_narratives())
    messages = load_messages(data_file(config, "approved_messages.yaml"), taxonomy)
    added = store.seed_approved_messages([m.model_dump() for m in messages])
    store.sync_sources(config.sources())
    return f"{len(taxonomy.narratives)} narratives, {added} new approved messages, {len(config.feeds)} feeds"


def demo_sources(config: Config) -> list:
    """Configured feeds that read bundled files (file: URLs), i.e. the offline demo."""
    return [s for s in config.sources() if s.url.startswith("file://")]


def ensure_demo_users(store) -> list[str]:
    """Create the demo accounts listed in the README (demo mode only), marked as demo accounts:
    they cannot sign in once demo mode is off until an administrator sets new passwords."""
    made = []
    for name, (password, role) in DEMO_USERS.items():
        if store.get_user(name) is None:
            store.add_user(name, hash_password(password, allow_published=True), role, by="demo", demo=True)
            made.append(name)
    return made


def demo_accounts_notice(store, demo_mode: bool) -> str | None:
    """What an administrator is told at start-up while demo accounts keep their published passwords."""
    names = store.demo_accounts()
    if not names:
        return None
    state = (
        "anyone who read the README can sign in with them (demo mode is on)"
        if demo_mode
        else "they cannot sign in while demo mode is off"
    )
    return (
        f"demo accounts with published passwords: {', '.join(names)}; {state}. "
        f"Set new passwords with `python -m monitor users reset NAME` (or disable them)."
    )


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
