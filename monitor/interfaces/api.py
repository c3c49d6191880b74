"""Read-only JSON API (FastAPI): items, daily narrative counts, alerts, approved messages, sources.

Every endpoint except /api/health needs ``Authorization: Bearer <token>`` (`monitor tokens add USER`).
A token acts with its role, never beyond the role its user holds now (the pages both roles
may open), and stops working when it is revoked or the user is disabled.

Endpoints map to dashboard pages; a role may call an endpoint when `monitor.auth.ROLE_PAGES`
gives it any of the endpoint's pages:

==========================  ===============  =============================================
endpoint                    pages            roles (with the default ROLE_PAGES)
==========================  ===============  =============================================
/api/items                  queue            officer, manager, admin
/api/items/{id}             queue, cases     officer, manager, trainer, admin
/api/narratives/daily       trends           manager, admin
/api/alerts                 trends, queue    officer, manager, admin
/api/approved-messages      messages         everyone
/api/sources                sources          officer, manager, admin (not trainer)
/api/emerging               emerging         manager, trainer, admin
/api/health                 (no token)       anyone
==========================  ===============  =============================================

Each token has an in-process token bucket (`rate_per_minute`, `burst`); past it the API answers
429 with Retry-After. No endpoint writes; the OpenAPI document is at /openapi.json.
"""

import datetime as dt
import math
import threading
import time
from typing import Annotated, Any, Literal

from fastapi import BackgroundTasks, Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from monitor import localtime
from monitor.analysis.emerging import emerging
from monitor.auth import ROLE_PAGES
from monitor.config import Settings
from monitor.errors import MonitorError
from monitor.interfaces.api_models import (
    AlertOut,
    DailyCounts,
    EmergingOut,
    Health,
    ItemDetail,
    ItemPage,
    Kind,
    MessageOut,
    Problem,
    SourceOut,
    Status,
)
from monitor.models import Role
from monitor.outputs.alerts import seen_by
from monitor.storage import Store
from monitor.storage.filters import CursorError, FilterError, ItemFilters, parse_when
from monitor.storage.tokens import token_use_due

API_VERSION = "1"
ENDPOINT_PAGES: dict[str, tuple[str, ...]] = {
    "items": ("queue",),
    "item": ("queue", "cases"),
    "narratives_daily": ("trends",),
    "alerts": ("trends", "queue"),
    "approved_messages": ("messages",),
    "sources": ("sources",),
    "emerging": ("emerging",),
}
MAX_PAGE = 200
MAX_ID = 2**31 - 1


def endpoint_roles(endpoint: str) -> list[str]:
    """Roles that may call an endpoint (for the docs and the tests)."""
    return [r.value for r in Role if set(ROLE_PAGES.get(r, ())) & set(ENDPOINT_PAGES[endpoint])]


def allowed(token: dict, endpoint: str) -> bool:
    """The token's role and its user's current role must both open one of the endpoint's pages."""
    try:
        pages = set(ROLE_PAGES.get(Role(token["role"]), ())) & set(ROLE_PAGES.get(Role(token["user_role"]), ()))
    except ValueError:  # a role this version does not know
        return False
    return bool(pages & set(ENDPOINT_PAGES[endpoint]))


class TokenBucket:
    """Per-key token buckets: `burst` requests at once, refilled at `rate_per_minute`."""

    def __init__(self, rate_per_minute: float, burst: int, clock=time.monotonic):
        if rate_per_minute <= 0 or burst < 1:
            raise ValueError("rate_per_minute must be > 0 and burst >= 1")
        self.rate = rate_per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self._state: dict[Any, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: Any) -> float:
        """Spend one token: 0.0 when allowed, else the seconds until one is available."""
        now = self.clock()
        with self._lock:
            tokens, last = self._state.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._state[key] = (tokens - 1.0, now)
                return 0.0
            self._state[key] = (tokens, now)
            return (1.0 - tokens) / self.rate


_ERRORS = {
    401: {"model": Problem, "description": "Missing, unknown or revoked token"},
    403: {"model": Problem, "description": "The token's role may not use this endpoint"},
    422: {"model": Problem, "description": "A parameter cannot be used"},
    429: {"model": Problem, "description": "Too many requests for this token; see Retry-After"},
}


def _store_from(config_or_store: Any):
    if hasattr(config_or_store, "api_items"):
        return config_or_store

    return Store(config_or_store.database_url)


def create_app(
    config_or_store: Any,
    *,
    rate_per_minute: float = 120,
    burst: int = 60,
    demo_mode: bool | None = None,
) -> FastAPI:
    """The API over a `Store` (or a `Config`, whose database it opens; the schema must be current).

    Tokens of demo accounts that keep their published password work only in demo mode
    (``demo_mode``; by default the Config's setting, and off when given a bare Store)."""
    store = _store_from(config_or_store)
    if demo_mode is None:
        demo_mode = bool(getattr(config_or_store, "demo_enabled", False))
    limiter = TokenBucket(rate_per_minute, burst)
    bearer = HTTPBearer(auto_error=False, description="An API token from `monitor tokens add USER`.")
    app = FastAPI(
        title="Election information-integrity monitor API",
        version=API_VERSION,
        description=__doc__,
        docs_url=None,
        redoc_url=None,  # no pages that load scripts from a CDN
    )
    app.state.store = store
    app.state.limiter = limiter
    _install_handlers(app)
    guard = _token_guard(store, limiter, bearer, demo_mode)
    _item_routes(app, store, guard)
    _reference_routes(app, store, guard, getattr(config_or_store, "settings", None))
    return app


def _install_handlers(app: FastAPI) -> None:
    """Bad filters, cursors and input become 422 with their message; every answer is not cached."""

    @app.exception_handler(FilterError)
    async def _bad_filter(_request: Request, exc: FilterError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(CursorError)
    async def _bad_cursor(_request: Request, exc: CursorError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(MonitorError)
    async def _monitor_error(_request: Request, exc: MonitorError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.middleware("http")
    async def _no_store(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Cache-Control", "no-store")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response


def _token_guard(store, limiter: TokenBucket, bearer: HTTPBearer, demo_mode: bool):
    """The dependency factory every endpoint uses: a valid, unrevoked token of an active user whose
    role may use the endpoint, within its rate limit."""

    def guard(endpoint: str):
        def check(
            creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)], background: BackgroundTasks
        ) -> dict:
            if creds is None or not creds.credentials:
                raise HTTPException(401, "send Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"})
            token = store.verify_api_token(creds.credentials, touch=False)
            if token is None:
                raise HTTPException(401, "unknown or revoked token", headers={"WWW-Authenticate": "Bearer"})
            if token["demo_password"] and not demo_mode:
                raise HTTPException(
                    401,
                    "the token's user is a demo account with a published password; demo mode "
                    "is off (an administrator must set a new password)",
                    headers={"WWW-Authenticate": "Bearer"},
                )
            now = dt.datetime.now(dt.UTC)
            if token_use_due(token, now):  # written after the answer is sent: never delays a read
                background.add_task(store.touch_api_token, token["id"], now)
            wait = limiter.take(token["id"])
            if wait > 0:
                raise HTTPException(
                    429,
                    f"rate limit: try again in {math.ceil(wait)} s",
                    headers={"Retry-After": str(max(1, math.ceil(wait)))},
                )
            if not allowed(token, endpoint):
                raise HTTPException(403, f"role {token['role']!r} may not use this endpoint")
            return token

        return check

    return guard


def _item_routes(app: FastAPI, store, guard) -> None:
    """Items (list and one) and daily narrative counts."""

    @app.get(
        "/api/items",
        response_model=ItemPage,
        responses=_ERRORS,
        tags=["items"],
        summary="Items, newest first, with the review queue's filters",
    )
    def list_items(
        _token: Annotated[dict, Depends(guard("items"))],
        narrative: Annotated[
            list[str] | None, Query(max_length=64, description="Narrative key; repeat for several.")
        ] = None,
        source: Annotated[
            list[str] | None, Query(max_length=200, description="Source name; repeat for several.")
        ] = None,
        kind: Annotated[list[Kind] | None, Query()] = None,
        lang: Annotated[list[str] | None, Query(max_length=10)] = None,
        since: Annotated[
            str | None,
            Query(max_length=40, description="YYYY-MM-DD, ISO time (UTC if no zone) or an age like 7d / 24h."),
        ] = None,
        until: Annotated[
            str | None, Query(max_length=40, description="Exclusive upper bound; same forms as since.")
        ] = None,
        min_score: Annotated[float | None, Query(ge=0, le=1, allow_inf_nan=False)] = None,
        status: Annotated[
            list[Status] | None, Query(description="Workflow status; repeat for several. Default: every status.")
        ] = None,
        q: Annotated[
            str | None, Query(max_length=200, description="Words that must all appear; accents optional.")
        ] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        cursor: Annotated[str | None, Query(max_length=200, description="`next_cursor` of the previous page.")] = None,
    ) -> dict:
        _known_narratives(store, narrative)
        filters = ItemFilters(
            narratives=narrative or [],
            sources=source or [],
            kinds=[k.value for k in kind or []],
            langs=lang or [],
            since=since,
            until=until,
            min_score=min_score,
            statuses=[s.value for s in status or []],
            q=q,
        )
        rows, nxt = store.api_items(filters, limit=limit, cursor=cursor)
        return {"items": rows, "next_cursor": nxt, "limit": limit}

    @app.get(
        "/api/items/{item_id}",
        response_model=ItemDetail,
        tags=["items"],
        responses={**_ERRORS, 404: {"model": Problem, "description": "No such item"}},
        summary="One item with its current classification, reviews and near-duplicates",
    )
    def get_item(
        _token: Annotated[dict, Depends(guard("item"))],
        item_id: Annotated[int, Path(ge=1, le=MAX_ID)],
    ) -> dict:
        detail = store.api_item(item_id)
        if detail is None:
            raise HTTPException(404, f"no item {item_id}")
        return detail

    @app.get(
        "/api/narratives/daily",
        response_model=DailyCounts,
        responses=_ERRORS,
        tags=["trends"],
        summary="Distorted items (flagged or confirmed) per narrative and day (UTC, or the days of `tz`)",
    )
    def narratives_daily(
        _token: Annotated[dict, Depends(guard("narratives_daily"))],
        since: Annotated[str | None, Query(max_length=40, description="Default: 30 days ago.")] = None,
        until: Annotated[str | None, Query(max_length=40)] = None,
        narrative: Annotated[list[str] | None, Query(max_length=64)] = None,
        tz: Annotated[
            str | None,
            Query(
                max_length=64,
                description="IANA time zone whose days are counted, e.g. Asia/Ho_Chi_Minh (the dashboard's "
                "days); a date-only since/until is then that zone's midnight. Default: UTC.",
            ),
        ] = None,
    ) -> dict:
        zone = _zone_param(tz)
        if zone is not None:
            since, until = (_zone_midnight(v, zone) for v in (since, until))
        _known_narratives(store, narrative)
        filters = ItemFilters(since=since or "30d", until=until, narratives=narrative or [])
        start, end = filters.window()
        rows = store.narrative_counts(start, end, granularity="day", tz=zone)
        wanted = set(filters.narratives)
        counts = [
            {
                "day": (r["bucket"].date() if isinstance(r["bucket"], dt.datetime) else r["bucket"]),
                "narrative": r["narrative"],
                "count": r["count"],
            }
            for r in rows
            if not wanted or r["narrative"] in wanted
        ]
        return {"counts": counts}


def _known_narratives(store, wanted: list[str] | None) -> None:
    """A narrative key the database does not know is a typo: a 422 naming it, not an empty
    answer (as `export --narrative` on the command line)."""
    if not wanted:
        return
    unknown, known = store.unknown_narratives(wanted)
    if unknown:
        raise HTTPException(422, f"narrative: {unknown[0]!r} is not a narrative (known: {', '.join(known)})")


def _zone_param(tz: str | None) -> dt.tzinfo | None:
    """The zone named by a `tz` query parameter (None when not given); a 422 naming it when unknown."""
    if not tz:
        return None
    try:
        return localtime.zone(tz)
    except ValueError as exc:
        raise HTTPException(422, f"tz: {exc}") from None


def _zone_midnight(value: str | None, zone: dt.tzinfo) -> str | None:
    """A date-only value ('2021-05-16') as the zone's midnight; anything else unchanged."""
    if value and len(value.strip()) == 10:
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            return value  # ItemFilters names the bad date
        return dt.datetime.combine(day, dt.time.min, zone).isoformat()
    return value


def _reference_routes(app: FastAPI, store, guard, settings) -> None:
    """Alerts, approved messages, sources, emerging clusters and the health probe."""

    @app.get(
        "/api/alerts",
        response_model=list[AlertOut],
        responses=_ERRORS,
        tags=["trends"],
        summary="Alerts (spikes, new clusters, response gaps), newest first",
    )
    def list_alerts(
        _token: Annotated[dict, Depends(guard("alerts"))],
        since: Annotated[str | None, Query(max_length=40)] = None,
        status: Annotated[Literal["open", "closed"] | None, Query(description="open or closed (default: both)")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> list[dict]:
        start = parse_when(since)
        admin = _token["role"] == "admin" and _token.get("user_role", "admin") == "admin"
        rows = store.alerts(limit=limit, since=start, status=status)
        return [a for a in rows if seen_by(a, _token["username"], "admin" if admin else _token["role"])]

    @app.get(
        "/api/approved-messages",
        response_model=list[MessageOut],
        responses=_ERRORS,
        tags=["messages"],
        summary="Approved messages: the newest active version of each (or every version)",
    )
    def approved_messages(
        _token: Annotated[dict, Depends(guard("approved_messages"))],
        history: Annotated[bool, Query(description="Every version, not only the current ones.")] = False,
    ) -> list[dict]:
        return store.approved_messages(include_history=history)

    @app.get(
        "/api/sources",
        response_model=list[SourceOut],
        responses=_ERRORS,
        tags=["sources"],
        summary="Sources with their health: last fetch, failures, items per day",
    )
    def list_sources(_token: Annotated[dict, Depends(guard("sources"))]) -> list[dict]:
        return store.source_health()

    @app.get(
        "/api/emerging",
        response_model=list[EmergingOut],
        responses=_ERRORS,
        tags=["emerging"],
        summary="Emerging clusters: on-topic items no narrative claims, ranked by growth and spread",
    )
    def list_emerging(
        _token: Annotated[dict, Depends(guard("emerging"))],
        days: Annotated[
            int | None,
            Query(ge=1, le=90, description="Days in the sliding window (default: the emerging_days setting)."),
        ] = None,
        min_size: Annotated[
            int | None,
            Query(
                ge=1, le=10_000, description="Fewest items a cluster needs (default: the emerging_min_size setting)."
            ),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20,
        at: Annotated[str | None, Query(max_length=40, description="Look as of this time (default: now).")] = None,
        tz: Annotated[
            str | None,
            Query(
                max_length=64,
                description="IANA time zone whose days each cluster's `daily` history counts, e.g. "
                "Asia/Ho_Chi_Minh (the dashboard's days). Default: UTC.",
            ),
        ] = None,
    ) -> list[dict]:
        s = settings or Settings()
        clusters = emerging(
            store,
            parse_when(at),
            days=days or s.emerging_days,
            min_size=min_size or s.emerging_min_size,
            limit=limit,
            weak_score=s.emerging_weak_score,
            tz=_zone_param(tz) or dt.UTC,
        )
        return [c.to_dict() for c in clusters]

    schema_checked: list[Any] = [0.0, None, "ok"]

    @app.get("/api/health", response_model=Health, tags=["health"], summary="Liveness and database state (no token)")
    def health() -> dict:
        # Reading the migration scripts costs tens of milliseconds: a probe every second need not.
        now = time.monotonic()
        if now - schema_checked[0] > 30 or schema_checked[1] is not True:
            try:
                schema_checked[:] = [now, store.schema_is_current(), "ok"]
            except MonitorError:
                schema_checked[:] = [now, False, "unreachable"]
        current, database = schema_checked[1], schema_checked[2]
        return {
            "status": "ok" if database == "ok" and current else "degraded",
            "database": database,
            "schema_current": current,
            "version": API_VERSION,
            "time": dt.datetime.now(dt.UTC),
        }
