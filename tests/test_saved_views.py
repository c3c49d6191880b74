import datetime as dt

from monitor.saved_views import filters_to_widgets, widgets_to_filters
from monitor.storage.filters import ItemFilters

SOURCES = {1: "Báo A", 2: "Nhóm B"}


def test_round_trip_through_item_filters():
    state = {"queue_f_search": " bau cu ", "queue_f_status": ["flagged", "confirmed"], "queue_f_narr": ["fraud_claim"],
             "queue_f_src": [2], "queue_f_kind": [], "queue_f_lang": ["vi"], "queue_f_from": dt.date(2021, 5, 1),
             "queue_f_to": dt.date(2021, 5, 31), "queue_f_min": 0.6}
    stored = widgets_to_filters(state, SOURCES)
    assert stored == {"q": "bau cu", "statuses": ["flagged", "confirmed"], "narratives": ["fraud_claim"],
                      "sources": ["Nhóm B"], "langs": ["vi"], "since": "2021-05-01", "until": "2021-06-01",
                      "min_score": 0.6}
    ItemFilters.from_dict(stored)  # what the API, exports and view alerts read
    back = filters_to_widgets(stored, {v: k for k, v in SOURCES.items()})
    assert back == state | {"queue_f_search": "bau cu"}


def test_unknown_sources_and_empty_filters():
    assert widgets_to_filters({"queue_f_src": [9], "queue_f_min": 0.0}, SOURCES) == {"statuses": ["flagged"]}
    state = filters_to_widgets({"sources": ["gone"], "narratives": []}, {})
    assert state["queue_f_src"] == [] and state["queue_f_status"] == ["flagged"]
