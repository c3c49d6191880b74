"""Users, roles, password hashing (Argon2id) and which pages each role may open."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from monitor.errors import AuthError, DemoAccountError
from monitor.models import Role

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Letters of any alphabet (Vietnamese names: "lê.thị.hoa"), digits and . _ - @; no spaces.
_USERNAME = re.compile(r"^[\w.\-@]{2,100}$")
MIN_PASSWORD = 8

# Pages per role; the dashboard builds its navigation from this and every action re-checks it.
ROLE_PAGES: dict[Role, tuple[str, ...]] = {
    Role.OFFICER: ("queue", "messages", "sources"),
    Role.MANAGER: ("trends", "queue", "messages", "sources", "emerging"),
    Role.TRAINER: ("cases", "messages", "model", "emerging"),
    Role.ADMIN: ("queue", "trends", "cases", "messages", "sources", "model", "admin", "emerging"),
}

# Demo accounts exist only when the database was filled by the demo loader (listed in README).
# Their passwords are public: the loader marks the accounts (users.demo_password) and they cannot
# sign in while demo mode is off, until an administrator sets a new password.
DEMO_USERS = {
    "officer": ("officer-demo", Role.OFFICER),
    "manager": ("manager-demo", Role.MANAGER),
    "trainer": ("trainer-demo", Role.TRAINER),
    "admin": ("admin-demo", Role.ADMIN),
}
PUBLISHED_PASSWORDS = frozenset(pw for pw, _ in DEMO_USERS.values())


def _error(key: str, message: str, **params) -> AuthError:
    """An AuthError the dashboard can say in its own language (``monitor.i18n.error_text``)."""
    exc = AuthError(message)
    exc.key, exc.params = key, params
    return exc


def hash_password(password: str, allow_published: bool = False) -> str:
    """Argon2id hash of a new password; the published demo passwords are refused (only the demo
    loader passes ``allow_published``)."""
    if len(password) < MIN_PASSWORD:
        raise _error("auth.short_password", f"password must be at least {MIN_PASSWORD} characters", n=MIN_PASSWORD)
    if password in PUBLISHED_PASSWORDS and not allow_published:
        raise _error("auth.published_password", "that password is published in the README for the demo; choose another")
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_username(username: str) -> str:
    """The username in NFC (one spelling however it was typed), or AuthError."""
    username = unicodedata.normalize("NFC", username or "")
    if not _USERNAME.match(username):
        raise _error("auth.bad_username", "username must be 2–100 letters, digits or . _ - @")
    return username


def can_open(role: Role | str, page: str) -> bool:
    return page in ROLE_PAGES.get(Role(role), ())


def require(role: Role | str | None, page: str) -> None:
    """Server-side check before any action of a page; raises AuthError when not allowed."""
    if role is None or not can_open(role, page):
        raise AuthError(f"your role may not use '{page}'")


def session_allowed(account: dict | None, demo_mode: bool) -> bool:
    """May this account (a row with active, demo_password) act now? Checked at sign-in, on every
    dashboard run and action, and for every API request."""
    return bool(account and account["active"] and (demo_mode or not account.get("demo_password")))


def demo_refusal(username: str) -> DemoAccountError:
    return DemoAccountError(
        f"{username!r} still has its published demo password and demo mode is off: an administrator "
        f"must set a new password first (python -m monitor users reset {username})"
    )


def authenticate(
    store,
    username: str,
    password: str,
    now: dt.datetime,
    lock_after: int = 5,
    lock_seconds: int = 300,
    demo_mode: bool = False,
) -> dict:
    """Check a login; counts failures and locks the account after too many. Returns the user row.

    Every attempt is counted before its password is checked (``Store.begin_login``), so parallel
    guesses get no more than ``lock_after`` checks. With demo mode off, demo accounts and the
    published demo passwords are refused before any check.
    """
    username = unicodedata.normalize("NFC", username or "")  # as stored by check_username
    user = store.get_user(username)
    if user is None or not user["active"]:
        verify_password(_dummy_hash(), password)  # same work either way: no user enumeration by timing
        raise AuthError("unknown user or wrong password")
    if not demo_mode and (user.get("demo_password") or password in PUBLISHED_PASSWORDS):
        raise demo_refusal(username)
    if user["locked_until"] is not None and user["locked_until"] > now:
        raise AuthError("too many failed logins; try again later")
    attempt = store.begin_login(username, now, lock_after, lock_seconds)
    if attempt is None:
        raise AuthError("too many failed logins; try again later")
    if not verify_password(user["password_hash"], password):
        store.record_login(username, False, now, lock_after, lock_seconds, attempt=attempt)
        raise AuthError("unknown user or wrong password")
    store.record_login(username, True, now, lock_after, lock_seconds, attempt=attempt)
    if _hasher.check_needs_rehash(user["password_hash"]):
        store.update_user(
            username, by=username, password_hash=_hasher.hash(password), demo_password=bool(user.get("demo_password"))
        )
    return user


@functools.cache
def _dummy_hash() -> str:
    # Made on the first check of an unknown user, not at import: an argon2 hash costs a few tenths
    # of a second, which every command and page process would pay.
    return _hasher.hash("not-a-real-password")
