"""The names a command acts for or filters on must exist: an audit entry, a saved view or an
export must not be made in the name of nobody, nor filter on a typo and quietly match nothing."""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner

from monitor.analysis.taxonomy import load_taxonomy
from monitor.config import PROJECT_ROOT
from monitor.interfaces.cli import main
from monitor.outputs.alerts import Alert
from monitor.storage import Store
from tests.api.conftest import seed


def run(db: str, *args: str):
    return CliRunner().invoke(main, ["--db", db, *args])


def make_store(tmp_path) -> tuple[Store, str]:
    db = f"sqlite:///{tmp_path / 'm.db'}"
    store = Store(db)
    store.migrate()
    store.sync_narratives([n.model_dump() for n in load_taxonomy(PROJECT_ROOT / "data" / "narratives.yaml").narratives])
    seed(store)
    for name, role in (("hoa", "manager"), ("lan", "officer"), ("cu", "manager")):
        assert run(db, "users", "add", name, "--role", role, "--password", "mat-khau-dai-du").exit_code == 0
    assert run(db, "users", "disable", "cu").exit_code == 0
    return store, db


def open_alert(store: Store) -> int:
    now = dt.datetime(2021, 5, 20, 8, tzinfo=dt.UTC)
    return store.save_alert(
        Alert(
            kind="spike",
            narrative="fraud_claim",
            cluster_key=None,
            window="hour",
            window_start=now,
            count=9,
            baseline=1.0,
            why="9 items in an hour",
            created_at=now,
        )
    )


def test_alert_ack_names_an_active_manager_or_admin(tmp_path):
    store, db = make_store(tmp_path)
    alert_id = open_alert(store)
    for who, says in (
        ("ghost", "no user named 'ghost'"),
        ("cu", "the account is disabled"),
        ("lan", "a officer may not do this (needs manager or admin)"),
    ):
        res = run(db, "alerts", "ack", str(alert_id), "--user", who)
        assert res.exit_code == 2 and says in res.output, res.output
        assert len(res.output.strip().splitlines()) == 1
    assert store.get_alert(alert_id)["acknowledged_by"] is None
    assert store.audit_entries(action_prefix="alert.ack") == []

    res = run(db, "alerts", "ack", str(alert_id), "--user", " hoa ")
    assert res.exit_code == 0 and "acknowledged by hoa" in res.output
    assert store.get_alert(alert_id)["acknowledged_by"] == "hoa"


def test_views_are_owned_and_deleted_by_real_accounts(tmp_path):
    store, db = make_store(tmp_path)
    res = run(db, "views", "add", "Gian lận", "--user", "nobody", "--narrative", "fraud_claim")
    assert res.exit_code == 2 and "no user named 'nobody'" in res.output
    assert store.list_views(None, None) == []
    assert run(db, "views", "add", "Gian lận", "--user", "lan", "--narrative", "fraud_claim").exit_code == 0
    res = run(db, "views", "delete", "lan/Gian lận", "--user", "ghost")
    assert res.exit_code == 2 and "no user named 'ghost'" in res.output
    assert len(store.list_views(None, None)) == 1


def test_filters_on_unknown_narratives_or_sources_are_refused(tmp_path):
    store, db = make_store(tmp_path)
    out = tmp_path / "x.csv"
    res = run(db, "export", "--narrative", "fraud_clam", "--out", str(out))
    assert res.exit_code == 2 and "--narrative 'fraud_clam': no such narrative" in res.output
    assert "fraud_claim" in res.output  # the known keys are listed
    res = run(db, "export", "--source", "Bao Demo", "--out", str(out))
    assert res.exit_code == 2 and "--source 'Bao Demo': no such source" in res.output
    assert not out.exists()
    res = run(db, "views", "add", "V", "--user", "lan", "--narrative", "nosuch")
    assert res.exit_code == 2 and "no such narrative" in res.output
    res = run(db, "export", "--user", "ghost", "--out", str(out))
    assert res.exit_code == 2 and "no user named 'ghost'" in res.output

    # known names still work, `none` included, and so does the default export owner
    res = run(
        db, "export", "--narrative", "fraud_claim", "--narrative", "none", "--source", "Báo Demo", "--out", str(out)
    )
    assert res.exit_code == 0 and "wrote" in res.output, res.output


def test_an_output_file_of_another_kind_is_refused_before_anything_is_written(tmp_path):
    store, db = make_store(tmp_path)
    res = run(db, "export", "--out", str(tmp_path / "e.pdf"))
    assert res.exit_code == 2 and "cannot write .pdf" in res.output and not (tmp_path / "e.pdf").exists()
    assert run(db, "export", "--out", str(tmp_path / "e.pdf"), "--format", "csv").exit_code == 0  # asked for
    res = run(db, "digest", "--out", str(tmp_path / "d.txt"))
    assert res.exit_code == 2 and "name a .pdf file" in res.output
    assert not (tmp_path / "d.pdf").exists() and not (tmp_path / "d.html").exists()
