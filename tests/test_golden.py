"""Golden files: examples/claims.txt against its expected JSON Lines.

After a deliberate change to the knowledge base or the wording of reasons, regenerate with
UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py, and read the diff before committing it.
"""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

from ipcheck.cli import main
from ipcheck.environment import Environment

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run_file(path: Path) -> tuple[int, str]:
    out = io.StringIO()
    status = main(["verify", "--format", "jsonl", "--file", str(path)],
                  Environment(stdout=out, stderr=io.StringIO(), environ={}))
    return status, out.getvalue()


def test_claims_golden():
    status, got = run_file(EXAMPLES / "claims.txt")
    golden = EXAMPLES / "claims.jsonl"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    want = golden.read_text(encoding="utf-8")
    assert [json.loads(x) for x in got.splitlines()] == [json.loads(x) for x in want.splitlines()]
    assert status == 1      # the sample deliberately holds contradicted claims


def test_golden_covers_every_verdict():
    verdicts = {json.loads(x)["verdict"] for x in (EXAMPLES / "claims.jsonl").read_text(encoding="utf-8").splitlines()}
    assert verdicts == {"supported", "contradicted", "disputed", "unverifiable"}
