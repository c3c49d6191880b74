"""Load and validate data/narratives.yaml and data/approved_messages.yaml.

A team may ship its own taxonomy (other keys, more or fewer classes); only the shape is fixed.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from monitor.errors import DataFileError, MonitorError
from monitor.yamlfile import line_of, read_yaml

_KEY = re.compile(r"^[a-z][a-z0-9_\-]{0,63}$")


class Bilingual(BaseModel):
    model_config = ConfigDict(extra="forbid")
    vi: str = Field(min_length=1)
    en: str = Field(min_length=1)


class Narrative(BaseModel):
    model_config = ConfigDict(extra="forbid")
    key: str
    distortion: bool = True
    name: Bilingual
    definition: Bilingual
    key_facts: list[str] = Field(default_factory=list)
    examples: list[str] = Field(default_factory=list)

    @field_validator("key")
    @classmethod
    def _key(cls, v: str) -> str:
        if not _KEY.match(v):
            raise ValueError(f"must be lower-case letters, digits, _ or - (got {v!r})")
        return v


class Taxonomy(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = Field(1, ge=1)
    narratives: list[Narrative] = Field(min_length=2)


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _real_date(text: str) -> bool:
    """True for a date that exists, written YYYY-MM-DD (2021-02-30 does not)."""
    if not _ISO_DATE.match(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


class SourceRef(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=1)
    url: str = ""
    date: str = ""

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, v: Any) -> str:
        text = "" if v is None else str(v)
        if _ISO_DATE.match(text) and not _real_date(text):
            raise ValueError(f"must be a real date written YYYY-MM-DD (got {text!r})")
        return text


class ApprovedMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")
    key: str
    version: int = Field(1, ge=1)
    narratives: list[str] = Field(min_length=1)
    title: Bilingual
    text: Bilingual
    key_facts: dict[str, str | int | float | bool] = Field(default_factory=dict)
    source: SourceRef

    @field_validator("key_facts", mode="before")
    @classmethod
    def _facts(cls, v: Any) -> Any:
        # YAML turns 2021-05-23 into a date; keep facts as plain strings/numbers.
        if isinstance(v, dict):
            return {k: (x.isoformat() if hasattr(x, "isoformat") else x) for k, x in v.items()}
        return v


class MessageFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    messages: list[ApprovedMessage] = Field(min_length=1)


def _load_yaml(path: Path, list_key: str) -> tuple[Any, Any]:
    """(node tree, data) of a data file that must be a mapping holding `list_key`."""
    node, data = read_yaml(path, str(path), DataFileError)
    if data is None:
        raise DataFileError(f"{path}: the file is empty; it must be a mapping with {list_key!r}")
    if not isinstance(data, dict):
        raise DataFileError(f"{path} line 1: must be a mapping with {list_key!r}")
    return node, data


def _fail(path: Path, exc: ValidationError, node: Any, data: Any, list_key: str) -> DataFileError:
    err = exc.errors()[0]
    loc = list(err["loc"])
    line = line_of(node, tuple(loc))
    where = f" line {line}" if line else ""
    who = ""
    if len(loc) >= 2 and loc[0] == list_key and isinstance(loc[1], int):
        entry = data[list_key][loc[1]] if isinstance(data, dict) else None
        key = entry.get("key") if isinstance(entry, dict) else None
        who = f"{list_key[:-1]} {key!r}: " if key else f"{list_key[:-1]} #{loc[1] + 1}: "
        loc = loc[2:]
    field = ".".join(str(p) for p in loc)
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        msg = "unknown key"
    elif err["type"] == "missing":
        msg = "is required"
    return DataFileError(f"{path}{where}: {who}{field}: {msg}")


def load_taxonomy(path: Path) -> Taxonomy:
    node, data = _load_yaml(path, "narratives")
    try:
        tax = Taxonomy.model_validate(data)
    except ValidationError as exc:
        raise _fail(path, exc, node, data, "narratives") from None
    keys = [n.key for n in tax.narratives]
    dup = next((k for k in keys if keys.count(k) > 1), None)
    if dup:
        raise DataFileError(f"{path}: narrative {dup!r}: key used twice")
    if not any(not n.distortion for n in tax.narratives):
        raise DataFileError(f"{path}: needs one narrative with `distortion: false` (the 'nothing to flag' class)")
    return tax


def load_messages(path: Path, taxonomy: Taxonomy | None = None) -> list[ApprovedMessage]:
    node, data = _load_yaml(path, "messages")
    try:
        parsed = MessageFile.model_validate(data)
    except ValidationError as exc:
        raise _fail(path, exc, node, data, "messages") from None
    seen: set[tuple[str, int]] = set()
    known = {n.key for n in taxonomy.narratives} if taxonomy else None
    for i, m in enumerate(parsed.messages):
        for name, value in m.key_facts.items():
            # classifiers/distortion.py checks claims against *_date facts; one that is not a
            # real date would silently check nothing.
            if name.endswith("_date") and not _real_date(str(value)):
                line = line_of(node, ("messages", i, "key_facts", name))
                raise DataFileError(
                    f"{path} line {line}: message {m.key!r}: key_facts.{name}: must be a real date written "
                    f"YYYY-MM-DD (got {str(value)!r})"
                )
        if (m.key, m.version) in seen:
            raise DataFileError(f"{path}: message {m.key!r}: version {m.version} appears twice")
        seen.add((m.key, m.version))
        if known is not None:
            unknown = [n for n in m.narratives if n not in known]
            if unknown:
                raise DataFileError(f"{path}: message {m.key!r}: narratives: unknown {unknown} (not in the taxonomy)")
    return parsed.messages


def negative_label(taxonomy: Taxonomy) -> str:
    """The class that means 'nothing to flag' (`none` in the default taxonomy)."""
    return next(n.key for n in taxonomy.narratives if not n.distortion)


class NarrativeError(MonitorError):
    """A narrative named in the dashboard cannot be saved as given (bad key, empty name, taken key)."""


def new_narrative(
    key: str, name_vi: str, name_en: str, definition_vi: str = "", definition_en: str = "", distortion: bool = True
) -> Narrative:
    """Validate a narrative named in the dashboard (same rules as data/narratives.yaml).

    The definitions may be left empty: the names then stand in for them."""
    key, name_vi, name_en = key.strip(), name_vi.strip(), name_en.strip()
    data = {
        "key": key,
        "distortion": distortion,
        "name": {"vi": name_vi, "en": name_en},
        "definition": {"vi": definition_vi.strip() or name_vi, "en": definition_en.strip() or name_en},
    }
    try:
        return Narrative.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "string_too_short":
            msg = "must not be empty"
        raise NarrativeError(f"narrative {key!r}: {field}: {msg}") from None


def merge_stored(taxonomy: Taxonomy, stored: list[dict]) -> Taxonomy:
    """The file taxonomy plus the narratives named in the dashboard (`store.list_narratives()`
    rows whose origin is not the file), in stored order: the taxonomy as the system uses it."""
    known = {n.key for n in taxonomy.narratives}
    extra = [
        Narrative(
            key=r["key"],
            distortion=bool(r["distortion"]),
            name={"vi": r["name_vi"], "en": r["name_en"]},
            definition={"vi": r["definition_vi"] or r["name_vi"], "en": r["definition_en"] or r["name_en"]},
        )
        for r in stored
        if r.get("origin", "file") != "file" and r["key"] not in known
    ]
    return taxonomy.model_copy(update={"narratives": [*taxonomy.narratives, *extra]})
