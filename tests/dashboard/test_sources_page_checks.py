"""The Sources page: a URL changed there on a feeds.yaml feed is address-checked from then on, and
a feed removed from feeds.yaml says so (kept for history, no fetch button)."""

from __future__ import annotations

from monitor.models import Role
from tests.dashboard.test_apptest import _store, button, make_app, no_exception, open_page


def test_editing_a_config_feeds_url_turns_the_address_check_on(dash_env):
    store = _store(dash_env)
    feed = store.get_source(name="Báo Tin Nhanh")
    assert feed.origin == "config" and not feed.url_set_in_ui
    at = open_page(make_app(Role.OFFICER), "sources")
    at.selectbox(key="sources_pick").set_value(feed.id)
    at.run()
    at.text_input[1].input("https://93.184.216.34/moved-rss")
    button(at, "Save feed").click()
    at.run()
    no_exception(at)
    edited = store.get_source(source_id=feed.id)
    assert edited.url == "https://93.184.216.34/moved-rss"
    assert edited.origin == "config" and edited.url_set_in_ui  # the collector now checks every hop


def test_a_feed_removed_from_feeds_yaml_is_shown_as_removed(dash_env):
    store = _store(dash_env)
    cfg = dash_env["config"]
    cfg.write_text(
        "\n".join(ln for ln in cfg.read_text(encoding="utf-8").splitlines() if "Báo Tin Nhanh" not in ln) + "\n",
        encoding="utf-8",
    )
    open_page(make_app(Role.ADMIN), "sources")  # the dashboard syncs feeds.yaml when it starts
    gone = store.get_source(name="Báo Tin Nhanh")
    assert gone.removed_at is not None
    for lang, status, note in (
        ("en", "removed from feeds.yaml", "no longer fetched"),
        ("vi", "đã bỏ khỏi feeds.yaml", "không còn được thu thập"),
    ):
        at = open_page(make_app(Role.ADMIN, lang=lang), "sources")
        no_exception(at)
        table = at.dataframe[0].value
        assert status in set(table.iloc[:, 3])  # the status column
        at.selectbox(key="sources_pick").set_value(gone.id)
        at.run()
        no_exception(at)
        assert any(note in w.value for w in at.warning), [w.value for w in at.warning]
        assert not [b for b in at.button if b.label in ("Fetch now", "Thu thập ngay")]
