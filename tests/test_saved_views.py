import datetime as dt

from monitor.outputs.saved_views import filters_to_trends, filters_to_widgets, trends_to_filters, widgets_to_filters
from monitor.storage.filters import ItemFilters

SOURCES = {1: "Báo A", 2: "Nhóm B"}


def test_round_trip_through_item_filters():
    state = {"queue_f_search": " bau cu ", "queue_f_exact": True, "queue_f_status": ["flagged", "confirmed"], "queue_f_narr": ["fraud_claim"],
             "queue_f_src": [2], "queue_f_kind": [], "queue_f_lang": ["vi"], "queue_f_from": dt.date(2021, 5, 1),
             "queue_f_to": dt.date(2021, 5, 31), "queue_f_min": 0.6}
    stored = widgets_to_filters(state, SOURCES)
    assert stored == {"q": "bau cu", "q_exact": True, "statuses": ["flagged", "confirmed"], "narratives": ["fraud_claim"],
                      "sources": ["Nhóm B"], "langs": ["vi"], "since": "2021-05-01", "until": "2021-06-01",
                      "min_score": 0.6}
    ItemFilters.from_dict(stored)  # what the API, exports and view alerts read
    back = filters_to_widgets(stored, {v: k for k, v in SOURCES.items()})
    assert back == state | {"queue_f_search": "bau cu"}


def test_unknown_sources_and_empty_filters():
    assert widgets_to_filters({"queue_f_src": [9], "queue_f_min": 0.0}, SOURCES) == {"statuses": ["flagged"]}
    state = filters_to_widgets({"sources": ["gone"], "narratives": []}, {})
    assert state["queue_f_src"] == [] and state["queue_f_status"] == ["flagged"]


KEYS = ["wrong_date", "fraud_claim", "fake_penalty"]
FIRST, LATEST = dt.date(2021, 4, 1), dt.date(2021, 5, 31)


def test_trends_range_up_to_the_latest_day_is_saved_as_an_age():
    stored = trends_to_filters(dt.date(2021, 5, 2), LATEST, LATEST, "week", ["fraud_claim"], KEYS)
    assert stored == {"statuses": ["flagged", "confirmed"], "display": {"granularity": "week"},
                      "narratives": ["fraud_claim"], "since": "30d"}
    ItemFilters.from_dict(stored, strict=False)  # what view alerts read
    assert filters_to_trends(stored, FIRST, LATEST, KEYS) == {
        "trends_range": (dt.date(2021, 5, 2), LATEST), "trends_gran": "week", "trends_narr": ["fraud_claim"]}


def test_trends_fixed_range_and_all_narratives():
    stored = trends_to_filters(dt.date(2021, 4, 10), dt.date(2021, 4, 20), LATEST, "day", list(KEYS), KEYS)
    assert stored == {"statuses": ["flagged", "confirmed"], "display": {"granularity": "day"},
                      "since": "2021-04-10", "until": "2021-04-21"}
    assert filters_to_trends(stored, FIRST, LATEST, KEYS) == {
        "trends_range": (dt.date(2021, 4, 10), dt.date(2021, 4, 20)), "trends_gran": "day", "trends_narr": KEYS}


def test_trends_views_from_elsewhere_are_clamped():
    """Views written by the API or the queue: hours and weeks, ranges outside the data, unknown keys."""
    assert filters_to_trends({"since": "48h"}, FIRST, LATEST, KEYS)["trends_range"] == (dt.date(2021, 5, 30), LATEST)
    assert filters_to_trends({"since": "2w"}, FIRST, LATEST, KEYS)["trends_range"] == (dt.date(2021, 5, 18), LATEST)
    assert filters_to_trends({"since": "9999d"}, FIRST, LATEST, KEYS)["trends_range"] == (FIRST, LATEST)
    far = filters_to_trends({"since": "2030-01-01", "narratives": ["gone"], "display": {"granularity": "year"}},
                            FIRST, LATEST, KEYS)
    assert far == {"trends_range": (LATEST, LATEST), "trends_gran": "day", "trends_narr": KEYS}
    assert filters_to_trends({}, FIRST, LATEST, KEYS)["trends_range"] == (dt.date(2021, 4, 2), LATEST)
