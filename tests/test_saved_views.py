import datetime as dt

from monitor.interfaces.review_queue import FILTER_KEY, filter_widgets, queue_filters
from monitor.outputs.saved_views import filters_to_trends, trends_to_filters
from monitor.storage.filters import ItemFilters

ICT = dt.timezone(dt.timedelta(hours=7), "ICT")
SOURCES = ["Báo A", "Nhóm B"]


def _widgets(**values):
    return {FILTER_KEY.format(name): value for name, value in values.items()}


def test_queue_widgets_make_one_item_filters_and_back():
    """The page's widgets are named after the ItemFilters fields; the filters it lists with are the
    ones a view stores and an export reads, with the officer's days in the local time zone."""
    state = _widgets(
        q=" bau cu ",
        q_exact=True,
        statuses=["flagged", "confirmed"],
        narratives=["fraud_claim"],
        sources=["Nhóm B"],
        kinds=[],
        langs=["vi"],
        since=dt.date(2021, 5, 1),
        until=dt.date(2021, 5, 31),
        min_score=0.6,
    )
    f = queue_filters(state, ICT)
    assert f.to_dict() == {
        "q": "bau cu",
        "q_exact": True,
        "statuses": ["flagged", "confirmed"],
        "narratives": ["fraud_claim"],
        "sources": ["Nhóm B"],
        "langs": ["vi"],
        "since": "2021-05-01T00:00:00+07:00",
        "until": "2021-06-01T00:00:00+07:00",
        "min_score": 0.6,
    }
    assert f.window() == (dt.datetime(2021, 4, 30, 17, tzinfo=dt.UTC), dt.datetime(2021, 5, 31, 17, tzinfo=dt.UTC))
    assert ItemFilters.from_dict(f.to_dict()) == f  # what the API, exports and view alerts read
    assert filter_widgets(f.to_dict(), SOURCES, ICT) == state | _widgets(q="bau cu")


def test_queue_widgets_unknown_sources_and_empty_filters():
    assert queue_filters(_widgets(min_score=0.0, q="  "), ICT) == ItemFilters(statuses=["flagged"])
    state = filter_widgets({"sources": ["gone"], "narratives": []}, [], ICT)
    assert state[FILTER_KEY.format("sources")] == [] and state[FILTER_KEY.format("statuses")] == ["flagged"]
    assert state[FILTER_KEY.format("since")] is None and state[FILTER_KEY.format("min_score")] == 0.0


def test_queue_views_saved_with_plain_days_open_on_the_same_days():
    """Views saved before the widgets carried the time zone hold plain ISO days."""
    state = filter_widgets({"since": "2021-05-01", "until": "2021-06-01"}, SOURCES, ICT)
    assert state[FILTER_KEY.format("since")] == dt.date(2021, 5, 1)
    assert state[FILTER_KEY.format("until")] == dt.date(2021, 5, 31)
    now = dt.datetime(2021, 6, 10, 20, tzinfo=dt.UTC)  # already 11 June in Hanoi
    ages = filter_widgets({"since": "7d"}, SOURCES, ICT, now=now)
    assert ages[FILTER_KEY.format("since")] == dt.date(2021, 6, 4)


KEYS = ["wrong_date", "fraud_claim", "fake_penalty"]
FIRST, LATEST = dt.date(2021, 4, 1), dt.date(2021, 5, 31)


def test_trends_range_up_to_the_latest_day_is_saved_as_an_age():
    stored = trends_to_filters(dt.date(2021, 5, 2), LATEST, LATEST, "week", ["fraud_claim"], KEYS)
    assert stored == {
        "statuses": ["flagged", "confirmed"],
        "display": {"granularity": "week"},
        "narratives": ["fraud_claim"],
        "since": "30d",
    }
    ItemFilters.from_dict(stored, strict=False)  # what view alerts read
    assert filters_to_trends(stored, FIRST, LATEST, KEYS) == {
        "trends_range": (dt.date(2021, 5, 2), LATEST),
        "trends_gran": "week",
        "trends_narr": ["fraud_claim"],
    }


def test_trends_fixed_range_and_all_narratives():
    stored = trends_to_filters(dt.date(2021, 4, 10), dt.date(2021, 4, 20), LATEST, "day", list(KEYS), KEYS)
    assert stored == {
        "statuses": ["flagged", "confirmed"],
        "display": {"granularity": "day"},
        "since": "2021-04-10",
        "until": "2021-04-21",
    }
    assert filters_to_trends(stored, FIRST, LATEST, KEYS) == {
        "trends_range": (dt.date(2021, 4, 10), dt.date(2021, 4, 20)),
        "trends_gran": "day",
        "trends_narr": KEYS,
    }


def test_trends_views_from_elsewhere_are_clamped():
    """Views written by the API or the queue: hours and weeks, ranges outside the data, unknown keys."""
    assert filters_to_trends({"since": "48h"}, FIRST, LATEST, KEYS)["trends_range"] == (dt.date(2021, 5, 30), LATEST)
    assert filters_to_trends({"since": "2w"}, FIRST, LATEST, KEYS)["trends_range"] == (dt.date(2021, 5, 18), LATEST)
    assert filters_to_trends({"since": "9999d"}, FIRST, LATEST, KEYS)["trends_range"] == (FIRST, LATEST)
    far = filters_to_trends(
        {"since": "2030-01-01", "narratives": ["gone"], "display": {"granularity": "year"}}, FIRST, LATEST, KEYS
    )
    assert far == {"trends_range": (LATEST, LATEST), "trends_gran": "day", "trends_narr": KEYS}
    assert filters_to_trends({}, FIRST, LATEST, KEYS)["trends_range"] == (dt.date(2021, 4, 2), LATEST)
