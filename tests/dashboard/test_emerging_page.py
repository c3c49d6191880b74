"""The Emerging page through AppTest: clusters with chart, sources and typical items; "name it"
makes an audited narrative and labels the chosen items; "not a distortion" files them as none."""

from __future__ import annotations

import datetime as dt

from monitor.models import Role
from tests.dashboard.test_apptest import _store, button, make_app, no_exception, open_page
from tests.emerging.world import rumour

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


def _page(dash_env, role=Role.TRAINER):
    store = _store(dash_env)
    ids = rumour(store, now=NOW, n=5, sources=2)
    at = open_page(make_app(role), "emerging")
    no_exception(at)
    return store, ids, at


def test_page_shows_the_cluster_and_names_it(dash_env):
    store, ids, at = _page(dash_env)
    assert at.title[0].value == "Emerging narratives"
    assert at.expander and "mã QR" in at.expander[0].label and "5 items, 2 sources" in at.expander[0].label
    typical = [x.value for x in at.text if x.value.startswith("#")]  # typical items, as plain text
    assert typical and all(int(v.split(" · ")[0][1:]) in ids and "QR" in v for v in typical)
    picker = at.multiselect(key=next(w.key for w in at.multiselect if w.key.startswith("emerging_items_")))
    assert sorted(picker.value) == sorted(ids)
    picker.set_value(ids[:3])
    cid = picker.key.removeprefix("emerging_items_")
    at.text_input(key=f"emerging_key_{cid}").input("ballot_tracking")
    at.text_input(key=f"emerging_name_vi_{cid}").input("Phiếu bầu bị theo dõi")
    at.text_input(key=f"emerging_name_en_{cid}").input("Ballots are tracked")
    button(at, "Name it").click()
    at.run()
    no_exception(at)
    assert "Narrative ballot_tracking created and 3 items labelled" in at.success[0].value
    assert "ballot_tracking" in [n["key"] for n in store.list_narratives()]
    assert {store.item_detail(i)["narrative"] for i in ids[:3]} == {"ballot_tracking"}
    assert any(e["action"] == "emerging.name" and e["username"] == "tra" for e in store.audit_entries(limit=20))
    # the two items left over are still an (unlisted, too small) cluster; the Model page says retrain
    model = open_page(make_app(Role.TRAINER), "model")
    no_exception(model)
    assert any("Phiếu bầu bị theo dõi" in x.value or "Ballots are tracked" in x.value for x in model.info)


def test_bad_key_is_shown_not_raised(dash_env):
    store, _ids, at = _page(dash_env, Role.MANAGER)
    cid = next(w.key for w in at.multiselect if w.key.startswith("emerging_items_")).removeprefix("emerging_items_")
    at.text_input(key=f"emerging_key_{cid}").input("Bad Key!")
    at.text_input(key=f"emerging_name_vi_{cid}").input("x")
    at.text_input(key=f"emerging_name_en_{cid}").input("y")
    button(at, "Name it").click()
    at.run()
    no_exception(at)
    assert any("key" in e.value for e in at.error)
    assert not store.narrative_versions()


def test_not_a_distortion_files_items_as_none(dash_env):
    store, ids, at = _page(dash_env, Role.ADMIN)
    button(at, "Not a distortion").click()
    at.run()
    no_exception(at)
    assert "5 items filed as not a distortion" in at.success[0].value
    assert {store.item_detail(i)["status"] for i in ids} == {"dismissed"}
    assert not at.expander or "mã QR" not in at.expander[0].label
