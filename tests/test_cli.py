"""Meta-tests for the command line: every command documents itself and takes --db/--config."""

from __future__ import annotations

import click
from click.testing import CliRunner

from monitor.interfaces.cli import main


def walk(group: click.Group, prefix=()):
    for name, cmd in sorted(group.commands.items()):
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from walk(cmd, (*prefix, name))


def test_every_command_has_help_and_common_options():
    runner = CliRunner()
    seen = []
    for path, cmd in walk(main):
        seen.append(" ".join(path))
        assert (cmd.help or "").strip(), f"`{' '.join(path)}` has no help text"
        for p in cmd.params:
            if isinstance(p, click.Option):
                assert p.help, f"`{' '.join(path)}` option {p.opts} has no help"
        if not isinstance(cmd, click.Group):
            opts = {o for p in cmd.params for o in getattr(p, "opts", [])}
            assert {"--db", "--config"} <= opts, f"`{' '.join(path)}` lacks --db/--config"
        res = runner.invoke(main, [*path, "--help"])
        assert res.exit_code == 0, res.output
    assert {"init", "check-config", "demo", "users add"} <= set(seen)


def test_init_and_users_on_fresh_sqlite(tmp_path):
    db = f"sqlite:///{tmp_path / 'm.db'}"
    runner = CliRunner()
    res = runner.invoke(main, ["init", "--db", db])
    assert res.exit_code == 0, res.output
    assert "narratives" in res.output
    res = runner.invoke(main, ["--db", db, "users", "add", "lan", "--role", "officer", "--password", "mat-khau-dai"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["users", "list", "--db", db])
    assert "lan" in res.output and "officer" in res.output
    res = runner.invoke(main, ["--db", db, "users", "add", "lan", "--role", "officer", "--password", "mat-khau-dai"])
    assert res.exit_code == 2 and "already exists" in res.output
    res = runner.invoke(main, ["--db", db, "users", "add", "minh", "--role", "officer", "--password", "short"])
    assert res.exit_code == 2 and "at least 8" in res.output


def test_unreachable_database_is_one_line_error(tmp_path):
    res = CliRunner().invoke(main, ["init", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none"])
    assert res.exit_code == 2
    assert "cannot reach the database" in res.output and "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) == 1, res.output  # psycopg's hint line joined to it


def test_readme_lists_every_command():
    from monitor.config import PROJECT_ROOT
    from monitor.interfaces.cli import cli_reference

    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    for line in cli_reference().splitlines()[2:]:
        assert line in readme, f"README's CLI reference is out of date (regenerate it): {line}"


def test_unsupported_database_is_one_line_error():
    res = CliRunner().invoke(main, ["init", "--db", "mysql://x/y"])
    assert res.exit_code == 2 and "only sqlite:/// and postgresql+psycopg://" in res.output


def test_empty_db_option_is_an_error_not_the_default_database(tmp_path):
    """`--db "$DB"` with DB unset used to write to data/monitor.db without a word."""
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text("settings:\n  demo: false\nfeeds: []\n", encoding="utf-8")
    for args in (["--db", "", "init"], ["init", "--db", ""], ["--db", "  ", "check-config"]):
        res = CliRunner().invoke(main, ["--config", str(cfg), *args])
        assert res.exit_code == 2, res.output
        assert res.stderr.strip().splitlines() == ["error: --db: is empty; give a database URL or leave the option out"]
    assert not (tmp_path / "data").exists()


def test_a_subcommands_usage_errors_are_one_line(tmp_path):
    """Bad options and arguments of a subcommand end in one `error:` line naming the command and
    the option, exit code 2, like every other bad input (click printed a usage block)."""
    db = f"sqlite:///{tmp_path / 'm.db'}"
    cases = [
        (["import", str(tmp_path)], "monitor import", "is a directory"),
        (["users", "add", "lan", "--role", "superuser"], "monitor users add", "'superuser' is not one of"),
        (["emerging", "--limit", "0"], "monitor emerging", "--limit"),
        (["alerts", "ack", "3"], "monitor alerts ack", "Missing option '--user'"),
        (["tokens", "revoke", "abc"], "monitor tokens revoke", "'abc' is not a valid integer"),
        (["collect", "--no-such-option"], "monitor collect", "No such option '--no-such-option'"),
    ]
    for args, where, says in cases:
        res = CliRunner().invoke(main, ["--db", db, *args], prog_name="monitor")
        assert res.exit_code == 2, (args, res.output)
        lines = res.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {where}: "), (args, res.output)
        assert says in lines[0], (args, res.output)
        assert "Usage:" not in res.output
    res = CliRunner().invoke(main, ["users", "add", "--help"], prog_name="monitor")
    assert res.exit_code == 0 and "Usage: monitor users add" in res.output
