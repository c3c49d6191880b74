"""Users, roles, password hashing (Argon2id) and which pages each role may open."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from monitor.errors import AuthError
from monitor.models import Role

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Letters of any alphabet (Vietnamese names: "lê.thị.hoa"), digits and . _ - @; no spaces.
_USERNAME = re.compile(r"^[\w.\-@]{2,100}$")
MIN_PASSWORD = 8

# Pages per role; the dashboard builds its navigation from this and every action re-checks it.
ROLE_PAGES: dict[Role, tuple[str, ...]] = {
    Role.OFFICER: ("queue", "messages", "sources"),
    Role.MANAGER: ("trends", "queue", "messages", "sources"),
    Role.TRAINER: ("cases", "messages", "model"),
    Role.ADMIN: ("queue", "trends", "cases", "messages", "sources", "model", "admin"),
}

# Demo accounts exist only when the database was filled by the demo loader (listed in README).
DEMO_USERS = {
    "officer": ("officer-demo", Role.OFFICER),
    "manager": ("manager-demo", Role.MANAGER),
    "trainer": ("trainer-demo", Role.TRAINER),
    "admin": ("admin-demo", Role.ADMIN),
}


def _error(key: str, message: str, **params) -> AuthError:
    """An AuthError the dashboard can say in its own language (``monitor.i18n.error_text``)."""
    exc = AuthError(message)
    exc.key, exc.params = key, params
    return exc


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise _error("auth.short_password", f"password must be at least {MIN_PASSWORD} characters", n=MIN_PASSWORD)
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


def authenticate(store, username: str, password: str, now: dt.datetime, lock_after: int = 5, lock_seconds: int = 300) -> dict:
    """Check a login; counts failures and locks the account after too many. Returns the user row."""
    username = unicodedata.normalize("NFC", username or "")  # as stored by check_username
    user = store.get_user(username)
    if user is None or not user["active"]:
        verify_password(_DUMMY_HASH, password)  # same work either way: no user enumeration by timing
        raise AuthError("unknown user or wrong password")
    if user["locked_until"] is not None and user["locked_until"] > now:
        raise AuthError("too many failed logins; try again later")
    if not verify_password(user["password_hash"], password):
        store.record_login(username, False, now, lock_after, lock_seconds)
        raise AuthError("unknown user or wrong password")
    store.record_login(username, True, now, lock_after, lock_seconds)
    if _hasher.check_needs_rehash(user["password_hash"]):
        store.update_user(username, by=username, password_hash=_hasher.hash(password))
    return user


_DUMMY_HASH = _hasher.hash("not-a-real-password")
