"""Instructions per claim, counted by valgrind: a measure of ipcheck's own work that, unlike wall
time, does not move with whatever else the machine is doing.

    python benchmarks/instructions.py          # needs valgrind on PATH and ipcheck installed

It judges the benchmark's realistic claims (verify and JSON, as a batch worker does) under
`valgrind --tool=callgrind` twice, with 0 and with 1,000 claims after the same warm-up, and prints
the difference per claim.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CLAIMS = 1000
WARM = 300


def inner(path: str, n: int) -> None:
    from ipcheck import kb as kbmod
    from ipcheck.judge import Judge
    from ipcheck.render import dumps

    judge = Judge(kbmod.load(kbmod.bundled_path()))
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for text in lines[:WARM]:
        dumps(judge.verify(text).to_dict())
    for text in lines[WARM:WARM + n]:
        dumps(judge.verify(text).to_dict())


def collected(path: str, n: int) -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
           sys.executable, __file__, "--inner", path, str(n)]
    # (a fixed hash seed: set orders otherwise move the count by some 2,000 a claim between identical runs)
    err = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"}).stderr
    m = re.search(r"Collected : (\d+)", err)
    if not m:
        sys.exit(f"instructions: valgrind gave no count:\n{err[-2000:]}")
    return int(m.group(1))


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--inner":
        inner(sys.argv[2], int(sys.argv[3]))
        return
    if not shutil.which("valgrind"):
        sys.exit("instructions: valgrind is not installed")
    sys.path.insert(0, os.path.dirname(__file__))
    from run import claims

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "claims.txt")
        Path(path).write_text("\n".join(claims(WARM + CLAIMS, seed=5)) + "\n", encoding="utf-8")
        base, full = collected(path, 0), collected(path, CLAIMS)
    print(f"{(full - base) / CLAIMS:,.0f} instructions per claim (verify + JSON, {CLAIMS:,} claims)")


if __name__ == "__main__":
    main()
