"""Streaming claims through the judge: reading claim files, order, workers, emit, tallies."""
from __future__ import annotations

import io
import os

import pytest

from ipcheck import verify
from ipcheck.errors import InputError
from ipcheck.verify import Tally, claim_lines, open_claims, verify_all

CLAIMS = [
    "PCT applications 2024 = 16,300",
    "Trademark registrations 2024 = 294,500",
    "2013年深圳国内专利申请量80,657件,同比增长10.29%。",
    "Shanghai filed 6,000 PCT applications in 2024.",
    "The press conference was well attended.",
]


def test_claim_lines_skip_blanks_and_comments_and_tolerate_a_bom():
    data = "\ufeff# a comment\n\nPCT applications 2024 = 16,300\r\n  \n2013年深圳PCT国际专利申请1万件\n".encode()
    assert list(claim_lines(io.BytesIO(data), "f")) == [
        (3, "PCT applications 2024 = 16,300"), (5, "2013年深圳PCT国际专利申请1万件")]


def test_claim_lines_read_bare_carriage_returns_as_line_ends():
    data = b"PCT applications 2024 = 16,300\r# note\rTrademark registrations 2024 = 249,500\r"
    assert [n for n, _ in claim_lines(io.BytesIO(data), "f")] == [1, 3]


def test_claim_lines_name_the_line_that_is_not_utf8():
    data = b"fine\n" * 5000 + b"\xff\xfe broken\n"          # far past the first buffer
    with pytest.raises(InputError, match=r"f: line 5001 is not valid UTF-8 \(byte 0xff\)"):
        list(claim_lines(io.BytesIO(data), "f"))


def test_open_claims_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        open_claims(str(tmp_path / "missing.txt"), None)
    with pytest.raises(InputError, match="is a folder"):
        open_claims(str(tmp_path), None)
    with pytest.raises(InputError, match="no standard input"):
        open_claims("-", None)


def _batch(n: int) -> list[tuple[int, str]]:
    return [(i + 1, CLAIMS[i % len(CLAIMS)].replace("2024", str(2000 + i % 30))) for i in range(n)]


def test_workers_give_the_same_verdicts_in_input_order(knowledge):
    batch = _batch(verify.SERIAL_HEAD + verify.CHUNK * 3 + 7)     # long enough to fork workers
    serial = [v.to_dict() for v in verify_all(knowledge, iter(batch), workers=1)]
    forked = [v.to_dict() for v in verify_all(knowledge, iter(batch), workers=2)]
    assert forked == serial
    assert [d["line"] for d in forked] == [line for line, _ in batch]


def test_emit_runs_on_every_verdict_in_workers_too(knowledge):
    batch = _batch(verify.SERIAL_HEAD + 50)
    out = list(verify_all(knowledge, iter(batch), workers=2, emit=lambda v: (v.line, v.verdict)))
    assert [line for line, _ in out] == [line for line, _ in batch]
    assert {v for _, v in out} <= {"supported", "contradicted", "disputed", "unverifiable"}


def test_short_batches_never_fork(knowledge, monkeypatch):
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("forked for a short batch"))
    assert len(list(verify_all(knowledge, iter(_batch(verify.SERIAL_HEAD)), workers=2))) == verify.SERIAL_HEAD


def test_workers_are_fed_a_bounded_window(knowledge):
    """The input is read only a few chunks ahead of the output, whatever its length."""
    read = 0

    def source():
        nonlocal read
        for item in _batch(verify.SERIAL_HEAD + verify.CHUNK * 40):
            read += 1
            yield item

    results = verify_all(knowledge, source(), workers=2)
    for _ in range(verify.SERIAL_HEAD + 1):
        next(results)
    ahead = verify.SERIAL_HEAD + 1 + verify.CHUNK * (2 * verify.IN_FLIGHT_PER_WORKER * 2 + 1)
    assert read <= ahead
    results.close()


def test_tally():
    t = Tally()
    for v in ("supported", "supported", "unverifiable"):
        t.count(v)
    assert t.summary() == "3 claims: 2 supported, 0 contradicted, 0 disputed, 1 unverifiable"
    assert not t.failed() and t.failed(strict=True)
    t.count("disputed")
    assert t.failed()


def test_verdicts_do_not_depend_on_the_hash_seed(tmp_path):
    """Sets iterate in an order set by PYTHONHASHSEED; no verdict, reason or reading may follow it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    texts = sorted((root / "tests" / "data" / "texts").glob("*"))
    lines = (root / "examples" / "claims.txt").read_text(encoding="utf-8").splitlines()
    for t in texts:       # the sentences of the test articles, one claim each: lists, Chinese, ranks
        lines += [s for s in t.read_text(encoding="utf-8").splitlines() if any(c.isdigit() for c in s)]
    lines += [   # a modifier with two spellings; metrics that match equally
        "Chinese universities's IP-related disciplines totalled 50 at the end of 2022.",
        "Shenzhen universities' PCT applications 2024 = 16,300",
        "2013年有54家企业获得总额达1.74亿元的贷款担保,其中31家企业获得0.94亿元的贷款。",
    ]
    claims = tmp_path / "claims.txt"
    claims.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outs.append(subprocess.run([sys.executable, "-m", "ipcheck", "verify", "--format", "jsonl", "--jobs", "1",
                                    "--file", str(claims)], capture_output=True, text=True, env=env).stdout)
    assert outs[0].count("\n") >= len([x for x in lines if x.strip() and not x.startswith("#")])
    assert outs[0] == outs[1] == outs[2]


def test_workers_place_relative_periods_with_the_date_of_writing(knowledge):
    from datetime import date

    claim = "Shenzhen's data IP registration certificates issued stood at 801 this year."
    batch = [(i + 1, claim) for i in range(verify.SERIAL_HEAD + 20)]       # long enough to fork
    undated = {v.verdict for v in verify_all(knowledge, iter(batch), workers=2)}
    dated = {v.verdict for v in verify_all(knowledge, iter(batch), workers=2, as_of=date(2024, 12, 31))}
    assert undated == {"unverifiable"} and dated == {"supported"}
