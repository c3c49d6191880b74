"""Narratives: the taxonomy from data/narratives.yaml, the ones named in the dashboard (versioned),
and the decisions that name or dismiss an emerging cluster's items."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from monitor.analysis.taxonomy import Narrative, NarrativeError
from monitor.models import Review, ReviewDecision
from monitor.storage.audit import write_audit
from monitor.storage.core import StoreCore, utcnow
from monitor.storage.reviews import write_review
from monitor.storage.schema import items, narrative_versions, narratives

_FIELDS = ("name_vi", "name_en", "definition_vi", "definition_en", "distortion")


def _newest_versions(conn: sa.Connection) -> list[dict]:
    newest = (
        sa.select(narrative_versions.c.key, sa.func.max(narrative_versions.c.version).label("v"))
        .group_by(narrative_versions.c.key)
        .subquery()
    )
    q = (
        sa.select(narrative_versions)
        .join(newest, sa.and_(newest.c.key == narrative_versions.c.key, newest.c.v == narrative_versions.c.version))
        .order_by(narrative_versions.c.id)
    )
    return [dict(r._mapping) for r in conn.execute(q)]


def restore_dashboard_narratives(conn: sa.Connection, file_keys: set[str], start: int) -> None:
    """After the file taxonomy is (re)written into `narratives`, put back the newest active version
    of every narrative named in the dashboard; a key the file now defines belongs to the file."""
    rows = [r for r in _newest_versions(conn) if r["active"] and r["key"] not in file_keys]
    if rows:
        conn.execute(
            narratives.insert(),
            [
                {
                    "key": r["key"],
                    **{f: r[f] for f in _FIELDS},
                    "key_facts": [],
                    "position": start + i,
                    "origin": "dashboard",
                }
                for i, r in enumerate(rows)
            ],
        )


class NarrativesMixin(StoreCore):
    def save_narrative(self, narrative: Narrative, by: str) -> int:
        """Store a new version of a dashboard narrative (or its first) and show it at once in
        filters, trends, exports and the API; returns the version. Audited."""
        return self.retrying(lambda conn: self._save_narrative(conn, narrative, by))

    def _save_narrative(self, conn: sa.Connection, n: Narrative, by: str, active: bool = True) -> int:
        row = conn.execute(sa.select(narratives.c.origin).where(narratives.c.key == n.key)).first()
        if row is not None and row.origin == "file":
            raise NarrativeError(f"narrative {n.key!r} is defined in data/narratives.yaml; pick another key")
        prev = conn.execute(
            sa.select(sa.func.max(narrative_versions.c.version)).where(narrative_versions.c.key == n.key)
        ).scalar()
        version = (prev or 0) + 1
        values = {
            "name_vi": n.name.vi,
            "name_en": n.name.en,
            "definition_vi": n.definition.vi,
            "definition_en": n.definition.en,
            "distortion": n.distortion,
        }
        conn.execute(
            narrative_versions.insert().values(
                key=n.key, version=version, active=active, created_by=by, created_at=utcnow(), **values
            )
        )
        conn.execute(narratives.delete().where(narratives.c.key == n.key))
        if active:
            pos = conn.execute(sa.select(sa.func.coalesce(sa.func.max(narratives.c.position), 0))).scalar_one()
            conn.execute(
                narratives.insert().values(key=n.key, key_facts=[], position=pos + 1, origin="dashboard", **values)
            )
        write_audit(conn, by, "narrative.save", f"narrative:{n.key}", {"version": version, "active": active, **values})
        return version

    def narrative_versions(self, key: str | None = None) -> list[dict]:
        """Every stored version of the dashboard narratives (or of one), oldest first."""
        q = sa.select(narrative_versions).order_by(narrative_versions.c.key, narrative_versions.c.version)
        if key:
            q = q.where(narrative_versions.c.key == key)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def dashboard_narratives(self) -> list[dict]:
        """Narratives named in the dashboard, with how many items officers have labelled with each."""
        q = (
            sa.select(
                narratives.c.key,
                narratives.c.name_vi,
                narratives.c.name_en,
                narratives.c.distortion,
                sa.func.count(items.c.id).label("labelled"),
            )
            .outerjoin(items, sa.and_(items.c.narrative == narratives.c.key, items.c.status == "confirmed"))
            .where(narratives.c.origin != "file")
            .group_by(narratives.c.key, narratives.c.name_vi, narratives.c.name_en, narratives.c.distortion)
            .order_by(narratives.c.key)
        )
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def name_emerging(self, narrative: Narrative, item_ids: list[int], by: str, cluster_id: str = "") -> int:
        """The "name it" action: save the narrative and label the chosen items with it (each a
        relabel review, so the next retrain learns it), all in one transaction. Returns the version."""
        ids = _ids(item_ids)

        def run(conn: sa.Connection) -> int:
            version = self._save_narrative(conn, narrative, by)
            for i in ids:
                write_review(
                    conn,
                    Review(
                        i, by, ReviewDecision.RELABEL, narrative=narrative.key, note=f"emerging {cluster_id}".strip()
                    ),
                )
            write_audit(
                conn,
                by,
                "emerging.name",
                f"emerging:{cluster_id}",
                {"narrative": narrative.key, "version": version, "items": ids},
            )
            return version

        return self.retrying(run)

    def dismiss_emerging(self, item_ids: list[int], by: str, cluster_id: str = "") -> int:
        """The "not a distortion" action: file the chosen items as `none` (dismissed). Audited."""
        ids = _ids(item_ids)

        def run(conn: sa.Connection) -> int:
            for i in ids:
                write_review(conn, Review(i, by, ReviewDecision.DISMISS, note=f"emerging {cluster_id}".strip()))
            write_audit(conn, by, "emerging.dismiss", f"emerging:{cluster_id}", {"items": ids})
            return len(ids)

        return self.retrying(run)

    def sync_narratives(self, taxonomy: list[dict[str, Any]]) -> None:
        """Replace the stored taxonomy with the given one (keys, names, definitions, key facts);
        narratives named in the dashboard stay, after the file's."""

        def run(conn: sa.Connection) -> None:
            if self.dialect == "postgresql":  # workers starting together: one replacement at a time
                conn.execute(sa.text("LOCK TABLE narratives IN SHARE ROW EXCLUSIVE MODE"))
            conn.execute(narratives.delete())
            conn.execute(
                narratives.insert(),
                [
                    {
                        "key": n["key"],
                        "name_vi": n["name"]["vi"],
                        "name_en": n["name"]["en"],
                        "definition_vi": n.get("definition", {}).get("vi", ""),
                        "definition_en": n.get("definition", {}).get("en", ""),
                        "distortion": bool(n.get("distortion", n["key"] != "none")),
                        "key_facts": list(n.get("key_facts", [])),
                        "position": pos,
                        "origin": "file",
                    }
                    for pos, n in enumerate(taxonomy)
                ],
            )
            restore_dashboard_narratives(conn, {n["key"] for n in taxonomy}, len(taxonomy))

        self.retrying(run)

    def unknown_narratives(self, keys) -> tuple[list[str], list[str]]:
        """(the `keys` that name no stored narrative, every known key). `none` is always known; a
        database without narratives yet (before `init` syncs the taxonomy) knows every key."""
        known = sorted(n["key"] for n in self.list_narratives())
        return [k for k in keys if known and k != "none" and k not in known], known

    def list_narratives(self) -> list[dict]:
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(sa.select(narratives).order_by(narratives.c.position))]


def _ids(item_ids: list[Any]) -> list[int]:
    ids = sorted({int(i) for i in item_ids})
    if not ids:
        raise NarrativeError("choose at least one item")
    return ids
