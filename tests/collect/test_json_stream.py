"""The streaming reader gives what json.loads gives, whatever the chunk boundaries."""

from __future__ import annotations

import io
import json

import pytest

from monitor.ingest import json_stream
from monitor.ingest.json_stream import ARRAY_START, JSONStreamError, top_level_members

DOCS = [
    {"name": "Kênh", "id": 123456789, "messages": [{"id": 1, "text": "Bầu cử"}, 2.5e-3, -17, None, True, "x"]},
    {"messages": []},
    {"a": [1, {"b": "c"}], "messages": [[1, 2], {"t": '\\u0110 " \\\\'}], "z": 1234567890123},
    {},
]


def _collect(text: str, cap: int = 10_000):
    header, items = {}, []
    for key, value in top_level_members(io.StringIO(text), "messages", cap):
        if key == "messages" and value is not ARRAY_START:
            items.append(value)
        elif key == "messages":
            header["messages"] = []
        else:
            header[key] = value
    return header, items


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64, 1 << 16])
@pytest.mark.parametrize("doc", DOCS, ids=range(len(DOCS)))
def test_same_values_as_json_loads(monkeypatch, doc, chunk):
    monkeypatch.setattr(json_stream, "CHUNK", chunk)
    for text in (json.dumps(doc, ensure_ascii=False), json.dumps(doc, indent=2)):
        header, items = _collect(text)
        assert items == doc.get("messages", [])
        assert {k: v for k, v in header.items() if k != "messages"} == {k: v for k, v in doc.items() if k != "messages"}


@pytest.mark.parametrize(
    "text,message,line",
    [
        ('{"messages": [1, 2', "expected ',' or ']', found the end of the file", 1),
        ('{"a": 1,\n\n "b": tru}', "Expecting value", 3),
        ('{"a": 1} extra', "extra data after the document", 1),
        ('{"a": "' + "x" * 200 + '"}', "a value longer than 100 characters", 1),
        ('{"messages": [' + "[" * 5000 + "]" * 5000 + "]}", "nested too deeply", 1),
        ("{1: 2}", "expected a member name", 1),
    ],
)
def test_errors_name_the_line(monkeypatch, text, message, line):
    monkeypatch.setattr(json_stream, "CHUNK", 5)
    with pytest.raises(JSONStreamError, match=message) as info:
        _collect(text, cap=100 if "longer" in message else 100_000)
    assert info.value.line == line
