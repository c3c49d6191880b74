"""Approved messages: the versioned official answers the classifier matches items to."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from monitor.storage.audit import write_audit
from monitor.storage.core import StoreCore, utcnow
from monitor.storage.schema import approved_messages

_MESSAGE_FIELDS = (
    "title_vi",
    "title_en",
    "text_vi",
    "text_en",
    "narratives",
    "key_facts",
    "source_title",
    "source_url",
    "source_date",
)


class MessagesMixin(StoreCore):
    def seed_approved_messages(self, messages: list[dict[str, Any]]) -> int:
        """Insert bundled messages whose (key, version) is not stored yet; returns how many."""
        rows = [
            {
                "key": m["key"],
                "version": int(m.get("version", 1)),
                "title_vi": m["title"]["vi"],
                "title_en": m["title"]["en"],
                "text_vi": m["text"]["vi"],
                "text_en": m["text"]["en"],
                "narratives": list(m.get("narratives", [])),
                "key_facts": dict(m.get("key_facts", {})),
                "source_title": m.get("source", {}).get("title", ""),
                "source_url": m.get("source", {}).get("url", ""),
                "source_date": str(m.get("source", {}).get("date", "")),
                "created_by": "seed",
                "created_at": utcnow(),
            }
            for m in messages
        ]
        if not rows:
            return 0

        def run(conn: sa.Connection) -> int:
            stmt = self.insert_ignore(approved_messages, rows, ["key", "version"]).returning(approved_messages.c.id)
            return len(conn.execute(stmt).fetchall())

        return self.retrying(run)

    def approved_messages(self, include_history: bool = False) -> list[dict]:
        """The newest active version of each message (or every version with include_history)."""
        q = sa.select(approved_messages).order_by(approved_messages.c.key, approved_messages.c.version.desc())
        with self.read() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
        if include_history:
            return rows
        newest: dict[str, dict] = {}
        for r in rows:
            newest.setdefault(r["key"], r)
        return [r for r in newest.values() if r["active"]]

    def save_approved_message(self, key: str, by: str, **fields: Any) -> int:
        """Store a new version of a message (or its first); older versions stay for the record."""
        unknown = set(fields) - set(_MESSAGE_FIELDS) - {"active"}
        if unknown:
            raise ValueError(f"unknown message fields: {sorted(unknown)}")

        def run(conn: sa.Connection) -> int:
            prev = conn.execute(
                sa.select(approved_messages)
                .where(approved_messages.c.key == key)
                .order_by(approved_messages.c.version.desc())
                .limit(1)
            ).first()
            base = {
                f: (
                    prev._mapping[f]
                    if prev
                    else ("" if f not in ("narratives", "key_facts") else ([] if f == "narratives" else {}))
                )
                for f in _MESSAGE_FIELDS
            }
            base["active"] = prev._mapping["active"] if prev else True
            base.update(fields)
            version = (prev.version + 1) if prev else 1
            conn.execute(
                approved_messages.insert().values(key=key, version=version, created_by=by, created_at=utcnow(), **base)
            )
            write_audit(conn, by, "message.save", f"message:{key}", {"version": version, "fields": sorted(fields)})
            return version

        return self.retrying(run)
