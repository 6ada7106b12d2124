"""The command line, through typer's CliRunner and through the installed console script."""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from ipcheck import __version__
from ipcheck.cli import app, main
from ipcheck.environment import Environment

runner = CliRunner()


def run(*args, input=None, env=None):
    return runner.invoke(app, list(args), input=input, env=env)


def test_version():
    r = run("--version")
    assert r.exit_code == 0 and r.stdout.strip() == f"ipcheck {__version__}"


@pytest.mark.parametrize("command", ["verify", "audit"])
def test_help_has_purpose_and_example(command):
    r = run(command, "--help")
    assert r.exit_code == 0
    assert "Example: ipcheck " + command in r.stdout


def test_verify_jsonl_from_arguments():
    r = run("verify", "--format", "jsonl", "PCT applications 2024 = 16,300", "Trademark registrations 2024 = 294,500")
    assert r.exit_code == 1          # one claim is contradicted
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [(d["line"], d["verdict"]) for d in lines] == [(1, "supported"), (2, "contradicted")]


def test_exit_zero_when_nothing_fails_and_strict():
    r = run("verify", "--format", "jsonl", "PCT applications 2024 = 16,300", "The press conference was well attended.")
    assert r.exit_code == 0
    r = run("verify", "--strict", "--format", "jsonl", "PCT applications 2024 = 16,300",
            "The press conference was well attended.")
    assert r.exit_code == 1


def test_stdin_skips_blank_and_comment_lines_and_keeps_order():
    text = "# claims\n\nPCT applications 2024 = 16,300\r\n   \nTrademark registrations 2024 = 249,500\n"
    r = run("verify", "--format", "jsonl", "-", input=text)
    assert r.exit_code == 0
    assert [json.loads(x)["line"] for x in r.stdout.splitlines()] == [3, 5]


def test_file_option(tmp_path):
    f = tmp_path / "claims.txt"
    f.write_text("2013年深圳国内专利申请量80,657件,同比增长10.29%\n", encoding="utf-8")
    r = run("verify", "--format", "json", "--file", str(f))
    assert r.exit_code == 0
    [d] = json.loads(r.stdout)
    assert d["verdict"] == "supported" and d["line"] == 1


@pytest.mark.parametrize("args, message", [
    (["verify", "--file", "/no/such/file"], "no such file"),
    (["verify", "--file", "/"], "is a folder"),
    (["verify", "--format", "yaml", "x"], "unknown format 'yaml'"),
    (["verify"], "no claims given"),
    (["verify", "--facts", "/no/such/folder", "x"], "not found"),
    (["audit", "/no/such/folder"], "not found"),
    (["audit", "--format", "csv"], "unknown format 'csv'"),
    (["verify", "--as-of", "next week", "x"], "--as-of: cannot read 'next week' as a date"),
    (["scan", "--as-of", "soon", "-"], "--as-of: cannot read 'soon' as a date"),
])
def test_usage_and_input_errors_exit_2_with_one_line(args, message):
    r = run(*args)
    assert r.exit_code == 2
    err = r.stderr.strip()
    assert message in err and len(err.splitlines()) == 1 and "Traceback" not in err


def test_invalid_utf8_is_an_input_error():
    r = runner.invoke(app, ["verify", "-"], input=b"PCT applications 2024 = 16,300\n\xff\xfe\n")
    assert r.exit_code == 2 and "not valid UTF-8" in r.stderr


def test_main_maps_unknown_option_to_exit_2():
    out, err = io.StringIO(), io.StringIO()
    status = main(["verify", "--bogus"], Environment(stdout=out, stderr=err))
    assert status == 2 and err.getvalue().startswith("ipcheck: error: No such option") and "--bogus" in err.getvalue()


def test_environment_variable_selects_knowledge_base(tmp_path):
    r = run("verify", "--format", "jsonl", "x 2024 = 1", env={"IPCHECK_FACTS": str(tmp_path)})
    assert r.exit_code == 2 and "no .toml files" in r.stderr


def test_broken_knowledge_base_names_first_problem(tmp_path):
    (tmp_path / "a.toml").write_text("[[fact]]\nid = 'x'\n", encoding="utf-8")
    r = run("verify", "--facts", str(tmp_path), "x")
    assert r.exit_code == 2 and "a.toml:1" in r.stderr


def test_table_prints_brackets_literally():
    r = run("verify", "--format", "table", "Shenzhen's [bold]PCT[/bold] applications were 16,300 in 2024 [link=x]")
    assert r.exit_code == 0
    assert "[bold]PCT[/bold]" in r.stdout and "[link=x]" in r.stdout
    assert "\x1b[" not in r.stdout              # not a terminal: no colour codes
    assert "1 claim: 1 supported" in r.stdout


def test_colour_only_on_a_terminal_and_never_with_no_color():
    out = io.StringIO()
    env = Environment(stdout=out, stderr=io.StringIO(), stdout_isatty=True, environ={})
    main(["verify", "PCT applications 2024 = 16,300"], env)
    assert "\x1b[" in out.getvalue()
    out = io.StringIO()
    env = Environment(stdout=out, stderr=io.StringIO(), stdout_isatty=True, environ={"NO_COLOR": "1"})
    main(["verify", "PCT applications 2024 = 16,300"], env)
    assert "\x1b[" not in out.getvalue() and "supported" in out.getvalue()


def test_default_format_is_jsonl_when_piped_and_table_on_terminal():
    out = io.StringIO()
    main(["verify", "PCT applications 2024 = 16,300"], Environment(stdout=out, stderr=io.StringIO()))
    assert json.loads(out.getvalue())["verdict"] == "supported"


def test_progress_only_on_a_terminal():
    for tty in (False, True):
        err = io.StringIO()
        env = Environment(stdin=io.BytesIO(b"PCT applications 2024 = 16,300\n" * 3), stdout=io.StringIO(),
                          stderr=err, stderr_isatty=tty, environ={})
        main(["verify", "--format", "jsonl", "-"], env)
        assert ("3 claims: 3 supported" in err.getvalue()) is tty


def test_csv_is_safe_for_spreadsheets():
    r = run("verify", "--format", "csv", "=HYPERLINK(\"http://x\") 16,300 PCT applications 2024", "@SUM(1)")
    rows = r.stdout.splitlines()
    assert rows[0].startswith("line,claim,verdict,reason")
    assert "'=HYPERLINK" in rows[1] and ",'@SUM(1)," in rows[2]


def test_markdown_and_claimreview():
    r = run("verify", "--format", "markdown", "PCT applications 2024 = 16,300 | piped")
    assert r.stdout.startswith("| line | claim | verdict | reason |")
    assert "\\| piped" in r.stdout
    r = run("verify", "--format", "claimreview", "PCT applications 2024 = 16,300")
    [review] = json.loads(r.stdout)
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["ratingValue"] == 4 and review["reviewRating"]["bestRating"] == 4


def test_json_equals_library_output(knowledge):
    from ipcheck.judge import Judge

    r = run("verify", "--format", "json", "Shenzhen was granted 49,756 domestic patents in 2013, up 2.25%.")
    assert json.loads(r.stdout) == [json.loads(json.dumps(Judge(knowledge).verify(
        "Shenzhen was granted 49,756 domestic patents in 2013, up 2.25%.").to_dict()))]


def test_audit_json_shape_and_exit_codes(mini_kb):
    r = run("audit", str(mini_kb), "--format", "json")
    assert r.exit_code == 0
    d = json.loads(r.stdout)
    assert {"facts", "sources", "checks", "findings"} <= set(d)
    assert all({"kind", "severity", "facts", "message", "location"} <= set(f) for f in d["findings"])
    (mini_kb / "bad.toml").write_text('[[fact]]\nid = "x"\n', encoding="utf-8")
    r = run("audit", str(mini_kb), "--format", "json")
    assert r.exit_code == 1


def test_audit_does_not_modify_the_folder(mini_kb):
    before = {p.name: p.read_bytes() for p in mini_kb.iterdir()}
    run("audit", str(mini_kb))
    run("verify", "--facts", str(mini_kb), "Testtown widget applications 2024 = 1,200")
    assert {p.name: p.read_bytes() for p in mini_kb.iterdir()} == before


def test_installed_console_script_answers_from_another_folder(tmp_path):
    exe = shutil.which("ipcheck", path=os.path.dirname(sys.executable)) or shutil.which("ipcheck")
    if exe is None:
        pytest.skip("the ipcheck console script is not installed")
    p = subprocess.run([exe, "verify", "--format", "jsonl", "PCT applications 2024 = 16,300"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["verdict"] == "supported"
    p = subprocess.run([exe, "scan", "-"], cwd=tmp_path, input="In 2024 Shenzhen filed 16,300 PCT applications.\n",
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0 and p.stdout.startswith("<stdin>:1:1: supported:")
    for command in (["show", "PCT applications", "--format", "json"], ["sources", "--format", "json"]):
        p = subprocess.run([exe, *command], cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert p.returncode == 0 and json.loads(p.stdout)
    p = subprocess.run([sys.executable, "-m", "ipcheck", "--version"], cwd=tmp_path, capture_output=True,
                       text=True, timeout=60)
    assert p.stdout.strip() == f"ipcheck {__version__}"


def test_the_process_ends_with_all_its_output_written_and_its_status(tmp_path):
    # the console entry leaves without tearing the interpreter down: nothing may be lost by it
    claims = ["PCT applications 2024 = 16,300", "PCT applications 2024 = 16,900"] * 400
    p = subprocess.run([sys.executable, "-m", "ipcheck", "verify", "--format", "jsonl", "--file", "-"],
                       cwd=tmp_path, input="\n".join(claims) + "\n", capture_output=True, text=True, timeout=120)
    lines = p.stdout.splitlines()
    assert p.returncode == 1, p.stderr
    assert len(lines) == len(claims) and json.loads(lines[-1])["line"] == len(claims)
    # a reader that goes away early is no error
    p = subprocess.run(f"{sys.executable} -m ipcheck verify --format jsonl --file - | head -1", shell=True,
                       cwd=tmp_path, input="\n".join(claims) + "\n", capture_output=True, text=True, timeout=120)
    assert len(p.stdout.splitlines()) == 1 and "Traceback" not in p.stderr and "Exception" not in p.stderr


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_a_forked_batch_prints_what_one_process_prints(tmp_path, fmt):
    """Workers hand back a chunk of verdicts at a time; the output must not show it."""
    from ipcheck import verify

    lines = [f"PCT applications {2000 + i % 30} = {16000 + i:,}" for i in range(verify.SERIAL_HEAD + verify.CHUNK + 9)]
    claims = tmp_path / "claims.txt"
    claims.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outs = [run("verify", "--format", fmt, "--jobs", jobs, "--file", str(claims)) for jobs in ("1", "2")]
    assert outs[0].exit_code == outs[1].exit_code == 1
    assert outs[0].stdout == outs[1].stdout
    if fmt == "json":
        assert [d["line"] for d in json.loads(outs[1].stdout)] == list(range(1, len(lines) + 1))


def test_as_of_places_this_year_in_verify_and_scan(tmp_path):
    claim = "Shenzhen's data IP registration certificates issued stood at 801 this year."
    assert json.loads(run("verify", "--format", "jsonl", claim).stdout)["verdict"] == "unverifiable"
    assert json.loads(run("verify", "--format", "jsonl", "--as-of", "2024-12-31", claim).stdout)["verdict"] == "supported"
    article = tmp_path / "a.md"
    article.write_text(claim + "\n", encoding="utf-8")
    assert json.loads(run("scan", "--format", "jsonl", "--as-of", "2024", str(article)).stdout)["verdict"] == "supported"


@pytest.fixture
def planted_fault(monkeypatch):
    """Judge.verify raising on any text with "BOOM" in it: a bug of ipcheck's own, planted."""
    from ipcheck.judge import Judge

    real = Judge.verify

    def faulty(self, text, line=1, default_period=None):
        if "BOOM" in text:
            raise ZeroDivisionError("planted")
        return real(self, text, line, default_period)

    monkeypatch.setattr(Judge, "verify", faulty)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_claim_ipcheck_fails_on_costs_the_batch_nothing_else(tmp_path, planted_fault, jobs):
    """A bug on one claim marks that claim unverifiable (the reason names the error), every other claim is
    judged, and the command ends with one line on stderr and exit status 2 (forked workers inherit the fault)."""
    from ipcheck import verify

    lines = [f"PCT applications {2000 + i % 30} = {16000 + i:,}" for i in range(verify.SERIAL_HEAD + verify.CHUNK + 9)]
    lines[300] = "BOOM " + lines[300]
    claims = tmp_path / "claims.txt"
    claims.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run("verify", "--format", "jsonl", "--jobs", jobs, "--file", str(claims))
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert r.exit_code == 2 and len(out) == len(lines)
    assert out[300]["verdict"] == "unverifiable" and "ZeroDivisionError: planted" in out[300]["reason"]
    assert all("failed on this claim" not in d["reason"] for i, d in enumerate(out) if i != 300)
    assert r.stderr.count("\n") == 1 and "internal error on 1 claim" in r.stderr


def test_a_sentence_ipcheck_fails_on_costs_a_scan_nothing_else(tmp_path, planted_fault):
    article = tmp_path / "a.md"
    article.write_text("BOOM: Shenzhen filed 16,300 PCT applications in 2024.\n\nShenzhen filed 16,300 PCT applications "
                       "in 2024.\n", encoding="utf-8")
    r = run("scan", "--format", "jsonl", str(article))
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert r.exit_code == 2 and [d["verdict"] for d in out] == ["unverifiable", "supported"]
    assert "internal error on 1 claim" in r.stderr
