"""Where code lives: pages import only UI libraries, UI helpers and service functions (no SQL, no
storage modules); classifiers/ imports nothing from monitor/; no `except ImportError` around
in-repo modules."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "app_pages").glob("*.py")) + [ROOT / "dashboard.py"]

# What a page may import from the project: UI helpers and service functions.
ALLOWED_PROJECT = {
    "app_pages.view_bar",
    "monitor.analysis.taxonomy",  # new_narrative: checks a narrative named on the Emerging page
    "monitor.auth",
    "monitor.demo.bootstrap",
    "monitor.demo.first_run",
    "monitor.errors",
    "monitor.i18n",
    "monitor.ingest.schedule",  # collect_once, the collection service the CLI calls
    "monitor.interfaces.dashboard_data",
    "monitor.interfaces.review_queue",  # pure queue helpers: ticked ids, neighbours, confirmation text
    "monitor.outputs.evidence_terms",  # which evidence terms may be shown (never people)
    "monitor.outputs.findings",  # findings in the reader's language
    "monitor.models",
    "monitor.outputs.exports",
    "monitor.outputs.saved_views",
}
UI_LIBRARIES = {"streamlit", "pandas", "plotly"}
SQL = re.compile(r"\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b", re.I | re.S)


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module
            found |= {f"{base}.{a.name}" if f"{base}.{a.name}" in ALLOWED_PROJECT else base for a in node.names}
    return found


def test_pages_import_only_ui_helpers_and_services():
    bad = []
    for page in PAGES:
        for name in _imports(page):
            top = name.split(".")[0]
            if top in ("monitor", "app_pages", "classifiers"):
                if name not in ALLOWED_PROJECT:
                    bad.append(f"{page.name}: {name}")
            elif top not in UI_LIBRARIES and top not in sys.stdlib_module_names and top != "__future__":
                bad.append(f"{page.name}: {name}")
    assert not bad, bad


def test_pages_hold_no_sql():
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        assert "sqlalchemy" not in text and not SQL.search(text), page.name


def test_classifiers_import_nothing_from_monitor():
    for path in (ROOT / "classifiers").glob("*.py"):
        assert not any(n.split(".")[0] == "monitor" for n in _imports(path)), path.name


def test_no_import_fallbacks_around_in_repo_modules():
    for path in [*(ROOT / "monitor").rglob("*.py"), *(ROOT / "classifiers").glob("*.py"), *PAGES]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Try) and any(
                isinstance(h.type, ast.Name) and h.type.id in ("ImportError", "ModuleNotFoundError")
                for h in node.handlers
            ):
                guarded = {n.split(".")[0] for stmt in node.body for n in _imports_of(stmt)}
                assert not guarded & {"monitor", "classifiers", "app_pages"}, f"{path.relative_to(ROOT)}:{node.lineno}"


def _imports_of(stmt: ast.stmt) -> set[str]:
    out = set()
    for node in ast.walk(stmt):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out
