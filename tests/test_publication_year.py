"""The year of publication the decision reads is the office's calendar year, not UTC's: an item
published at 00:30 on 1 January in Hanoi was published in the new year there (UTC still says
31 December). In a later year than the election's, a text that does not name the election's year
speaks of a later election, so its figures are not checked against this one's."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.ingest import pipeline
from monitor.models import Item, Source
from tests.deployment_support import deployment, small_trained

HANOI = dt.timezone(dt.timedelta(hours=7))
TEXT = "Tỷ lệ cử tri đi bầu cả nước chỉ đạt 45%, thấp kỷ lục"


@pytest.fixture(scope="module")
def trained():
    return small_trained()


def _turnout_findings(cfg, store, published: dt.datetime) -> list[str]:
    from monitor.analysis.classify import classify_texts

    source = store.upsert_source(Source(name="s", url=f"https://baotinh.example/{published.timestamp()}/rss"))
    now = dt.datetime(2022, 1, 2, tzinfo=dt.UTC)
    key = str(published.timestamp())
    item = Item(source, "Kết quả", TEXT, None, None, None, "vi", published.astimezone(dt.UTC), now, key, key)
    store.save_items([item])
    model = pipeline._active_model(cfg, [])
    decider = pipeline.make_decider(cfg, store, model)
    batch = store.items_to_classify(model.version, 100, with_kind=True)[-1:]
    assert batch[0][4] == published
    (c,) = classify_texts(model, decider, None, batch, tz=cfg.tz)
    return [f.fact for f in c.findings if f.fact == "turnout_percent"]


def test_the_office_calendar_year_decides(tmp_path, store, trained):
    cfg, _reg, _data = deployment(tmp_path, *trained)
    cfg.settings.time_zone = "Asia/Ho_Chi_Minh"
    # 31 December, 23:30 in Hanoi: the election's year, the figure is checked
    assert _turnout_findings(cfg, store, dt.datetime(2021, 12, 31, 23, 30, tzinfo=HANOI)) == ["turnout_percent"]
    # 1 January, 00:30 in Hanoi (17:30 on 31 December in UTC): a later year there
    assert _turnout_findings(cfg, store, dt.datetime(2022, 1, 1, 0, 30, tzinfo=HANOI)) == []


def test_a_pass_reads_the_year_in_the_office_time_zone(tmp_path, store, trained):
    import sqlalchemy as sa

    from monitor.storage.schema import classifications

    cfg, _reg, _data = deployment(tmp_path, *trained)
    cfg.settings.time_zone = "Asia/Ho_Chi_Minh"
    source = store.upsert_source(Source(name="s", url="https://baotinh.example/rss"))
    now = dt.datetime(2022, 1, 2, tzinfo=dt.UTC)
    published = dt.datetime(2022, 1, 1, 0, 30, tzinfo=HANOI).astimezone(dt.UTC)
    store.save_items([Item(source, "Kết quả", TEXT, None, None, None, "vi", published, now, "h", "k")])
    assert pipeline.classify_new(cfg, store) == 1
    with store.read() as conn:
        (findings,) = conn.execute(sa.select(classifications.c.findings)).one()
    assert not [f for f in findings or [] if f["fact"] == "turnout_percent"]


def test_predict_reads_a_dates_year_as_written():
    # "2022-01-01" is midnight in the office's zone, 17:00 on 31 December in UTC: still 2022
    from monitor.interfaces.commands.ml import _year_of

    assert _year_of("f.csv", 2, "published", "2022-01-01") == 2022
    assert _year_of("f.csv", 2, "published", "2022-01-01T00:30:00+07:00") == 2022
    assert _year_of("f.csv", 2, "published", "2021-12-31T23:30:00+07:00") == 2021
    assert _year_of("f.csv", 2, "published", "2022-01-01T00:30:00+07:00", dt.UTC) == 2021  # an office on UTC
