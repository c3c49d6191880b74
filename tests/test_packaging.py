"""The project installs as a package: every folder is packaged, a collector needs no dashboard
libraries, and `pip install .` into a fresh venv gives a working `monitor` command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_code_folder_is_a_listed_package():
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    found = {
        ".".join(d.relative_to(ROOT).parts)
        for top in ("monitor", "classifiers")
        for d in [ROOT / top, *(ROOT / top).rglob("*")]
        if d.is_dir() and d.name != "__pycache__" and any(d.glob("*.py"))
    }
    assert found <= listed, f"add to pyproject.toml [tool.setuptools] packages: {sorted(found - listed)}"


def test_collector_imports_no_dashboard_libraries():
    code = (
        "import sys\n"
        "from monitor.interfaces.cli import main\n"
        "for cmd in ('collect', 'run', 'init', 'import'):\n"
        "    try:\n"
        "        main([cmd, '--help'], standalone_mode=False)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "import monitor.ingest.schedule, monitor.ingest.pipeline, monitor.analysis.classify\n"
        "import monitor.outputs.notify, monitor.demo.bootstrap\n"
        "heavy = sorted(m for m in ('streamlit', 'kaleido', 'matplotlib', 'plotly', 'fastapi') if m in sys.modules)\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "HEAVY=", out.stdout.strip().splitlines()[-1]


def test_starting_a_command_imports_no_scientific_libraries():
    """The near-duplicate index's datasketch imports scipy (0.7 s of every start on a slow machine):
    a command pays for it, and for scikit-learn, only when it clusters or classifies. `check-config`
    (run for real: it reads the approved messages to name the election) needs no model either."""
    code = (
        "import sys\n"
        "from monitor.interfaces.cli import main\n"
        "for args in (['init', '--help'], ['collect', '--help'], ['run', '--help'], ['import', '--help'],\n"
        "             ['export', '--help'], ['check-config']):\n"
        "    try:\n"
        "        main(args, standalone_mode=False)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "import monitor.ingest.dedupe, monitor.ingest.schedule, monitor.ingest.imports, monitor.demo.bootstrap\n"
        "import monitor.storage\n"
        "found = sorted(m for m in ('datasketch', 'scipy', 'sklearn', 'skops') if m in sys.modules)\n"
        "print('LOADED=' + ','.join(found))\n"
        "from monitor.ingest.dedupe import ClusterIndex, signatures\n"
        "ClusterIndex()\n"
        "print('AFTER=' + str('datasketch' in sys.modules) + ',' + str(len(signatures(['a b c d']))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    lines = out.stdout.strip().splitlines()
    assert any(": OK" in line for line in lines), out.stdout
    assert lines[-2] == "LOADED=", lines[-2]
    assert lines[-1] == "AFTER=True,1"  # (loaded on first use)


@pytest.mark.slow
def test_pip_install_gives_a_monitor_command(tmp_path):
    """A fresh venv; its dependencies come from this environment's site-packages (a .pth file) so
    the test needs no download of them, but the project itself is really built and installed.
    pip too comes from this environment (through the .pth file) unless it is missing there:
    installing a copy of it into the venv first (ensurepip) would cost seconds."""
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    py = env_dir / "bin" / "python"
    site = subprocess.run(
        [py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(site) / "shared_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    if subprocess.run([py, "-m", "pip", "--version"], env=env, capture_output=True).returncode != 0:
        subprocess.run([py, "-m", "ensurepip", "-q"], env=env, check=True, capture_output=True)
    src = tmp_path / "src"  # a copy: building writes build/ and *.egg-info next to the sources
    shutil.copytree(
        ROOT,
        src,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "tests", "bench", "__pycache__", "build", "*.egg-info", "*.db", "models", "logs", "exports"
        ),
    )
    subprocess.run(
        [py, "-m", "pip", "install", "-q", "--disable-pip-version-check", str(src)],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    monitor = env_dir / "bin" / "monitor"
    out = subprocess.run([monitor, "--help"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "collect" in out.stdout and "Usage: monitor" in out.stdout
    # the installed copy, not this checkout, and it finds the shipped data files
    where = subprocess.run(
        [
            py,
            "-c",
            "import monitor, pathlib; from monitor.config import shipped_file; "
            "print(monitor.__file__); print(shipped_file(pathlib.Path('nowhere'), 'narratives.yaml')); "
            "print(shipped_file(pathlib.Path('nowhere'), 'labels/seed.jsonl'))",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert str(env_dir) in where[0]
    assert where[1].startswith(str(env_dir)) and Path(where[1]).is_file()
    assert where[2].startswith(str(env_dir)) and Path(where[2]).is_file()
