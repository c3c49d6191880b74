"""Reading the YAML files people edit (feeds.yaml, data/narratives.yaml, data/approved_messages.yaml).

Every way such a file can be unreadable — missing, a folder, not UTF-8, broken YAML, an impossible
date — becomes one line naming the file (and the line where YAML knows it), raised as the caller's
own named error; `line_of` finds the line of a value for errors found after parsing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from monitor.errors import MonitorError


class _Loader(yaml.SafeLoader):
    """SafeLoader whose impossible dates (2021-02-30) are YAML errors with a line, not a bare
    ValueError from deep inside the loader."""


def _timestamp(loader: _Loader, node: yaml.Node):
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as exc:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a real date ({exc})", node.start_mark
        ) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def read_yaml(path: Path, shown: str, error: type[MonitorError]) -> tuple[yaml.Node | None, Any]:
    """(node tree, data) of the YAML file at `path`; `shown` is how messages name it.
    An empty file gives (None, None)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"{shown}: file not found") from None
    except UnicodeDecodeError as exc:
        raise error(f"{shown}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:  # a folder in its place, no permission
        raise error(f"{shown}: cannot read ({exc.strerror})") from None
    try:
        node = yaml.compose(raw, Loader=_Loader)
        data = yaml.load(raw, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error(f"{shown}{where}: invalid YAML: {problem}") from None
    except RecursionError:
        raise error(f"{shown}: invalid YAML: nested too deeply") from None
    return node, data


def line_of(node: yaml.Node | None, loc: tuple) -> int | None:
    """The 1-based line of the YAML node at a pydantic error location."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if getattr(k, "value", None) == part), None)
            if nxt is None:  # unknown or missing key: point at the key if present, else the mapping
                key = next((k for k, _ in node.value if getattr(k, "value", None) == part), None)
                return key.start_mark.line + 1 if key is not None else line
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            break
        line = node.start_mark.line + 1
    return line
