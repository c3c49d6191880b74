"""`users add|list|disable|enable|reset|role`: manage dashboard accounts."""

from __future__ import annotations

import click

from monitor.auth import check_username, hash_password
from monitor.errors import AuthError
from monitor.interfaces.cli import AppContext
from monitor.models import Role

ROLES = [r.value for r in Role]


@click.group()
def users() -> None:
    """Manage dashboard users and their roles (officer, manager, trainer, admin)."""


def _password(password: str | None) -> str:
    if password is None:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return password


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True, help="The user's role.")
@click.option(
    "--password", envvar="MONITOR_NEW_PASSWORD", help="Password (asked for when omitted; env MONITOR_NEW_PASSWORD)."
)
@click.pass_obj
def add(app: AppContext, name: str, role: str, password: str | None) -> None:
    """Add a user NAME with a role."""
    store = app.store()
    check_username(name)
    if taken := store.username_taken(name):  # also another case: "Lan" and "lan" are one person
        raise AuthError(f"user {taken!r} already exists (use `users reset` or `users role`)")
    store.add_user(name, hash_password(_password(password)), role, by="cli")
    click.echo(f"added {name} ({role})")


@users.command("list")
@click.option("--demo", "demo_only", is_flag=True, help="Only demo accounts that still have their published password.")
@click.pass_obj
def list_(app: AppContext, demo_only: bool) -> None:
    """List users with role and state; `demo` marks an account with its published demo password."""
    people = app.store().list_users()
    for u in people:
        if demo_only and not u["demo_password"]:
            continue
        state = "active" if u["active"] else "disabled"
        mark = "  demo (published password: `users reset` it)" if u["demo_password"] else ""
        click.echo(f"{u['username']:<24} {u['role']:<8} {state}{mark}")


def _get(app: AppContext, name: str):
    store = app.store()
    if store.get_user(name) is None:
        raise AuthError(f"no user named {name!r}")
    return store


@users.command("disable")
@click.argument("name")
@click.pass_obj
def disable(app: AppContext, name: str) -> None:
    """Disable NAME (they can no longer log in; their decisions stay)."""
    _get(app, name).update_user(name, by="cli", active=False)
    click.echo(f"disabled {name}")


@users.command("enable")
@click.argument("name")
@click.pass_obj
def enable(app: AppContext, name: str) -> None:
    """Enable NAME again."""
    _get(app, name).update_user(name, by="cli", active=True)
    click.echo(f"enabled {name}")


@users.command("reset")
@click.argument("name")
@click.option("--password", envvar="MONITOR_NEW_PASSWORD", help="New password (asked for when omitted).")
@click.pass_obj
def reset(app: AppContext, name: str, password: str | None) -> None:
    """Set a new password for NAME (a demo account becomes an ordinary one)."""
    store = _get(app, name)
    store.update_user(name, by="cli", password_hash=hash_password(_password(password)))
    click.echo(f"password reset for {name}")


@users.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLES))
@click.pass_obj
def role(app: AppContext, name: str, role: str) -> None:
    """Change NAME's role."""
    _get(app, name).update_user(name, by="cli", role=role)
    click.echo(f"{name} is now {role}")


commands = [users]
