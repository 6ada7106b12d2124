"""Bad input never crashes ipcheck and never fools it (issue 7)."""
from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ipcheck.claims import read_claim
from ipcheck.cli import app, main
from ipcheck.environment import Environment
from ipcheck.numbers import read_numbers

runner = CliRunner()

NASTY = [
    "", "   ", "\t\t", "=1+1", "@SUM(A1:A9)", "+cmd|' /C calc'!A0", "-2+3",
    "1e308 PCT applications 2024", "NaN PCT applications 2024", "∞ PCT applications 2024",
    "9" * 400 + " PCT applications 2024", "-16,300 PCT applications 2024", "−16,300 PCT applications 2024",
    "[bold]PCT[/] applications [link=http://x]2024[/link] = 16,300", "[/]", "\x00\x01\x02\x1b[31m16,300",
    "שלום PCT applications 2024 = 16,300 مرحبا", "PCT applications 2024 = 16,300\r",
    "深圳 PCT applications 2024年 = １６，３００件", "\u202e0063,61 = 4202 snoitacilppa TCP",
    "%%%%", "2024 2024 2024", "16,300,000,000,000,000,000,000 yuan", "0.0000000001%", ",,,,1,,,",
]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_claims_get_a_verdict(judge, text):
    v = judge.verify(text)
    assert v.verdict in ("supported", "contradicted", "disputed", "unverifiable")
    assert v.reason
    json.dumps(v.to_dict(), ensure_ascii=False)


@pytest.mark.parametrize("text", ["NaN PCT applications 2024", "∞ PCT applications 2024",
                                  "1e308 PCT applications 2024", "\x00\x01\x1b[31m PCT applications 2024"])
def test_garbage_is_never_supported(judge, text):
    assert judge.verify(text).verdict != "supported"


def test_escape_sequences_are_not_figures(judge):
    v = judge.verify("PCT \x1b[31mapplications\x1b[0m 2024 = 16,300")
    assert v.verdict == "supported" and [f.text for f in v.figures] == ["16,300"]


def test_a_one_megabyte_line(judge):
    text = "PCT applications 2024 = 16,300 " + "blah " * 200_000
    start = time.perf_counter()
    v = judge.verify(text)
    assert v.verdict == "supported"
    assert time.perf_counter() - start < 30


def test_binary_input_is_a_one_line_error():
    r = runner.invoke(app, ["verify", "-"], input=bytes(range(256)))
    assert r.exit_code == 2 and "not valid UTF-8" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("command", ["verify", "scan"])
def test_invalid_utf8_is_reported_at_its_line(command):
    data = b"In 2024 Shenzhen filed 16,300 PCT applications.\n\nfine\n" + b"Shenzhen \xe9 2024\n"
    r = runner.invoke(app, [command, "--format", "jsonl", "-"], input=data)
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == ["ipcheck: error: <stdin>: line 4 is not valid UTF-8 (byte 0xe9)"]


def test_windows_line_endings_and_bom(tmp_path):
    f = tmp_path / "claims.txt"
    f.write_bytes("\ufeffPCT applications 2024 = 16,300\r\n\r\n# note\r\nTrademark registrations 2024 = 249,500\r\n"
                  .encode("utf-8"))
    r = runner.invoke(app, ["verify", "--format", "jsonl", "--file", str(f)])
    assert r.exit_code == 0
    assert [(d["line"], d["verdict"], d["claim"]) for d in map(json.loads, r.stdout.splitlines())] == [
        (1, "supported", "PCT applications 2024 = 16,300"), (4, "supported", "Trademark registrations 2024 = 249,500")]


@pytest.mark.parametrize("path, message", [("/definitely/missing.txt", "no such file"), ("/tmp", "is a folder")])
def test_unreadable_claim_files(path, message):
    r = runner.invoke(app, ["verify", "--file", path])
    assert r.exit_code == 2 and message in r.stderr


def test_empty_argument_is_a_claim_with_a_verdict():
    r = runner.invoke(app, ["verify", "--format", "jsonl", ""])
    assert r.exit_code == 0 and json.loads(r.stdout)["verdict"] == "unverifiable"


@pytest.mark.parametrize("content, message", [
    ('[[fact]\n', "malformed TOML"),
    ('[[fact]]\nid = 1\n', "must be str"),
    ('[[fact]]\nid = "x"\nmetric = "widgets"\nentity = "town"\nperiod = "2024"\nvalue = 5\nunit = "parsec"\n'
     'source = "doc-en"\nquote = "5 widgets"\n', "unknown unit 'parsec'"),
    ('[[fact]]\nid = "en-widgets"\nmetric = "widgets"\nentity = "town"\nperiod = "2024"\nvalue = 5\n'
     'unit = "count"\nsource = "doc-en"\nquote = "5 widgets"\n', "duplicate fact id"),
    ('[[fact]]\nid = "q"\nmetric = "widgets"\nentity = "town"\nperiod = "2024"\nvalue = 5\n'
     'unit = "count"\nsource = "doc-en"\nquote = "no figure here"\n', "cannot be read back"),
])
def test_verify_with_a_broken_base_exits_2_naming_the_problem(mini_kb, content, message):
    (mini_kb / "zz.toml").write_text(content, encoding="utf-8")
    r = runner.invoke(app, ["verify", "--facts", str(mini_kb), "Testtown widget applications 2024 = 1,200"])
    assert r.exit_code == 2 and message in r.stderr and "zz.toml" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_non_utf8_knowledge_base_file(mini_kb):
    (mini_kb / "zz.toml").write_bytes(b"\xff\xfe[[fact]]\n")
    r = runner.invoke(app, ["verify", "--facts", str(mini_kb), "x"])
    assert r.exit_code == 2 and "not UTF-8" in r.stderr


def test_empty_knowledge_base_folder(tmp_path):
    r = runner.invoke(app, ["audit", str(tmp_path)])
    assert r.exit_code == 2 and "no .toml files" in r.stderr


# -- properties -----------------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text())
def test_claim_reader_never_raises(knowledge, text):
    read_claim(knowledge, text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789,.%万亿 -−年 PCTapplications倍timesabout近多")), max_size=40))
def test_judge_never_raises_on_figure_like_text(judge, text):
    assert judge.verify(text).verdict in ("supported", "contradicted", "disputed", "unverifiable")


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["16,300", "16300", "１６，３００", "１６３００", "16.3 thousand", "1.63万"]),
       st.sampled_from(["Shenzhen's PCT applications were {} in 2024.", "2024年深圳PCT国际专利申请{}件。"]))
def test_verdict_does_not_depend_on_separators_or_digit_width(judge, figure, template):
    assert judge.verify(template.format(figure)).verdict == "supported"


@pytest.mark.slow
def test_fuzz_claim_reader_100k(knowledge):
    """100,000 generated inputs, zero exceptions (run with: pytest -m slow)."""
    rnd = random.Random(2024)
    alphabet = list("0123456789,.%-−+ ()[]/=:;年月日万亿元件倍约近超过逾多余左右PCTabcdefghijklmnopqrstuvwxyz") + [
        " more than ", " about ", " percent", " billion ", " thousand ", " times ", " in 2013", " 2024",
        "Shenzhen", "深圳", "patent applications", "trademark", " up ", " down ", " from ", " to ", "\u202e", "\x00"]
    for _ in range(100_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 40)))
        read_claim(knowledge, text)
        read_numbers(text)


# -- process behaviour ----------------------------------------------------------------------------

def test_nothing_is_written_anywhere(tmp_path, mini_kb):
    before = sorted(p.name for p in tmp_path.rglob("*"))
    env = dict(os.environ, HOME=str(tmp_path))
    env.pop("IPCHECK_CACHE_DIR", None)
    subprocess.run([sys.executable, "-m", "ipcheck", "verify", "--facts", str(mini_kb), "x 2024 = 1"],
                   cwd=tmp_path, env=env, capture_output=True, timeout=60)
    subprocess.run([sys.executable, "-m", "ipcheck", "audit", str(mini_kb)], cwd=tmp_path, env=env,
                   capture_output=True, timeout=60)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_cache_only_where_asked(tmp_path, mini_kb):
    cache = tmp_path / "cache"
    cache.mkdir()
    env = dict(os.environ, IPCHECK_CACHE_DIR=str(cache))
    for _ in range(2):
        p = subprocess.run([sys.executable, "-m", "ipcheck", "verify", "--format", "jsonl", "--facts", str(mini_kb),
                            "Testtown widget applications 2024 = 1,200"], env=env, capture_output=True, text=True,
                           timeout=60)
        assert json.loads(p.stdout)["verdict"] == "supported"
    assert len(list(cache.iterdir())) == 1
    (mini_kb / "doc.toml").write_text((mini_kb / "doc.toml").read_text().replace("1,200 widget", "1,300 widget")
                                      .replace('period = "2024"\nvalue = 1200', 'period = "2024"\nvalue = 1300', 1),
                                      encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "ipcheck", "verify", "--format", "jsonl", "--facts", str(mini_kb),
                        "Testtown widget applications 2024 = 1,200"], env=env, capture_output=True, text=True,
                       timeout=60)
    assert json.loads(p.stdout)["verdict"] == "disputed"     # the sources now differ: a stale cache would say supported


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_exits_130_without_traceback(tmp_path):
    src = tmp_path / "slow.py"
    src.write_text("import sys, time\nfor i in range(100000):\n    print('PCT applications 2024 = 16,300', flush=True)\n"
                   "    time.sleep(0.001)\n")
    feeder = subprocess.Popen([sys.executable, str(src)], stdout=subprocess.PIPE)
    proc = subprocess.Popen([sys.executable, "-m", "ipcheck", "verify", "--format", "jsonl", "-"],
                            stdin=feeder.stdout, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(2.0)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    feeder.kill()
    assert proc.returncode == 130
    assert b"Traceback" not in err and b"interrupted" in err
    lines = out.decode().splitlines()
    assert lines and all(json.loads(x)["verdict"] == "supported" for x in lines[:-1])


def test_main_reports_keyboard_interrupt_as_130(monkeypatch):
    import ipcheck.cli as cli

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_verify", boom)
    err = io.StringIO()
    status = main(["verify", "x"], Environment(stdout=io.StringIO(), stderr=err))
    assert status == 130 and "interrupted" in err.getvalue()
