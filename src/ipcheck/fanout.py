"""Work shared among forked processes, results handed back in order: what a long batch runs on.

Not ``multiprocessing.Pool``: the pool's parent keeps three handler threads and wraps every task
and result in an envelope of its own, and on two cores that parent competes with the workers it
feeds. Here each worker has a pipe in and a pipe out, takes chunks in turn (chunk i goes to
worker i mod n), and the parent reads the results back in the order it sent them; it does nothing
else.

Deadlock-free by construction: a worker blocks only while writing a result the parent has not
read yet, and the parent never blocks writing a task into a pipe that might be full of earlier
tasks (it first reads results until the tasks it has sent that worker and not had answered fit in
the pipe's buffer).
"""
from __future__ import annotations

import os
import pickle
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

from ipcheck.errors import WorkerLost

PIPE_BYTES = 65_536        # what a Linux pipe buffers (the smallest it may be set to hold)
RESULT_PIPE_BYTES = 1 << 20     # what a result pipe is asked to hold (Linux's default ceiling for a user)


def _widen(fd: int) -> None:
    """Let a result pipe hold a whole chunk's output where the system allows it (Linux), so a worker
    that finishes while the parent is still reading the other's results goes straight on to its next
    chunk instead of waiting, blocked on a full pipe."""
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, RESULT_PIPE_BYTES)
    except (ImportError, AttributeError, OSError):      # elsewhere, or over the system's limit: the default
        pass


class _Failed:
    """A worker's exception, sent back in place of a result."""

    def __init__(self, error: BaseException) -> None:
        try:
            pickle.dumps(error)
            self.error = error
        except Exception:        # an exception that cannot be pickled still says what it was
            self.error = RuntimeError(f"{type(error).__name__}: {error}")


def _serve(work: Callable[[Any], Any], tasks: BinaryIO, results: BinaryIO) -> None:
    """A worker's life: read a task, write its result, until the parent closes the pipe."""
    while True:
        try:
            task = pickle.load(tasks)
        except EOFError:
            return
        try:
            result = work(task)
        except Exception as e:
            result = _Failed(e)
        pickle.dump(result, results, pickle.HIGHEST_PROTOCOL)
        results.flush()


class _Worker:
    def __init__(self, work: Callable[[Any], Any], inherited: list[BinaryIO]) -> None:
        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        _widen(result_w)
        pid = os.fork()
        if pid == 0:                                    # the worker
            status = 1
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
                for f in inherited:                    # other workers' pipe ends: they must see EOF
                    f.close()
                os.close(task_w)
                os.close(result_r)
                with os.fdopen(task_r, "rb") as tasks, os.fdopen(result_w, "wb") as results:
                    _serve(work, tasks, results)
                status = 0
            finally:
                os._exit(status)      # never the parent's exit handlers, never its buffers flushed twice
        os.close(task_r)
        os.close(result_w)
        self.pid = pid
        self.tasks: BinaryIO = os.fdopen(task_w, "wb")
        self.results: BinaryIO = os.fdopen(result_r, "rb")
        self.unanswered = 0          # bytes of tasks sent whose results have not been read

    def send(self, data: bytes) -> None:
        try:
            self.tasks.write(data)
            self.tasks.flush()
        except BrokenPipeError:         # not the reader's closed pipe: the caller must not take it for one
            raise self._lost() from None
        self.unanswered += len(data)

    def receive(self, size: int) -> Any:
        try:
            result = pickle.load(self.results)
        except (EOFError, pickle.UnpicklingError):
            raise self._lost() from None
        self.unanswered -= size
        if isinstance(result, _Failed):
            raise result.error
        return result

    def _lost(self) -> WorkerLost:
        status = 0
        for _ in range(100):        # its pipes close a moment before its exit status is there
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                break
            if pid:
                break
            time.sleep(0.01)
        how = f" (signal {os.WTERMSIG(status)})" if status and os.WIFSIGNALED(status) else \
            f" (exit status {os.WEXITSTATUS(status)})" if status else ""
        return WorkerLost(f"a worker process ended before finishing its part of the batch{how}; "
                          f"the output is incomplete")


def fan_out(work: Callable[[Any], Any], tasks: Iterable[Any], workers: int, ahead: int = 4) -> Iterator[Any]:
    """``work(task)`` for every task, in order, computed in ``workers`` forked processes, with at
    most ``ahead`` tasks per worker sent and not yet answered (memory stays bounded)."""
    crew: list[_Worker] = []
    finished = False
    try:
        for _ in range(workers):
            crew.append(_Worker(work, [f for w in crew for f in (w.tasks, w.results)]))
        sent: deque[tuple[_Worker, int]] = deque()

        def oldest() -> Any:
            worker, size = sent.popleft()
            return worker.receive(size)

        for i, task in enumerate(tasks):
            worker = crew[i % workers]
            data = pickle.dumps(task, pickle.HIGHEST_PROTOCOL)
            while sent and (len(sent) >= ahead * workers or
                            worker.unanswered and worker.unanswered + len(data) > PIPE_BYTES):
                yield oldest()
            worker.send(data)
            sent.append((worker, len(data)))
        while sent:
            yield oldest()
        finished = True
    finally:
        for w in crew:
            try:
                w.tasks.close()           # end of input: a worker that is done leaves
            except OSError:               # a lost worker's pipe, with a task still in its buffer
                pass
            if not finished:
                w.results.close()         # a worker still writing gets a broken pipe and leaves
                try:
                    os.kill(w.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for w in crew:
            try:
                os.waitpid(w.pid, 0)
            except ChildProcessError:       # already reaped (see _lost)
                pass
            if finished:
                w.results.close()
