"""Work shared among forked processes, results handed back in order: what a long batch runs on.

Not ``multiprocessing.Pool``: the pool's parent keeps three handler threads and wraps every task
and result in an envelope of its own, and on two cores that parent competes with the workers it
feeds. Here each worker has a pipe in and a pipe out. A chunk goes to whichever worker has the
fewest unanswered (so a worker slowed by a busy core, or by the parent sharing it, takes less of
the batch instead of holding the other up); the parent reads results as they arrive, keeps those
that are ahead of their turn, and hands them back in the order the tasks came. It does nothing else.

Deadlock-free by construction: the parent never blocks writing a task (a worker is sent one only
while the tasks it has not answered fit in its pipe's buffer, or when it has none), and it never
blocks reading a result (it waits for any pipe to be readable, then takes what is there).
Memory stays bounded: at most ``ahead`` chunks a worker has unanswered, and ``2 * ahead`` per worker in
all sent and not yet handed back (a fast worker may run that far ahead of a slow one).
"""
from __future__ import annotations

import os
import pickle
import selectors
import signal
import struct
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

from ipcheck.errors import WorkerLost

PIPE_BYTES = 65_536        # what a Linux pipe buffers (the smallest it may be set to hold)
RESULT_PIPE_BYTES = 1 << 20     # what a result pipe is asked to hold (Linux's default ceiling for a user)
_LENGTH = struct.Struct("<Q")    # each result is framed by its length, so the parent can read it in pieces


def _widen(fd: int) -> None:
    """Let a result pipe hold a whole chunk's output where the system allows it (Linux): a worker
    writes it in one go and goes on to its next chunk, however soon the parent gets round to it."""
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
        data = pickle.dumps(result, pickle.HIGHEST_PROTOCOL)
        results.write(_LENGTH.pack(len(data)))
        results.write(data)
        results.flush()


class _Worker:
    def __init__(self, work: Callable[[Any], Any], inherited: list[int]) -> None:
        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        _widen(result_w)
        pid = os.fork()
        if pid == 0:                                    # the worker
            status = 1
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
                for fd in inherited:                   # other workers' pipe ends: they must see EOF
                    os.close(fd)
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
        self.task_fd: int | None = task_w
        self.result_fd = result_r
        self.waiting: deque[tuple[int, int]] = deque()   # (task number, bytes) sent and not answered, oldest first
        self.unanswered = 0          # bytes of those tasks
        self.buffer = bytearray()    # result bytes read and not yet a whole result
        self.answered = 0            # tasks answered so far: the faster worker has answered more

    def send(self, seq: int, data: bytes) -> None:
        assert self.task_fd is not None
        try:
            view = memoryview(data)
            while view:                 # (never blocks for long: the pipe has room, see fan_out)
                view = view[os.write(self.task_fd, view):]
        except BrokenPipeError:         # not the reader's closed pipe: the caller must not take it for one
            raise self._lost() from None
        self.waiting.append((seq, len(data)))
        self.unanswered += len(data)

    def has_room(self, size: int, ahead: int) -> bool:
        return not self.waiting or (len(self.waiting) < ahead and self.unanswered + size <= PIPE_BYTES)

    def read(self) -> list[tuple[int, Any]] | None:
        """Read what the result pipe holds: the (task number, result) of every result now whole, or
        None when the worker has left after answering its last task."""
        chunk = os.read(self.result_fd, RESULT_PIPE_BYTES)
        if not chunk:
            if self.waiting or self.task_fd is not None or self.buffer:
                raise self._lost()
            return None
        self.buffer += chunk
        out = []
        while len(self.buffer) >= _LENGTH.size:
            (size,) = _LENGTH.unpack_from(self.buffer)
            if len(self.buffer) < _LENGTH.size + size:
                break
            try:
                result = pickle.loads(memoryview(self.buffer)[_LENGTH.size:_LENGTH.size + size])
            except pickle.UnpicklingError:
                raise self._lost() from None
            del self.buffer[:_LENGTH.size + size]
            seq, sent = self.waiting.popleft()
            self.unanswered -= sent
            self.answered += 1
            out.append((seq, result))
        return out

    def close_tasks(self) -> None:
        """End of input: a worker that is done leaves."""
        if self.task_fd is not None:
            try:
                os.close(self.task_fd)
            except OSError:
                pass
            self.task_fd = None

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
    most ``ahead`` tasks per worker unanswered, and at most twice that many sent and not yet
    handed back (memory stays bounded however long the input)."""
    crew: list[_Worker] = []
    selector = selectors.DefaultSelector()
    finished = False
    try:
        for _ in range(workers):
            crew.append(_Worker(work, [fd for w in crew for fd in (w.task_fd, w.result_fd) if fd is not None]))
            selector.register(crew[-1].result_fd, selectors.EVENT_READ, crew[-1])
        pending = iter(tasks)
        order: deque[int] = deque()          # task numbers sent and not yet handed back, in order
        done: dict[int, Any] = {}            # results read ahead of their turn
        limit = 2 * ahead * workers          # a fast worker may run this far ahead of a slow one
        next_data: bytes | None = None
        seq = 0
        exhausted = False
        while True:
            # hand out tasks while there is room: to the worker with the fewest unanswered
            while not exhausted and len(order) < limit:
                if next_data is None:
                    task = next(pending, _END)
                    if task is _END:
                        exhausted = True
                        break
                    next_data = pickle.dumps(task, pickle.HIGHEST_PROTOCOL)
                free = [w for w in crew if w.has_room(len(next_data), ahead)]
                if not free:
                    break
                worker = min(free, key=lambda w: (len(w.waiting), -w.answered))
                worker.send(seq, next_data)
                order.append(seq)
                seq += 1
                next_data = None
            if exhausted:
                for w in crew:
                    w.close_tasks()
            handed = False
            while order and order[0] in done:
                result = done.pop(order.popleft())
                if isinstance(result, _Failed):
                    raise result.error
                yield result
                handed = True
            if not order and exhausted:
                break
            if handed or not order:
                continue                # room again: tasks go out before the parent waits
            for key, _ in selector.select():
                answered = key.data.read()
                if answered is None:
                    selector.unregister(key.fd)
                    continue
                for n, result in answered:
                    done[n] = result
        finished = True
    finally:
        selector.close()
        for w in crew:
            w.close_tasks()
            if not finished:
                os.close(w.result_fd)       # a worker still writing gets a broken pipe and leaves
                w.result_fd = -1
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
                os.close(w.result_fd)


_END = object()
