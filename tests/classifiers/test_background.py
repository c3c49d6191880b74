"""The flag decision is fitted in a second process beside the model's fits: the same value as in
this process, its errors raised here, the process stopped when the caller fails first."""

from __future__ import annotations

import os
import sys
import threading
import time
import types

import pytest

from classifiers import background, combiner, training
from tests.classifiers.background_calls import Picky, dies_unless_in, fails, raises_picky, sleeps, where
from tests.classifiers.test_combiner import DATA, SMALL


def test_runs_in_a_second_process_and_returns_its_value():
    value, pid = background.start(where, value={"a": [1, 2]}).result()
    assert value == {"a": [1, 2]} and pid != os.getpid()


def test_runs_here_when_asked_or_with_one_core(monkeypatch):
    assert background.start(where, background=False, value=1).result() == (1, os.getpid())
    monkeypatch.setattr(background, "usable_cores", lambda: 1)
    assert background.start(where, value=2).result() == (2, os.getpid())


def test_work_that_cannot_be_sent_to_a_process_runs_here():
    here = lambda: 1  # noqa: E731 - a lambda cannot be pickled
    value, pid = background.start(where, value=here).result()
    assert value is here and pid == os.getpid()


def test_a_process_that_cannot_start_is_one_line_in_the_log(monkeypatch, caplog):
    def refuse(self):
        raise RuntimeError("An attempt has been made to start a new process\n\n        before bootstrapping")

    monkeypatch.setattr(background.mp.get_context("spawn").Process, "start", refuse)
    with caplog.at_level("WARNING", logger=background.log.name):
        assert background.start(where, value=3).result() == (3, os.getpid())
    (line,) = [r.getMessage() for r in caplog.records]
    assert "\n" not in line and "start a new process before bootstrapping" in line


def test_the_second_process_ends_when_its_caller_is_killed(tmp_path):
    """A daemon process outlives a parent killed by SIGKILL; ours notices and ends."""
    import signal
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    script = tmp_path / "caller.py"
    script.write_text(
        "import sys, time\n"
        "from classifiers import background\n"
        "from tests.classifiers.background_calls import sleeps\n"
        "if __name__ == '__main__':\n"
        "    call = background.start(sleeps, seconds=120)\n"
        "    print(call._proc.pid, flush=True)\n"
        "    time.sleep(120)\n",
        encoding="utf-8",
    )
    caller = subprocess.Popen(
        [sys.executable, str(script)], cwd=root, env={**os.environ, "PYTHONPATH": str(root)}, stdout=subprocess.PIPE
    )
    try:
        child = int(caller.stdout.readline())
        os.kill(child, 0)  # (running)
        caller.send_signal(signal.SIGKILL)
        caller.wait(10)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and _alive(child):
            time.sleep(0.2)
        assert not _alive(child), "the second process outlived its killed caller"
    finally:
        caller.kill()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split(") ")[-1][:1] != "Z"  # (a zombie has ended)
    except FileNotFoundError:
        return False


def test_its_error_is_raised_here():
    call = background.start(fails, message="no negative rows")
    with pytest.raises(ValueError, match="no negative rows"):
        call.result()


def test_an_error_that_cannot_be_sent_back_is_raised_by_a_fit_here():
    with pytest.raises(Picky, match="no/rows"):
        background.start(raises_picky).result()


def test_cancel_stops_the_process():
    call = background.start(sleeps, seconds=60)
    proc = call._proc
    assert proc is not None and proc.is_alive()
    t0 = time.monotonic()
    call.cancel()
    assert not proc.is_alive() and time.monotonic() - t0 < 10


def test_a_process_that_dies_is_replaced_by_a_fit_here():
    assert background.start(dies_unless_in, pid=os.getpid()).result() == "fitted here"


def test_training_fits_the_same_decision_beside_the_model_as_after_it(synth_rows, messages, monkeypatch):
    texts, labels = [t for t, _ in synth_rows], [lab for _, lab in synth_rows]
    expected = combiner.fit(texts, labels, messages=messages, data=DATA, params=SMALL)  # in this process
    started = []
    real_start = background.start
    monkeypatch.setattr(training, "BACKGROUND_ROWS", 1)
    monkeypatch.setattr(background, "start", lambda fn, **kw: started.append(kw["background"]) or real_start(fn, **kw))
    model, metrics = training.train(texts, labels, decision={"messages": messages, "data": DATA}, **SMALL)
    assert started == [True]
    assert expected is not None and metrics["decision"] == expected and model.decision_ == expected


def test_a_failing_model_fit_stops_the_decisions_process(synth_rows, monkeypatch):
    texts, labels = [t for t, _ in synth_rows], [lab for _, lab in synth_rows]
    calls = []
    real_start = background.start

    def start(fn, **kw):
        calls.append(real_start(sleeps, seconds=60))
        return calls[-1]

    monkeypatch.setattr(training, "BACKGROUND_ROWS", 1)
    monkeypatch.setattr(background, "start", start)
    t0 = time.monotonic()
    with pytest.raises(ValueError, match="must be in"):
        training.train(texts, labels, decision={}, target_precision=2.0)
    assert calls and calls[0]._proc is None and time.monotonic() - t0 < 30  # stopped, not awaited


def test_a_process_that_ends_while_it_starts_is_replaced_by_a_fit_here(tmp_path, monkeypatch):
    """The child imports the caller's main module before it reads its work; here that ends it."""
    script = tmp_path / "ends_on_import.py"
    script.write_text("import os\nos._exit(3)\n", encoding="utf-8")
    main = types.ModuleType("__main__")
    main.__file__ = str(script)
    main.__spec__ = None
    monkeypatch.setitem(sys.modules, "__main__", main)
    results = []
    waiter = threading.Thread(target=lambda: results.append(background.start(where, value=5).result()), daemon=True)
    waiter.start()
    waiter.join(60)
    assert results == [(5, os.getpid())]  # fitted here, after the process ended without an answer
