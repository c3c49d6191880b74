"""Full-text search over items: the accent-folded word match the queue, the API, exports and
saved views share (SQLite FTS5, PostgreSQL tsvector; migration 0003)."""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles

from classifiers.text import strip_accents
from monitor.storage.schema import items

_WORD = re.compile(r"[^\W_]+")  # letters and digits: what FTS5 unicode61 and the PostgreSQL parser keep


class _FullTextMatch(sa.sql.expression.ColumnElement):
    """All `words` are in the item's accent-stripped text, through the engine's full-text index
    (migration 0003): FTS5 on SQLite, a GIN tsvector index on PostgreSQL; LIKE elsewhere."""

    type = sa.Boolean()
    inherit_cache = False  # holds the query words; compiling again is cheap

    def __init__(self, words: list[str], fallback: sa.ColumnElement[bool], probe: bool = False):
        self.words, self.fallback, self.probe = words, fallback, probe


@compiles(_FullTextMatch)
def _match_default(element: _FullTextMatch, compiler, **kw) -> str:
    return compiler.process(element.fallback, **kw)


@compiles(_FullTextMatch, "sqlite")
def _match_sqlite(element: _FullTextMatch, compiler, **kw) -> str:
    param = compiler.process(sa.bindparam(None, _fts_text(element.words), unique=True), **kw)
    item_id = compiler.process(items.c.id, **kw)
    if element.probe:
        # Common words: walk the query's own order and ask the index about each row it meets
        # (FTS5 seeks every word's list to that rowid). "bau cu" (75% of 1M items): ~10 ms for
        # a page instead of ~200 ms for listing 750k matches; for rare words this would walk
        # the whole table, hence the choice in `common_search`.
        return f"EXISTS (SELECT 1 FROM items_fts WHERE items_fts MATCH {param} AND items_fts.rowid = {item_id})"
    # The unary + keeps SQLite from driving the query from the matches (one primary-key lookup
    # per match, then a sort: 1.6 s for "bau cu"). Instead it walks the query's own order
    # (queue or date index) and probes the list of matches, built once: fast for rare words.
    return f"+{item_id} IN (SELECT rowid FROM items_fts WHERE items_fts MATCH {param})"


@compiles(_FullTextMatch, "postgresql")
def _match_postgresql(element: _FullTextMatch, compiler, **kw) -> str:
    # items.search_tsv: a stored to_tsvector('simple', search_text) column with a GIN index
    # (migration 0003; not in monitor/storage/schema.py because the database computes it).
    simple = sa.literal_column("'simple'::regconfig")
    tsv = sa.literal_column(f"{compiler.process(items.c.search_text, **kw).rsplit('.', 1)[0]}.search_tsv")
    cond = tsv.bool_op("@@")(sa.func.plainto_tsquery(simple, sa.bindparam(None, " ".join(element.words), unique=True)))
    return compiler.process(cond, **kw)


def _plain(query: str) -> str:
    return strip_accents(query.casefold())


def _fts_text(words: list[str]) -> str:
    # Quoted words ANDed: no FTS5 syntax (OR, NEAR, *, column filters) reaches the index from a user.
    return " ".join(f'"{w}"' for w in words)


def fts_query(query: str) -> str:
    """The FTS5 query for a user's search: its words quoted and ANDed, no FTS5 syntax."""
    return _fts_text(_WORD.findall(_plain(query)))


def _like(col: sa.ColumnElement, word: str) -> sa.ColumnElement[bool]:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return col.like(f"%{escaped}%", escape="\\")


def search_condition(query: str, probe: bool = False, exact: bool = False) -> sa.ColumnElement[bool]:
    """Every word of the query must appear in the accent-stripped text: "bau cu" finds "bầu cử".

    ``probe`` (SQLite): test each row the query walks against the index instead of listing every
    match first; right for words found in a large share of the items (see `common_search`).
    ``exact``: the accents count too ("phạt" does not find "phát"); the accent-free index still
    narrows the rows first, then each word must appear as typed in the title or text (lower case,
    Capitalized or UPPER: neither engine folds the case of Vietnamese letters the same way)."""
    plain = _plain(query)
    like = sa.and_(sa.true(), *[_like(items.c.search_text, w) for w in plain.split()])
    words = _WORD.findall(plain)
    # Only punctuation ("%", "#"): the word index has nothing to look up, so match it literally.
    cond = _FullTextMatch(words, like, probe) if words else like
    if not exact:
        return cond
    accented = []
    for w in unicodedata.normalize("NFC", query).casefold().split():
        forms = {w, w.capitalize(), w.upper()}
        accented.append(sa.or_(*[_like(col, f) for f in sorted(forms) for col in (items.c.title, items.c.text)]))
    return sa.and_(cond, *accented)
