import json
import logging

from monitor.logs import mask, setup_logging


def test_json_lines_with_context(tmp_path):
    path = setup_logging(tmp_path, "t")
    logging.getLogger("monitor.ingest.collect").warning("feed failed", extra={"feed": "Báo A", "status": "temporary"})
    for h in logging.getLogger("monitor").handlers:
        h.flush()
    line = json.loads(path.read_text(encoding="utf-8").strip().splitlines()[-1])
    assert line["feed"] == "Báo A" and line["status"] == "temporary" and line["message"] == "feed failed"


def test_mask_never_shows_whole_secret():
    secret = "https://hooks.example/services/T000/B000/abcdefgh"
    shown = mask(secret)
    assert secret not in shown and shown.endswith("efgh")
    assert mask("short") == "…" and mask(None) == ""
