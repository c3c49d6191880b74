"""Sessions follow the account as the database holds it now (AppTest): disabled → signed out at
the next run, demoted → only the new role's pages, sign-in starts from a clean session state,
and the demo banner follows the demo-mode setting."""

from __future__ import annotations

from monitor.demo.bootstrap import ensure_demo_users
from monitor.interfaces import dashboard_data as dd
from monitor.models import Role
from tests.dashboard.conftest import PASSWORD
from tests.dashboard.test_apptest import TITLES_EN, _store, button, make_app, no_exception, open_page, titles


def _login(at, user: str, password: str = PASSWORD) -> None:
    at.text_input(key="login_username").input(user)
    at.text_input(key="login_password").input(password)
    button(at, "Log in").click()
    at.run()
    no_exception(at)


def test_disabled_user_is_signed_out_at_the_next_run(dash_env):
    at = make_app(Role.OFFICER)
    at.run()
    assert titles(at) == [TITLES_EN["queue"]]
    _store(dash_env).update_user("off", by="cli", active=False)
    at.run()
    no_exception(at)
    assert dd.USER_KEY not in at.session_state
    assert TITLES_EN["queue"] not in titles(at)
    assert any("signed out" in w.value for w in at.warning)


def test_demoted_user_sees_only_the_new_roles_pages(dash_env):
    at = open_page(make_app(Role.MANAGER), "trends")
    assert titles(at) == [TITLES_EN["trends"]]
    _store(dash_env).update_user("man", by="cli", role="officer")
    at.run()
    no_exception(at)
    assert at.session_state[dd.USER_KEY]["role"] == "officer"
    assert TITLES_EN["trends"] not in titles(at)


def test_sign_in_starts_a_fresh_session_but_keeps_the_language(dash_env):
    at = make_app(lang="en")
    at.session_state["queue_pick"] = 999_999  # left by an earlier session in this browser tab
    at.session_state["cases_flash"] = "from before"
    at.run()
    _login(at, "off")
    assert at.session_state[dd.USER_KEY]["username"] == "off"
    assert "cases_flash" not in at.session_state
    assert at.session_state["queue_pick"] != 999_999
    assert at.session_state[dd.LANG_KEY] == "en"


def test_demo_banner_and_demo_logins_follow_the_setting(dash_env, monkeypatch):
    store = _store(dash_env)
    ensure_demo_users(store)
    banner = "Demo mode: bundled offline data."
    # off: no banner with the published passwords, and the demo admin cannot sign in
    at = make_app()
    at.run()
    assert not any(banner in i.value for i in at.sidebar.info)
    _login(at, "admin", "admin-demo")
    assert dd.USER_KEY not in at.session_state
    assert any("demo account" in e.value for e in at.error)
    assert store.get_user("admin")["failed_logins"] == 0
    # on: banner, and the README's passwords work
    monkeypatch.setenv("MONITOR_DEMO", "1")
    at = make_app()
    at.run()
    assert any(banner in i.value for i in at.sidebar.info)
    _login(at, "admin", "admin-demo")
    assert at.session_state[dd.USER_KEY]["role"] == "admin"
    assert any("Anyone who read the README" in w.value for w in at.sidebar.warning)
    # an administrator changed every demo password: no banner even in demo mode
    from monitor.auth import hash_password

    for name in store.demo_accounts():
        store.update_user(name, by="adm", password_hash=hash_password(f"{name}-real-pass"))
    dd.demo_accounts.clear()  # the banner's list is cached for 10 s (sign-in itself reads the database)
    at = make_app()
    at.run()
    assert not any(banner in i.value for i in at.sidebar.info)
