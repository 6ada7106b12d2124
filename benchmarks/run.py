"""ipcheck benchmark: prints a table of the figures issue 6 sets targets for.

    python benchmarks/run.py            # the full run (about a minute on 2 cores)
    python benchmarks/run.py --quick    # fewer repetitions and a smaller synthetic base

Measures, on this machine and in this run:
  * one claim, cold: median wall time of `ipcheck verify "<claim>"`, and its ratio to `python -c pass`;
  * a batch: 10,000 distinct, realistic claims through `--file` (built from the knowledge base's own
    figures, right, rounded and wrong; median of several runs, and claims per second after
    start-up), with peak memory compared against a batch five times longer (streaming keeps it flat);
  * growth: time per claim against the bundled base and against a synthetic base of about 30,000
    facts (hundreds of generated documents, each a source and a file of its own, with the real
    base's metric / entity / period spread), and the audit of that base.
"""
from __future__ import annotations

import argparse
import math
import os
import random
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


def _sig(x: float, digits: int) -> str:
    """``x`` to ``digits`` significant figures, written out (never in e-notation)."""
    if x == 0:
        return "0"
    places = max(0, digits - 1 - math.floor(math.log10(abs(x))))
    return f"{round(x, places):,.{places}f}"


def _written(value: float, unit: str, rnd: random.Random, zh: bool) -> str:
    """``value`` as a reporter might write it: in full, rounded, or scaled (万/亿, thousand, billion)."""
    style = rnd.randrange(4)
    if unit == "percent":
        return f"{value:g}%"
    if unit == "yuan":
        return f"{_sig(value / 1e8, 4)}亿元" if zh else f"{_sig(value / 1e9, 4)} billion yuan"
    if unit != "count" or value != int(value):
        return f"{value:g}"
    if style == 1 and value >= 10_000:
        return f"{_sig(value / 1e4, 3)}万" if zh else f"about {_sig(value, 3)}"
    if style == 2 and value >= 10_000 and not zh:
        return f"{_sig(value / 1e3, 4)} thousand"
    return f"{value:,.0f}"


def claims(n: int, seed: int = 7) -> list[str]:
    """Realistic, distinct claims: the product's claim forms built from the knowledge base's own
    figures, some right, some rounded, some wrong (value, year, place) and some about nothing it holds.

    A newsroom's file rarely repeats a sentence, so neither does this one: no cache can answer it.
    """
    rnd = random.Random(seed)
    real = kbmod.load(kbmod.bundled_path())
    facts = [f for f in real.facts.values() if f.kind == "actual" and f.unit in ("count", "percent", "yuan")
             and f.period.kind in ("year", "point") and f.measure in ("level", "growth")]
    places = ["Shanghai", "Beijing", "Guangzhou", "Hangzhou"]
    verbs = ["reached", "were", "totalled", "stood at", "hit"]
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        f = rnd.choice(facts)
        metric, entity = real.metrics[f.metric], real.entities[f.entity]
        value, year = f.value, f.period.end.year
        twist = rnd.random()
        if twist < 0.25:
            value *= rnd.choice([1.1, 0.9, 1.5, 0.5, 10])          # a wrong figure
        elif twist < 0.33:
            year += rnd.choice([-2, -1, 1, 3])                         # a year it has no figure for
        place_en = rnd.choice(places) if twist > 0.95 else entity.en
        name = rnd.choice((metric.en,) + tuple(a for a in metric.aliases if a.isascii()))
        form = rnd.randrange(6)
        if form == 0:
            text = f"{name} {year} = {_written(value, f.unit, rnd, False)}"
        elif form == 1 and f.measure == "growth":
            text = f"{place_en}'s {name} grew {value:g}% in {year}."
        elif form == 2:
            when = f"at the end of {year}" if f.period.kind == "point" else f"in {year}"
            text = f"{place_en}'s {name} {rnd.choice(verbs)} {_written(value, f.unit, rnd, False)} {when}."
        elif form == 3 and f.measure == "level":
            text = f"{year}年{entity.zh}{metric.zh}{_written(value, f.unit, rnd, True)}。"
        elif form == 4:
            text = f"In {year}, {place_en} recorded {_written(value, f.unit, rnd, False)} {name}."
        else:
            i = rnd.randrange(len(TEMPLATES))
            text = TEMPLATES[i].format(
                n16300=f"{rnd.randrange(15000, 17000):,}", n249500=f"{rnd.randrange(240000, 260000):,}",
                n80657=f"{rnd.randrange(79000, 82000):,}", n49756=f"{rnd.randrange(48000, 52000):,}",
                n308000=f"{rnd.randrange(300, 320) * 1000:,}", n9694=f"{rnd.randrange(9000, 10000):,}",
                n6000=f"{rnd.randrange(5000, 7000):,}", b124=f"{rnd.randrange(120000, 130000) / 1000:g}",
                p27=f"{rnd.randrange(150, 300) / 10:g}%", w163=f"{rnd.randrange(150, 175) / 100:g}")
        if text not in seen:
            seen.add(text)
            out.append(text)
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


def peak_rss_kb(cmd: list[str]) -> tuple[float, int, float]:
    """Wall time, peak resident memory and CPU seconds (all its processes) of one command."""
    code = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
            "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
            "print(time.perf_counter() - t, u.ru_maxrss, u.ru_utime + u.ru_stime)")
    out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1]), float(out[2])


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


_LOOP = """
import time
def loop():
    s = 0
    for i in range(3_000_000):
        s += i * i % 7
t = time.perf_counter()
loop()
print(time.perf_counter() - t)
"""


def calibration() -> tuple[float, float]:
    """Seconds for a fixed pure-Python loop, alone and on both cores at once: how fast this machine
    is right now, to read the other rows against. Shared machines drift (a factor of two has been
    seen within an hour), and a batch needs both cores: a neighbour on one shows in the second."""
    alone = float(subprocess.run([sys.executable, "-c", _LOOP], capture_output=True, text=True).stdout)
    pair = [subprocess.Popen([sys.executable, "-c", _LOOP], stdout=subprocess.PIPE, text=True) for _ in range(2)]
    both = max(float(p.communicate()[0]) for p in pair)
    return alone, both


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    reps = 3 if args.quick else 7
    target_facts = 10_000 if args.quick else 30_000
    ipcheck = exe()
    rows: list[tuple[str, str, str, str]] = []
    calm_before = calibration()
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        base = statistics.median(wall([sys.executable, "-c", "pass"]) for _ in range(reps))
        cold = statistics.median(wall([ipcheck, "verify", CLAIM], cwd=tmp) for _ in range(reps))
        rows.append(("one claim, cold (median)", f"{cold:.3f} s", "<= 0.25 s", _ok(cold <= 0.25)))
        rows.append(("  python -c pass (median)", f"{base:.3f} s", "", ""))
        rows.append(("  ratio to python -c pass", f"{cold / base:.1f}x", "", ""))

        batch = tmpdir / "batch.txt"
        texts10 = claims(10_000)
        batch.write_text("\n".join(texts10) + "\n", encoding="utf-8")
        long_batch = tmpdir / "long.txt"
        long_batch.write_text("\n".join(claims(50_000)) + "\n", encoding="utf-8")
        runs = [peak_rss_kb([ipcheck, "verify", "--format", "jsonl", "--file", str(batch)])
                for _ in range(3 if args.quick else 5)]
        t10 = statistics.median(t for t, _, _ in runs)
        rss10 = max(r for _, r, _ in runs)
        cpu10 = statistics.median(c for _, _, c in runs)
        t50, rss50, _ = peak_rss_kb([ipcheck, "verify", "--format", "jsonl", "--file", str(long_batch)])
        rate = 10_000 / max(1e-9, t10 - cold)
        rows.append(("10,000 claims via --file (median)", f"{t10:.2f} s", "<= 2 s", _ok(t10 <= 2.0)))
        rows.append(("  fastest / slowest run", f"{min(t for t, _, _ in runs):.2f} / {max(t for t, _, _ in runs):.2f} s",
                     "", ""))
        rows.append(("  CPU time, all processes (median)", f"{cpu10:.2f} s", "", ""))
        rows.append(("  distinct claims in the batch", f"{len(set(texts10)):,}", "", ""))
        rows.append(("  claims per second after start-up", f"{rate:,.0f}", ">= 5,000", _ok(rate >= 5000)))
        rows.append(("  peak memory, 10,000 / 50,000 claims", f"{rss10 / 1024:.0f} / {rss50 / 1024:.0f} MB",
                     "flat", _ok(rss50 <= rss10 * 1.25)))

        texts = claims(2000, seed=3)
        real = kbmod.load(kbmod.bundled_path())
        synth = tmpdir / "synthetic"
        synth.mkdir()
        n = synthetic_base(synth, target_facts)
        t0 = time.perf_counter()
        big_kb = kbmod.load(synth)
        load_big = time.perf_counter() - t0
        # the two bases in turn, three times: the machine's speed drifts, and measured minutes apart
        # the ratio would show the drift as much as the base
        pairs = [(per_claim(real, texts), per_claim(big_kb, texts)) for _ in range(3)]
        small = statistics.median(a for a, _ in pairs)
        large = statistics.median(b for _, b in pairs)
        rows.append(("per claim, bundled base", f"{small * 1e3:.3f} ms", "", ""))
        rows.append((f"per claim, synthetic base ({n:,} facts)", f"{large * 1e3:.3f} ms",
                     "<= 1.5x", _ok(large <= small * 1.5)))
        rows.append(("  growth factor", f"{large / small:.2f}x", "", ""))
        rows.append(("  loading the synthetic base", f"{load_big:.2f} s", "", ""))
        t0 = time.perf_counter()
        report = run_audit(synth)
        t_audit = time.perf_counter() - t0
        rows.append(("audit of the synthetic base", f"{t_audit:.2f} s", "<= 10 s", _ok(t_audit <= 10)))
        rows.append(("  relations recomputed / findings", f"{report.checks} / {len(report.findings)}", "", ""))

    calm_after = calibration()
    rows.append(("machine speed: fixed loop alone, start / end", f"{calm_before[0]:.2f} / {calm_after[0]:.2f} s", "", ""))
    rows.append(("  the loop on both cores at once, start / end", f"{calm_before[1]:.2f} / {calm_after[1]:.2f} s",
                 "", ""))
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
