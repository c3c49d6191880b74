"""One function call in a second process, beside the caller's own work.

Training fits the narrative model (hold-out fit, then the refit) and, independently of it, the
flag decision on out-of-fold evidence (``classifiers.combiner``: three more fits). On a machine
with two cores or more the two run at the same time: ``start(fn, **kwargs)`` starts ``fn`` in a
"spawn" process (safe beside the dashboard's threads) and ``.result()`` returns its value or
raises its exception. Where a second process cannot help or cannot start (one core, a daemon
process, no process allowed, arguments that cannot be pickled), the call runs in this process
when ``.result()`` is asked for.
Either way the value is the same: the work is deterministic.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import threading
import time

log = logging.getLogger(__name__)


def _child(conn, fn, kwargs, parent: int) -> None:
    threading.Thread(target=_end_when_orphaned, args=(parent,), name="monitor-fit-parent", daemon=True).start()
    try:
        value = ("ok", fn(**kwargs))
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
        value = ("error", exc)
    try:
        conn.send(value)
    finally:
        conn.close()


def _end_when_orphaned(parent: int, every: float = 0.5) -> None:
    """End this process once the caller has gone. A daemon process is stopped when its parent
    exits normally, not when it is killed (`monitor train` stopped by SIGKILL): the fit would go
    on using a core for nobody."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class Call:
    """A call under way in a second process, or one deferred to ``result()``."""

    def __init__(self, fn, kwargs: dict, background: bool):
        self._fn, self._kwargs = fn, kwargs
        self._proc = self._conn = None
        self._exitcode = None
        if background and usable_cores() >= 2 and not mp.current_process().daemon:
            ctx = mp.get_context("spawn")
            parent, child = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(child, fn, kwargs, os.getpid()), name="monitor-fit", daemon=True)
            try:
                proc.start()
            except Exception as exc:  # noqa: BLE001 - no process here, or work that cannot be sent to one
                # (one line: the bootstrapping error of a script without a main guard spans many)
                log.warning("running in this process: cannot start a second one (%s)", " ".join(str(exc).split()))
                parent.close()
            else:
                self._proc, self._conn = proc, parent
            finally:
                child.close()

    def result(self):
        if self._proc is None:
            return self._fn(**self._kwargs)
        try:
            answer = self._answer()
        finally:
            self.cancel()
        if answer is None:  # no answer (killed, out of memory, a crash) or one that cannot be read
            log.warning("no answer from the background fit (exit code %s): fitting in this process", self._exitcode)
            return self._fn(**self._kwargs)
        status, value = answer
        if status == "error":
            raise value
        return value

    def _answer(self):
        try:
            return self._conn.recv()
        except EOFError:  # this process holds no other copy of the child's end: it has ended
            self._proc.join()
            self._exitcode = self._proc.exitcode
            return None
        except Exception as exc:  # noqa: BLE001 - an answer this process cannot unpickle (an
            # exception class with its own arguments): fitting here gives the real value or error
            log.warning("cannot read the background fit's answer (%s)", exc)
            return None

    def cancel(self) -> None:
        """Stop the process (when the caller fails first, or after its answer)."""
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.terminate()
            self._proc.join()
            self._conn.close()
            self._proc = None


def start(fn, background: bool = True, **kwargs) -> Call:
    return Call(fn, kwargs, background)
