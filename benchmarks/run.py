"""ipcheck benchmark: prints a table of the figures issue 6 sets targets for.

    python benchmarks/run.py            # the full run (about a minute on 2 cores)
    python benchmarks/run.py --quick    # fewer repetitions and a smaller synthetic base

Measures, on this machine and in this run:
  * one claim, cold: median wall time of `ipcheck verify "<claim>"`, and its ratio to `python -c pass`;
  * a batch: 10,000 realistic claims through `--file` (total, and claims per second after start-up),
    with peak memory compared against a batch five times longer (streaming keeps it flat);
  * growth: time per claim against the bundled base and against a synthetic base of about 30,000
    facts (hundreds of generated documents, each a source and a file of its own, with the real
    base's metric / entity / period spread), and the audit of that base.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ipcheck import kb as kbmod
from ipcheck.audit import run_audit
from ipcheck.judge import Judge

CLAIM = "PCT applications 2024 = 16,300"
TEMPLATES = [
    "Shenzhen's PCT applications reached {n16300} in 2024.",
    "Trademark registrations 2024 = {n249500}",
    "2013年深圳国内专利申请量{n80657}件,同比增长10.29%。",
    "Shenzhen was granted {n49756} domestic patents in 2013, up 2.25%.",
    "University patent grants rose from 69,000 in 2012 to {n308000} in 2021, an increase of 346.4%.",
    "The balance of IP pledge loans was {b124} billion yuan at the end of June 2022.",
    "In 2013 Shenzhen courts accepted {n9694} IP cases and closed 8,174.",
    "Shenzhen's valid invention patents exceeded 95,000 in 2016.",
    "Shanghai filed {n6000} PCT applications in 2024.",
    "China's IP royalty exports grew {p27} in 2021.",
    "Shenzhen's high-value invention patents per 10,000 people were 110 in 2024, 7.9 times the national average.",
    "2024年深圳PCT国际专利申请{w163}万件。",
]


def claims(n: int, seed: int = 7) -> list[str]:
    """Realistic claims: the product's claim forms with figures right, rounded or wrong."""
    rnd = random.Random(seed)

    def jitter(v: float) -> str:
        v = v * rnd.choice([1, 1, 1, 0.98, 1.1, 0.5])
        return f"{round(v):,}"

    out = []
    for i in range(n):
        t = TEMPLATES[i % len(TEMPLATES)]
        out.append(t.format(n16300=jitter(16300), n249500=jitter(249500), n80657=jitter(80657),
                            n49756=jitter(49756), n308000=jitter(308000), n9694=jitter(9694),
                            n6000=jitter(6000), b124=rnd.choice(["124.637", "124.6", "142.637"]),
                            p27=rnd.choice(["27.1%", "27%", "17.1%"]), w163=rnd.choice(["1.63", "1.6", "3.16"])))
    return out


def exe() -> str:
    found = shutil.which("ipcheck", path=os.path.dirname(sys.executable)) or shutil.which("ipcheck")
    if not found:
        sys.exit("benchmark: install ipcheck first (pip install .)")
    return found


def wall(cmd: list[str], **kw) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    return time.perf_counter() - t


def peak_rss_kb(cmd: list[str]) -> tuple[float, int]:
    """Wall time and peak resident memory of one child process."""
    code = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
            "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1])


def synthetic_base(folder: Path, target_facts: int) -> int:
    """The bundled base plus generated documents, about ``target_facts`` facts in all.

    Spread like the real base: each synthetic document is its own source and file (the base grows
    by documents), with its own metrics and a few hundred figures over entities and years.
    """
    bundled = kbmod.bundled_path()
    for f in bundled.glob("*.toml"):
        shutil.copy(f, folder / f.name)
    rnd = random.Random(11)
    real = kbmod.load(bundled)
    n_facts = max(0, target_facts - len(real.facts))
    per_doc = 300
    n_docs = max(1, n_facts // per_doc)
    n_entities = 40
    years = list(range(2005, 2025))
    ent = ['[[entity]]\nid = "synth-e%d"\nen = "Synthville %d"\nzh = "合成市%d"\nkind = "city"\n'
           'aliases = ["Synthville %d"]\n' % (e, e, e, e) for e in range(n_entities)]
    (folder / "entities-synthetic.toml").write_text("\n".join(ent), encoding="utf-8")
    words = ["gadget", "widget", "gizmo", "sprocket", "doohickey", "contraption", "device", "apparatus"]
    acts = ["applications", "grants", "registrations", "licences", "transfers", "filings"]
    made = 0
    for d in range(n_docs):
        lines = [f'[[source]]\nid = "synthetic-{d}"\ntitle = "Synthetic report {d}"\npublisher = "benchmark"\n'
                 f'date = "2025-01-01"\nlanguage = "en"\nfile = "synthetic-{d}.txt"\n']
        metrics = []
        for k in range(10):
            m = d * 10 + k
            name = f"{words[m % len(words)]} {acts[(m // len(words)) % len(acts)]} series{m}"
            metrics.append(m)
            lines.append(f'[[metric]]\nid = "synth_m{m}"\nen = "{name}"\nzh = "合成指标{m}"\nunit = "count"\n'
                         f'measure = "flow"\naliases = ["{name}", "series{m} {words[m % len(words)]}s"]\n')
        seen = set()
        while len(seen) < min(per_doc, n_facts - made):
            m, e, y = rnd.choice(metrics), rnd.randrange(n_entities), rnd.choice(years)
            if (m, e, y) in seen:
                continue
            seen.add((m, e, y))
            v = rnd.randrange(100, 500000)
            lines.append(f'[[fact]]\nid = "synth-{d}-{len(seen)}"\nmetric = "synth_m{m}"\nentity = "synth-e{e}"\n'
                         f'period = "{y}"\nvalue = {v}\nunit = "count"\nsource = "synthetic-{d}"\n'
                         f'quote = "Synthville {e} recorded {v:,} in {y}"\n')
        made += len(seen)
        (folder / f"synthetic-{d:04d}.toml").write_text("\n".join(lines), encoding="utf-8")
    return len(real.facts) + made


def per_claim(knowledge, texts: list[str]) -> float:
    judge = Judge(knowledge)
    for t in texts[:50]:
        judge.verify(t)
    start = time.perf_counter()
    for t in texts:
        judge.verify(t).to_dict()
    return (time.perf_counter() - start) / len(texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    reps = 3 if args.quick else 7
    target_facts = 10_000 if args.quick else 30_000
    ipcheck = exe()
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        base = statistics.median(wall([sys.executable, "-c", "pass"]) for _ in range(reps))
        cold = statistics.median(wall([ipcheck, "verify", CLAIM], cwd=tmp) for _ in range(reps))
        rows.append(("one claim, cold (median)", f"{cold:.3f} s", "<= 0.25 s", _ok(cold <= 0.25)))
        rows.append(("  python -c pass (median)", f"{base:.3f} s", "", ""))
        rows.append(("  ratio to python -c pass", f"{cold / base:.1f}x", "", ""))

        batch = tmpdir / "batch.txt"
        batch.write_text("\n".join(claims(10_000)) + "\n", encoding="utf-8")
        long_batch = tmpdir / "long.txt"
        long_batch.write_text("\n".join(claims(50_000)) + "\n", encoding="utf-8")
        t10, rss10 = peak_rss_kb([ipcheck, "verify", "--format", "jsonl", "--file", str(batch)])
        t50, rss50 = peak_rss_kb([ipcheck, "verify", "--format", "jsonl", "--file", str(long_batch)])
        rate = 10_000 / max(1e-9, t10 - cold)
        rows.append(("10,000 claims via --file", f"{t10:.2f} s", "<= 2 s", _ok(t10 <= 2.0)))
        rows.append(("  claims per second after start-up", f"{rate:,.0f}", ">= 5,000", _ok(rate >= 5000)))
        rows.append(("  peak memory, 10,000 / 50,000 claims", f"{rss10 / 1024:.0f} / {rss50 / 1024:.0f} MB",
                     "flat", _ok(rss50 <= rss10 * 1.25)))

        texts = claims(2000, seed=3)
        real = kbmod.load(kbmod.bundled_path())
        small = per_claim(real, texts)
        synth = tmpdir / "synthetic"
        synth.mkdir()
        n = synthetic_base(synth, target_facts)
        t0 = time.perf_counter()
        big_kb = kbmod.load(synth)
        load_big = time.perf_counter() - t0
        large = per_claim(big_kb, texts)
        rows.append(("per claim, bundled base", f"{small * 1e3:.3f} ms", "", ""))
        rows.append((f"per claim, synthetic base ({n:,} facts)", f"{large * 1e3:.3f} ms",
                     "<= 1.5x", _ok(large <= small * 1.5)))
        rows.append(("  growth factor", f"{large / small:.2f}x", "", ""))
        rows.append(("  loading the synthetic base", f"{load_big:.2f} s", "", ""))
        t0 = time.perf_counter()
        report = run_audit(synth)
        t_audit = time.perf_counter() - t0
        rows.append((f"audit of the synthetic base", f"{t_audit:.2f} s", "<= 10 s", _ok(t_audit <= 10)))
        rows.append(("  relations recomputed / findings", f"{report.checks} / {len(report.findings)}", "", ""))

    width = max(len(r[0]) for r in rows)
    print(f"ipcheck benchmark ({os.cpu_count()} cores, Python {sys.version.split()[0]})\n")
    print(f"| {'measure':<{width}} | {'result':>14} | {'target':>9} | ok  |")
    print(f"| {'-' * width} | {'-' * 14}: | {'-' * 9} | --- |")
    for name, result, target, ok in rows:
        print(f"| {name:<{width}} | {result:>14} | {target:>9} | {ok:<3} |")


def _ok(flag: bool) -> str:
    return "yes" if flag else "NO"


if __name__ == "__main__":
    main()
