"""feeds.yaml (feeds + settings), validated with pydantic.

Every error names the file, the line where possible, the feed and the field, in one line, e.g.
``feeds.yaml line 12: feed 'tuoitre': interval: must be like 15m or 2h (got '15 minutes')``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from monitor.errors import ConfigError
from monitor.ingest.urlguard import parse_networks
from monitor.localtime import zone
from monitor.models import FeedKind, Source
from monitor.yamlfile import line_of, read_yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = PROJECT_ROOT / "feeds.yaml"
# Where the shipped taxonomy, approved messages, seed labels and demo feeds are: a checkout's data/,
# or monitor/shipped/ in an installed package (pyproject.toml maps data/ there).
SHIPPED_DIRS = (PROJECT_ROOT / "data", Path(__file__).resolve().parent / "shipped")


def shipped_file(data_dir: Path, name: str) -> Path:
    """`name` (e.g. "narratives.yaml", "labels") in the user's data folder when it is there, else
    the copy shipped with the package; the user's own files take precedence."""
    for folder in (Path(data_dir), *SHIPPED_DIRS):
        if (folder / name).exists():
            return folder / name
    return Path(data_dir) / name


ALERT_KINDS = ("spike", "new_cluster", "response_gap", "view", "emerging")

_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
# Longest interval (and max_backoff) accepted. Nothing needs to wait longer than a year between
# fetches, and a bigger number overflows the date arithmetic of the schedule and SQLite's INTEGER.
MAX_INTERVAL_SECONDS = 365 * 86400


def parse_interval(text: str | int) -> int:
    """'30m' → 1800 seconds, between 1m and 365d. Raises ValueError with advice."""
    if isinstance(text, int) and not isinstance(text, bool):
        seconds = text
    else:
        m = _INTERVAL.match(str(text))
        if not m:
            raise ValueError(f"must be like 15m or 2h (got {text!r})")
        digits = m.group(1).lstrip("0") or "0"
        # Thousands of digits would make int() itself refuse; anything this long is too big anyway.
        seconds = int(digits) * _UNIT_SECONDS[m.group(2)] if len(digits) <= 12 else MAX_INTERVAL_SECONDS + 1
    if seconds < 60:
        raise ValueError(f"must be at least 1m (got {text!r})")
    if seconds > MAX_INTERVAL_SECONDS:
        raise ValueError(f"must be at most 365d (got {text!r})")
    return seconds


class FeedConfig(BaseModel):
    """One feed to watch."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    url: str
    kind: FeedKind = FeedKind.NEWS
    lang: Literal["vi", "en", "auto"] = "auto"
    interval: str = "30m"
    enabled: bool = True
    tags: list[str] = Field(default_factory=list)
    full_text: bool = False

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be blank")
        return v

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        v = v.strip()
        scheme = urlsplit(v).scheme.lower()
        # Caught here, not at the first fetch: a NUL or a space inside a web address is a typo.
        if any(ord(c) < 32 or ord(c) == 127 for c in v) or (
            scheme in ("http", "https") and any(c.isspace() for c in v)
        ):
            raise ValueError(f"must not contain spaces or control characters (got {v!r})")
        if scheme in ("http", "https"):
            if not urlsplit(v).netloc:
                raise ValueError(f"has no host (got {v!r})")
            return v
        if scheme == "file":
            return v  # local files: bundled demo feeds, or exports dropped in a folder
        raise ValueError(f"must start with http://, https:// or file: (got {v!r})")

    @field_validator("interval", mode="before")
    @classmethod
    def _interval(cls, v: Any) -> str:
        parse_interval(v)
        return str(v)

    @property
    def interval_seconds(self) -> int:
        return parse_interval(self.interval)


class Settings(BaseModel):
    """Every setting, once, with its default and help (the help text is the documentation)."""

    model_config = ConfigDict(extra="forbid")

    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL; MONITOR_DATABASE_URL and --db override it. Default: SQLite at data/monitor.db.",
    )
    data_dir: str = Field("data", description="Folder for the database, models and demo data (relative to feeds.yaml).")
    models_dir: str = Field(
        "data/models", description="Folder holding trained model versions (relative to feeds.yaml)."
    )
    export_workers: int = Field(
        2,
        ge=1,
        le=16,
        description="Processes that write one large CSV/JSONL items export side by side (≥100,000 rows; 1 = one process).",
    )
    exports_dir: str = Field(
        "data/exports",
        description="Folder for exports made from the dashboard's Downloads panel (relative to feeds.yaml; env MONITOR_EXPORTS_DIR).",
    )
    ui_language: Literal["vi", "en"] = Field(
        "vi", description="Default dashboard language; users can switch in the sidebar."
    )
    time_zone: str = Field(
        "Asia/Ho_Chi_Minh",
        description="The office's time zone (IANA name): times on the dashboard, in case handouts and in the digest are shown in it, with the zone named, and Trends, Emerging and the digest count its days.",
    )
    demo: bool = Field(
        True,
        description="Load the bundled demo data on first start; the demo accounts (published passwords) sign in only while this is on (MONITOR_DEMO=0 turns it off; it takes 1/0, true/false, yes/no, on/off, and any other value is an error).",
    )
    target_precision: float = Field(
        0.8, ge=0.05, le=1.0, description="Precision each narrative's flag threshold aims for on validation data."
    )
    max_bytes: int = Field(10_000_000, ge=10_000, description="Largest feed or article body read, in bytes.")
    connect_timeout: float = Field(
        10.0, gt=0, description="Seconds to wait for a feed server to accept the connection."
    )
    read_timeout: float = Field(30.0, gt=0, description="Seconds to wait between bytes from a feed server.")
    total_timeout: float = Field(
        60.0, gt=0, description="Seconds one fetch may take in all (drip-feeding servers are cut off)."
    )
    max_redirects: int = Field(5, ge=0, le=20, description="Redirects followed per fetch.")
    concurrency: int = Field(16, ge=1, le=256, description="Feeds fetched at the same time.")
    per_host_concurrency: int = Field(2, ge=1, le=16, description="Requests at the same time to one host.")
    per_host_min_gap: float = Field(1.0, ge=0, description="Seconds between two requests to the same host.")
    max_backoff: str = Field("6h", description="Longest wait before retrying a failing feed.")
    block_private_addresses: bool = Field(
        True,
        description="Refuse feed URLs set from the dashboard (a feed added there, or any feed's URL changed there) that point at private or loopback addresses (checked when saved and again at every fetch and redirect).",
    )
    full_text_allowed_networks: list[str] = Field(
        default_factory=list,
        description="Address ranges (e.g. 10.1.0.0/16) that full-text article pages may come from although they are not public; otherwise only public addresses and the feed's own host, checked at every redirect.",
    )
    import_max_file_bytes: int = Field(
        500_000_000,
        ge=1000,
        description="Largest file `monitor import` reads, in bytes; a larger file is refused before reading.",
    )
    import_max_line_chars: int = Field(
        1_000_000,
        ge=1000,
        description="Longest line (or CSV field) `monitor import` reads, in characters; the import stops at a longer one, names its line and keeps (and classifies) every row before it. Also the longest CSV field `train`, `evaluate` and `predict` read.",
    )
    session_timeout_minutes: int = Field(
        480, ge=5, le=525_600, description="Dashboard sessions end after this many idle minutes."
    )
    login_lock_after: int = Field(
        5, ge=1, description="Failed logins in a row before an account is locked for a while."
    )
    login_lock_seconds: int = Field(300, ge=1, le=31_536_000, description="How long a locked account stays locked.")
    emerging_days: int = Field(
        7,
        ge=1,
        le=90,
        description="Days in the sliding window of emerging-narrative discovery (`emerging`, the Emerging page, /api/emerging).",
    )
    emerging_min_size: int = Field(3, ge=1, description="Fewest items an emerging cluster needs to be listed.")
    emerging_weak_score: float = Field(
        0.7,
        ge=0,
        le=1,
        description="Flagged, unreviewed items scoring below this count as unclaimed (a weak flag) for emerging-narrative discovery.",
    )

    @field_validator("full_text_allowed_networks")
    @classmethod
    def _networks(cls, v: list[str]) -> list[str]:
        parse_networks(v)
        return v

    @field_validator("time_zone")
    @classmethod
    def _time_zone(cls, v: str) -> str:
        if not v.strip():  # zone() would quietly take the default for it
            raise ValueError("must not be empty (an IANA name like Asia/Ho_Chi_Minh)")
        zone(v)
        return v.strip()

    @field_validator("max_backoff")
    @classmethod
    def _backoff(cls, v: str) -> str:
        parse_interval(v)
        return v


class AlertSettings(BaseModel):
    """The `alerts:` section of feeds.yaml: detection, notification and digest settings."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = Field(True, description="Run alert detection after every collection.")
    kinds: list[Literal["spike", "new_cluster", "response_gap", "view", "emerging"]] = Field(
        default_factory=lambda: list(ALERT_KINDS),
        description="Which alert kinds are raised: spike, new_cluster, response_gap, view (saved views with a threshold), emerging (a new cluster no narrative claims).",
    )
    sensitivity: float = Field(
        3.0,
        gt=0,
        le=20,
        description="Standard deviations above a narrative's usual count before a spike alert; higher means fewer alerts.",
    )
    min_count_hour: int = Field(
        5, ge=1, description="Fewest distorted items in one hour that can raise an hourly spike alert."
    )
    min_count_day: int = Field(
        15, ge=1, description="Fewest distorted items in 24 hours that can raise a daily spike alert."
    )
    baseline_days: int = Field(
        14, ge=1, le=90, description="Days of a narrative's own history its usual count is learned from."
    )
    baseline_half_life_days: float = Field(
        3.0, gt=0, le=365, description="Half-life of the weights in the usual count: recent days count more."
    )
    min_history_hours: int = Field(
        24,
        ge=0,
        le=8760,
        description="Hours of collecting before spike alerts start (the first fetches backfill older items).",
    )
    cluster_spikes: bool = Field(
        True, description="Also raise spike alerts for one near-duplicate cluster growing fast."
    )
    new_cluster_min_sources: int = Field(
        3,
        ge=2,
        description="Distinct sources carrying the same distorted story within an hour that raise a new-cluster alert.",
    )
    response_gap_hours: float = Field(
        12.0,
        gt=0,
        le=8760,
        description="Hours a narrative may stay flagged without an answering official item before a response-gap alert.",
    )
    response_lookback_days: int = Field(
        7, ge=1, le=365, description="Days looked back for a narrative's first flag when checking response gaps."
    )
    response_match_min_score: float = Field(
        0.45,
        ge=0,
        le=1,
        description="Similarity an official item needs to an approved message to count as answering its narratives (when the classifier did not match it).",
    )
    webhook_url_env: str = Field(
        "MONITOR_ALERT_WEBHOOK_URL",
        description="Environment variable (or secrets-file key) holding the Slack/Mattermost-style webhook URL; unset means no webhook.",
    )
    smtp_host: str | None = Field(None, description="SMTP server for alert and digest e-mails; unset means no e-mail.")
    smtp_port: int = Field(587, ge=1, le=65535, description="SMTP port (587 for STARTTLS, 465 for SSL).")
    smtp_security: str = Field(
        "starttls", pattern="^(starttls|ssl|none)$", description="starttls, ssl or none (none only for a local relay)."
    )
    smtp_username: str | None = Field(None, description="SMTP login name; unset means no login.")
    smtp_password_env: str = Field(
        "MONITOR_SMTP_PASSWORD", description="Environment variable (or secrets-file key) holding the SMTP password."
    )
    smtp_ca_file: str | None = Field(
        None, description="Extra CA certificate file trusted for the SMTP server's TLS certificate."
    )
    mail_from: str = Field("monitor@localhost", description="Sender address of alert and digest e-mails.")
    mail_to: list[str] = Field(default_factory=list, description="Recipients of alert and digest e-mails.")
    secrets_file: str | None = Field(
        None,
        description="KEY=VALUE file outside the project folder read for the webhook URL and SMTP password when the environment does not set them.",
    )
    notify_attempts: int = Field(
        3, ge=1, le=10, description="Delivery attempts per notification before it is recorded as failed."
    )
    notify_backoff_seconds: float = Field(
        1.0, ge=0, le=60, description="Wait before the second attempt; doubles after each failure."
    )
    notify_timeout_seconds: float = Field(
        10.0,
        gt=0,
        le=120,
        description="Seconds one webhook or SMTP attempt may take, from connecting to the last byte of the answer.",
    )
    emerging_growth: float = Field(
        5.0,
        gt=0,
        description="Growth (last 24 h against the cluster's own daily mean) past which an emerging cluster opens an alert, once per cluster.",
    )
    emerging_min_recent: int = Field(
        5, ge=1, description="Fewest items in the last 24 h an emerging cluster needs before it can open an alert."
    )
    dashboard_url: str | None = Field(
        None, description="Dashboard address put in notifications as a link to the Trends page."
    )
    digest_charts: str = Field(
        "auto",
        pattern="^(auto|plotly|matplotlib)$",
        description="Chart renderer for the digest: plotly (needs Chromium for kaleido), matplotlib, or auto.",
    )
    digest_font: str | None = Field(
        None, description="A TTF font with full Vietnamese coverage for the PDF digest (default: DejaVu Sans)."
    )


def alert_settings_help() -> list[tuple[str, Any, str]]:
    """(name, default, help) for every alert setting, for the README's configuration table."""
    return [
        (n, f.default if f.default_factory is None else f.default_factory(), f.description or "")
        for n, f in AlertSettings.model_fields.items()
    ]


class FileConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    settings: Settings = Field(default_factory=Settings)
    alerts: AlertSettings = Field(default_factory=AlertSettings)
    feeds: list[FeedConfig] = Field(default_factory=list)


@dataclass
class Config:
    """The loaded configuration plus the paths it implies."""

    path: Path
    settings: Settings
    feeds: list[FeedConfig] = field(default_factory=list)
    db_override: str | None = None
    alerts: AlertSettings = field(default_factory=AlertSettings)

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    @property
    def tz(self):
        """The office's time zone (the `time_zone` setting) as a tzinfo."""
        return zone(self.settings.time_zone)

    @property
    def data_dir(self) -> Path:
        return (self.base_dir / os.environ.get("MONITOR_DATA_DIR", self.settings.data_dir)).resolve()

    @property
    def models_dir(self) -> Path:
        return (self.base_dir / self.settings.models_dir).resolve()

    @property
    def exports_dir(self) -> Path:
        return (self.base_dir / os.environ.get("MONITOR_EXPORTS_DIR", self.settings.exports_dir)).resolve()

    @property
    def database_url(self) -> str:
        url = self.db_override or os.environ.get("MONITOR_DATABASE_URL") or self.settings.database_url
        if url:
            return url
        return f"sqlite:///{self.data_dir / 'monitor.db'}"

    @property
    def demo_enabled(self) -> bool:
        env = demo_from_env()
        return self.settings.demo if env is None else env

    def sources(self) -> list[Source]:
        """Feeds as storage values; file: URLs are made absolute against the config's folder.
        Feeds tagged `demo` are enabled only while demo mode is on."""
        demo = self.demo_enabled
        return [
            Source(
                name=f.name,
                url=resolve_file_url(f.url, self.base_dir),
                kind=f.kind,
                lang=f.lang,
                interval_seconds=f.interval_seconds,
                enabled=f.enabled and (demo or "demo" not in f.tags),
                tags=list(f.tags),
                full_text=f.full_text,
            )
            for f in self.feeds
        ]


_YES = ("1", "true", "yes", "on")
_NO = ("0", "false", "no", "off")


def demo_from_env() -> bool | None:
    """MONITOR_DEMO as a yes/no (None when unset). Anything else is a ConfigError: a typo such as
    `flase` must not leave demo mode, and the demo accounts' published passwords, switched on."""
    env = os.environ.get("MONITOR_DEMO")
    if env is None:
        return None
    value = env.strip().lower()
    if value in _YES or value in _NO:
        return value in _YES
    raise ConfigError(f"MONITOR_DEMO: {env!r} is not a yes/no value (use 1, true, yes or on; 0, false, no or off)")


def resolve_file_url(url: str, base: Path) -> str:
    if not url.lower().startswith("file:"):
        return url
    path = url[5:]
    path = path[2:] if path.startswith("//") else path
    p = Path(path)
    return "file://" + str(p if p.is_absolute() else (base / p).resolve())


def _describe(loc: tuple, data: Any) -> str:
    """'feed 'name': interval' or 'settings: max_bytes' for an error location."""
    if len(loc) >= 2 and loc[0] == "feeds" and isinstance(loc[1], int):
        name = None
        feeds = data.get("feeds") if isinstance(data, dict) else None
        if isinstance(feeds, list) and loc[1] < len(feeds) and isinstance(feeds[loc[1]], dict):
            name = feeds[loc[1]].get("name")
        who = f"feed {name!r}" if isinstance(name, str) and name.strip() else f"feed #{loc[1] + 1}"
        rest = ".".join(str(p) for p in loc[2:])
        return f"{who}: {rest}" if rest else who
    return ".".join(str(p) for p in loc)


def load_config(path: str | Path | None = None, db_override: str | None = None) -> Config:
    """Read and validate feeds.yaml. Raises ConfigError with a one-line, located message."""
    path = Path(path or os.environ.get("MONITOR_CONFIG") or DEFAULT_CONFIG)
    shown = path.name if path.parent.resolve() == Path.cwd().resolve() else str(path)
    node, data = read_yaml(path, shown, ConfigError)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{shown} line 1: expected a mapping with 'settings' and 'feeds'")
    try:
        parsed = FileConfig.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        line = line_of(node, loc)
        where = f" line {line}" if line else ""
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key (check the spelling; see README 'Configuration')"
        elif err["type"] == "missing":
            msg = "is required"
        more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        raise ConfigError(f"{shown}{where}: {_describe(loc, data)}: {msg}{more}") from None
    # "A", "A " and "a" read as one source to people: compare names trimmed and case-folded.
    seen: dict[str, str] = {}
    for idx, f in enumerate(parsed.feeds):
        key = f.name.strip().casefold()
        if key in seen:
            line = line_of(node, ("feeds", idx, "name"))
            raise ConfigError(
                f"{shown} line {line}: feed {f.name!r}: name: used by two feeds ({seen[key]!r} too); "
                "names must be unique (ignoring case and surrounding spaces)"
            )
        seen[key] = f.name
    demo_from_env()  # a bad MONITOR_DEMO stops every command and the dashboard at the start
    return Config(
        path=path.resolve(), settings=parsed.settings, feeds=parsed.feeds, db_override=db_override, alerts=parsed.alerts
    )


def settings_help() -> list[tuple[str, Any, str]]:
    """(name, default, help) for every setting: the README's configuration table is made from it."""
    return [
        (name, f.get_default(call_default_factory=True), f.description or "")
        for name, f in Settings.model_fields.items()
    ]
