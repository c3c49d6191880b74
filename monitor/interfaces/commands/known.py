"""Checks of the names a command is given: the account it acts for, the narratives and sources
it filters on. A name the database does not know is a typo; say so in one line."""

from __future__ import annotations

from monitor.errors import AuthError, ConfigError


def known_names(store, narratives, sources) -> None:
    """A narrative key or source name the database does not know is a typo, not a filter that
    matches nothing: say so instead of writing an empty export or saving a dead view."""
    unknown, known = store.unknown_narratives(narratives)
    if unknown:
        raise ConfigError(f"--narrative {unknown[0]!r}: no such narrative (known: {', '.join(known)})")
    names = {s.name for s in store.list_sources()}
    unknown = [n for n in sources if n not in names]
    if unknown:
        raise ConfigError(f"--source {unknown[0]!r}: no such source (see the Sources page or feeds.yaml)")


def known_user(store, name: str, option: str = "--user", roles: tuple[str, ...] = ()) -> str:
    """The account a command acts for must exist and be active (and hold one of `roles`, when
    given): the audit log and the saved views name real people."""
    user = store.get_user(name.strip()) if name.strip() else None
    if user is None:
        raise AuthError(f"{option} {name!r}: no user named {name!r} (see `users list`)")
    if not user["active"]:
        raise AuthError(f"{option} {name!r}: the account is disabled")
    if roles and user["role"] not in roles:
        raise AuthError(f"{option} {name!r}: a {user['role']} may not do this (needs {' or '.join(roles)})")
    return user["username"]
