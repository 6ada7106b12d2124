"""Work shared among forked workers: order, errors, big tasks and results, early stops."""
from __future__ import annotations

import os
import time

import pytest

from ipcheck.fanout import PIPE_BYTES, fan_out

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")


def _slow_on_odd(n: int) -> tuple[int, int]:
    if n % 2:
        time.sleep(0.002)            # the workers finish out of step; the results must not
    return n, os.getpid()


def test_results_come_back_in_order_from_every_worker():
    out = list(fan_out(_slow_on_odd, range(200), workers=3))
    assert [n for n, _ in out] == list(range(200))
    pids = {pid for _, pid in out}
    assert len(pids) == 3 and os.getpid() not in pids


def _one_worker_slow(task: tuple[str, int]) -> int:
    marker, n = task
    try:                            # the first worker to get here is the slow one, for good
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        _one_worker_slow.slow = True  # type: ignore[attr-defined]
    except FileExistsError:
        pass
    if getattr(_one_worker_slow, "slow", False):
        time.sleep(0.01)
    return os.getpid()


def test_a_slow_worker_takes_less_of_the_work(tmp_path):
    marker = str(tmp_path / "slow")
    pids = list(fan_out(_one_worker_slow, [(marker, n) for n in range(200)], workers=2, ahead=2))
    counts = sorted(pids.count(p) for p in set(pids))
    assert len(counts) == 2 and counts[0] < 200 * 0.3     # in turns, each would take half


def test_tasks_and_results_larger_than_a_pipe_do_not_deadlock():
    big = ["x" * (PIPE_BYTES * 2 + i) for i in range(12)]
    out = list(fan_out(lambda s: s * 3, big, workers=2, ahead=4))
    assert [len(s) for s in out] == [len(s) * 3 for s in big]


def test_a_worker_error_is_raised_in_the_parent():
    def work(n: int) -> int:
        if n == 7:
            raise ValueError("seven")
        return n

    with pytest.raises(ValueError, match="seven"):
        list(fan_out(work, range(20), workers=2))


def test_an_unpicklable_error_still_names_itself():
    class Odd(Exception):
        def __reduce__(self):
            raise TypeError("no")

    def work(n: int) -> int:
        raise Odd("strange")

    with pytest.raises(RuntimeError, match="Odd: strange"):
        list(fan_out(work, range(3), workers=2))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_stopping_early_leaves_no_worker_behind():
    results = fan_out(_slow_on_odd, range(10_000), workers=2, ahead=2)
    first = [next(results) for _ in range(5)]
    results.close()                       # a reader that went away: a closed pipe, Ctrl-C
    pids = {pid for _, pid in first}
    assert pids and not any(_alive(pid) for pid in pids)


def test_the_input_is_read_only_a_bounded_window_ahead():
    read = 0

    def tasks():
        nonlocal read
        for n in range(1000):
            read += 1
            yield n

    results = fan_out(_slow_on_odd, tasks(), workers=2, ahead=3)
    next(results)
    assert read <= 2 * 3 * 2 + 1          # twice ahead per worker, and the one in hand
    results.close()


def _dies_at_five(n: int) -> int:
    if n == 5:
        os.kill(os.getpid(), 9)          # killed from outside (out of memory, a signal)
    return n


def _exits_at_three(n: int) -> int:
    if n == 3:
        os._exit(1)
    return n


@pytest.mark.parametrize("work, how", [(_dies_at_five, "signal 9"), (_exits_at_three, "exit status 1")])
def test_a_lost_worker_is_an_error_never_a_silent_gap(work, how):
    from ipcheck.errors import WorkerLost

    with pytest.raises(WorkerLost, match=how):
        list(fan_out(work, range(50), workers=2))


def test_the_cli_reports_a_lost_worker_in_one_line(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from ipcheck import verify
    from ipcheck.cli import app
    from ipcheck.judge import Judge

    real = Judge.verify

    def dying(self, text, line=1, *args):      # inherited by the forked workers
        if text == "DIE":
            os.kill(os.getpid(), 9)
        return real(self, text, line, *args)

    monkeypatch.setattr(Judge, "verify", dying)
    claims = tmp_path / "claims.txt"
    lines = ["PCT applications 2024 = 16,300"] * (verify.SERIAL_HEAD + 300)
    lines[verify.SERIAL_HEAD + 150] = "DIE"
    claims.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["verify", "--format", "jsonl", "--jobs", "2", "--file", str(claims)])
    assert r.exit_code == 2
    assert "worker process ended" in r.stderr and len(r.stderr.strip().splitlines()) == 1
