"""normalize.py relies on three private functions of other libraries, each because the public
twin does something else (noted at the call). Their versions are pinned in requirements.txt; these
tests say exactly what we rely on, so an upgrade that changes it fails here, not in a feed."""

from __future__ import annotations

import email.utils
import time
from email._parseaddr import _parsedate_tz

from feedparser.datetimes import _parse_date
from py3langid.langid import _load_identifier


def test_parsedate_tz_private_twin_tells_a_missing_zone_from_utc():
    assert _parsedate_tz("Sun, 23 May 2021 07:00:00")[9] is None
    assert _parsedate_tz("Sun, 23 May 2021 07:00:00 +0700")[9] == 7 * 3600
    assert email.utils.parsedate_tz("Sun, 23 May 2021 07:00:00")[9] == 0  # why the public one will not do


def test_feedparser_parse_date_reads_what_our_parsers_leave():
    got = _parse_date("2021-05-23T07:00:00Z")
    assert isinstance(got, time.struct_time) and tuple(got[:5]) == (2021, 5, 23, 7, 0)
    assert _parse_date("not a date") is None


def test_py3langid_private_loader_gives_an_own_narrowed_identifier():
    ident = _load_identifier(langs=["vi", "en"])
    assert ident.classify("Cử tri đi bầu cử đại biểu Quốc hội vào ngày Chủ nhật")[0] == "vi"
    assert ident.classify("Voters go to the polls on Sunday to elect deputies")[0] == "en"
