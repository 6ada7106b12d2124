"""The command line: parse options, call the core, hand results to a renderer.

Exceptions become exit statuses in exactly one place, ``guard``; everything else here is wiring.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from typing import NoReturn, Optional

import typer

from ipcheck import __version__
from ipcheck.environment import Environment
from ipcheck.errors import ExitStatus, IpcheckError, UsageError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Fact-check intellectual-property statistics against a sourced knowledge base.\n\n"
         "Example: ipcheck verify \"PCT applications 2024 = 16,300\"",
)

_env: Optional[Environment] = None
# click's exception base, reached through typer's public BadParameter (typer bundles or depends on click)
_ClickError = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def environment() -> Environment:
    return _env if _env is not None else Environment.from_system()


def guard(env: Environment, action: Callable[[], ExitStatus]) -> ExitStatus:
    """Run a command body; map every failure to an exit status and a one-line message."""
    try:
        return action()
    except IpcheckError as e:
        env.stderr.write(f"ipcheck: error: {e}\n")
        return e.status
    except KeyboardInterrupt:
        env.stderr.write("ipcheck: interrupted\n")
        return ExitStatus.INTERRUPTED
    except BrokenPipeError:
        return ExitStatus.OK
    except OSError as e:
        env.stderr.write(f"ipcheck: error: {e.strerror or e}\n")
        return ExitStatus.USAGE
    except Exception as e:  # a bug of ours: still one line, never a traceback
        env.stderr.write(f"ipcheck: internal error ({type(e).__name__}: {e}); please report it\n")
        return ExitStatus.USAGE


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ipcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """Fact-check intellectual-property statistics against a sourced knowledge base.

    Example: ipcheck verify "PCT applications 2024 = 16,300"
    """


@app.command()
def verify(
    claims: list[str] = typer.Argument(None, metavar="[CLAIM]...",
                                       help="Claims to check; '-' reads one claim a line from standard input."),
    file: Optional[str] = typer.Option(None, "--file", "-f", metavar="PATH",
                                       help="Read claims one a line from PATH ('-' for standard input)."),
    fmt: Optional[str] = typer.Option(None, "--format", metavar="FORMAT",
                                      help="table, json, jsonl, csv, markdown or claimreview "
                                           "(default: table on a terminal, jsonl otherwise)."),
    facts: Optional[str] = typer.Option(None, "--facts", metavar="PATH",
                                        help="Knowledge base folder (default: $IPCHECK_FACTS or the bundled one)."),
    strict: bool = typer.Option(False, "--strict", help="Count unverifiable claims as failures (exit 1)."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Progress bar on stderr (default: only on a terminal)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", metavar="N", min=1,
                                       help="Worker processes for long batches (default: one per core, up to 4)."),
    as_of: Optional[str] = typer.Option(None, "--as-of", metavar="DATE",
                                        help="When the claims were written (2022-08-24): places 'this year', '去年'."),
) -> None:
    """Check claims and print a verdict for each: supported, contradicted, disputed or unverifiable.

    Example: ipcheck verify "2013年深圳国内专利申请量80,657件,同比增长10.29%"
    Example: ipcheck verify --format jsonl --file claims.txt
    """
    env = environment()
    raise typer.Exit(guard(env, lambda: _verify(env, claims or [], file, fmt, facts, strict, progress, jobs, as_of)))


def _verify(env: Environment, claims: list[str], file: Optional[str], fmt: Optional[str],
            facts: Optional[str], strict: bool, progress: Optional[bool], jobs: Optional[int],
            as_of: Optional[str] = None) -> ExitStatus:
    from ipcheck import kb as kbmod
    from ipcheck.render import VERIFY_FORMATS, VerdictWriter
    from ipcheck.verify import Tally, claim_lines, default_workers, open_claims, verify_chunks

    fmt = fmt or ("table" if env.stdout_isatty else "jsonl")
    if fmt not in VERIFY_FORMATS:
        raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(VERIFY_FORMATS)})")
    streams = [c for c in claims if c == "-"]
    if file and streams:
        raise UsageError("give claims with --file or '-', not both")
    if len(streams) > 1:
        raise UsageError("standard input ('-') can be read only once")
    if not claims and not file:
        raise UsageError("no claims given: pass them as arguments, with --file PATH, or '-' for standard input")
    written = _as_of(as_of)
    knowledge = kbmod.load(kbmod.resolve_path(facts, env.environ))
    opened = []
    if file or streams:
        stream, name, close = open_claims(file or "-", env.stdin)
        opened.append((stream, close))
        source = claim_lines(stream, name)
        batch = True
    else:
        source = ((i, c) for i, c in enumerate(claims, 1))
        batch = False
    tally = Tally()
    writer = VerdictWriter(fmt, env.stdout, colors=env.colors)
    show_progress = progress if progress is not None else (batch and env.stderr_isatty)

    def emit(verdict):       # runs where the verdict is made (a worker, in a batch)
        d = verdict.to_dict()
        text = writer.piece(d)
        return Tally.name(verdict), text, d if text is None else None

    try:
        workers = jobs or default_workers()
        if writer.concatenates:          # a worker hands back a chunk's verdicts and one piece of text
            chunks = verify_chunks(knowledge, source, workers, emit, written, pack=_joined)
            if show_progress:
                chunks = _with_progress(chunks, env, size=lambda c: len(c[0]))
            for names, data in chunks:
                for name in names:
                    tally.count(name)
                writer.write_joined(data, len(names))
        else:
            chunks = verify_chunks(knowledge, source, workers, emit, written)
            if show_progress:
                chunks = _with_progress(chunks, env)
            for chunk in chunks:
                for name, _, _ in chunk:
                    tally.count(name)
                writer.write_pieces([(text, d) for _, text, d in chunk])
    finally:
        for stream, close in opened:
            if close:
                stream.close()
    writer.close(tally.summary() if fmt == "table" else None)
    if fmt != "table" and batch and env.stderr_isatty:
        env.stderr.write(tally.summary() + "\n")
    return _status(env, tally, strict)


def _status(env: Environment, tally, strict: bool) -> ExitStatus:
    """The exit status of a run of claims: a claim ipcheck failed on outweighs the verdicts."""
    if tally.failures:          # every other claim was judged; the failed ones say so in their reasons
        env.stderr.write(f"ipcheck: internal error on {tally.failures} claim{'s' if tally.failures != 1 else ''} "
                         f"(marked unverifiable, the reason says which error); please report it\n")
        return ExitStatus.USAGE
    return ExitStatus.FAILED if tally.failed(strict) else ExitStatus.OK


def _as_of(written: Optional[str]) -> Optional[date]:
    """The --as-of date, or None; a date that cannot be read is a usage error."""
    if written is None:
        return None
    from ipcheck.periods import parse_as_of

    try:
        return parse_as_of(written)
    except ValueError as e:
        raise UsageError(f"--as-of: {e}") from None


def _joined(items: list) -> tuple[list[str], bytes]:
    """A chunk of (verdict, text, _) as its verdicts and its text, joined and encoded once."""
    return [name for name, _, _ in items], "".join(text for _, text, _ in items).encode("utf-8")


def _with_progress(chunks, env: Environment, size=len):
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(file=env.stderr, force_terminal=True)
    with Progress(SpinnerColumn(), TextColumn("{task.completed} claims checked"), TimeElapsedColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task("verify", total=None)
        for chunk in chunks:
            bar.advance(task, size(chunk))
            yield chunk


@app.command()
def audit(
    path: Optional[str] = typer.Argument(None, metavar="[PATH]", help="Knowledge base folder (default: the bundled one)."),
    fmt: str = typer.Option("table", "--format", metavar="FORMAT", help="table or json."),
    texts: Optional[str] = typer.Option(None, "--texts", metavar="DIR",
                                        help="Also check every quote against the source texts in DIR."),
    derived: bool = typer.Option(False, "--derived", help="List the figures the stated growth rates, shares "
                                                          "and gaps imply."),
) -> None:
    """Check a knowledge base: schema, quotes, arithmetic, and where the sources contradict each other.

    Example: ipcheck audit facts/ --texts ../shared/seeds
    """
    env = environment()
    raise typer.Exit(guard(env, lambda: _audit(env, path, fmt, texts, derived)))


def _audit(env: Environment, path: Optional[str], fmt: str, texts: Optional[str], derived: bool) -> ExitStatus:
    from ipcheck import kb as kbmod
    from ipcheck.audit import run_audit
    from ipcheck.render import AUDIT_FORMATS, audit_json, audit_table

    if fmt not in AUDIT_FORMATS:
        raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(AUDIT_FORMATS)})")
    folder = kbmod.resolve_path(path, env.environ)
    report = run_audit(folder, texts=texts, derived=derived)
    data = report.to_dict()
    if fmt == "json":
        audit_json(data, env.stdout)
    else:
        audit_table(data, env.stdout, env.colors)
    return ExitStatus.FAILED if report.errors else ExitStatus.OK


@app.command()
def scan(
    path: str = typer.Argument(..., metavar="FILE", help="Article to check (Markdown or plain text); '-' reads standard input."),
    fmt: str = typer.Option("lint", "--format", metavar="FORMAT",
                            help="lint (file:line:col: verdict: message), table, json, jsonl, csv, markdown or claimreview."),
    facts: Optional[str] = typer.Option(None, "--facts", metavar="PATH", help="Knowledge base folder."),
    strict: bool = typer.Option(False, "--strict", help="Count unverifiable statements as failures (exit 1)."),
    as_of: Optional[str] = typer.Option(None, "--as-of", metavar="DATE",
                                        help="When the article was written (2022-08-24): places 'this year', '去年'."),
) -> None:
    """Check every figure in an article, sentence by sentence, and report like a linter.

    Example: ipcheck scan examples/article-en.md
    """
    env = environment()
    raise typer.Exit(guard(env, lambda: _scan(env, path, fmt, facts, strict, as_of)))


def _scan(env: Environment, path: str, fmt: str, facts: Optional[str], strict: bool,
          as_of: Optional[str] = None) -> ExitStatus:
    from ipcheck import kb as kbmod
    from ipcheck.render import SCAN_FORMATS, VerdictWriter
    from ipcheck.scan import scan as scan_article
    from ipcheck.verify import Tally, open_claims, text_lines

    if fmt not in SCAN_FORMATS:
        raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(SCAN_FORMATS)})")
    written = _as_of(as_of)
    knowledge = kbmod.load(kbmod.resolve_path(facts, env.environ))
    stream, name, close = open_claims(path, env.stdin)
    tally = Tally()
    writer = VerdictWriter(fmt, env.stdout, colors=env.colors)
    try:
        for finding in scan_article(knowledge, text_lines(stream, name), name, as_of=written):
            tally.add(finding.verdict)
            writer.write(finding.to_dict())
    finally:
        if close:
            stream.close()
    writer.close(tally.summary() if fmt == "table" else None)
    if fmt != "table" and env.stderr_isatty:
        env.stderr.write(tally.summary() + "\n")
    return _status(env, tally, strict)


@app.command()
def show(
    query: str = typer.Argument(..., metavar="QUERY", help="Metric name, alias or id, in English or Chinese."),
    entity: Optional[str] = typer.Option(None, "--entity", "-e", help="Only this entity (name or id)."),
    period: Optional[str] = typer.Option(None, "--period", "-p", help="Only figures overlapping this period."),
    fmt: str = typer.Option("table", "--format", metavar="FORMAT", help="table or json."),
    facts: Optional[str] = typer.Option(None, "--facts", metavar="PATH", help="Knowledge base folder."),
) -> None:
    """Show every sourced figure for a metric: value, qualifier, kind, source and quote.

    Example: ipcheck show "PCT applications" --entity Shenzhen
    """
    env = environment()
    raise typer.Exit(guard(env, lambda: _show(env, query, entity, period, fmt, facts)))


def _show(env: Environment, query: str, entity: Optional[str], period: Optional[str], fmt: str,
          facts: Optional[str]) -> ExitStatus:
    from ipcheck import kb as kbmod
    from ipcheck.explore import show_metric
    from ipcheck.render import SHOW_FORMATS, dumps, show_table

    if fmt not in SHOW_FORMATS:
        raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(SHOW_FORMATS)})")
    report = show_metric(kbmod.load(kbmod.resolve_path(facts, env.environ)), query, entity, period)
    if fmt == "json":
        env.stdout.write(dumps(report) + "\n")
    else:
        show_table(report, env.stdout, env.colors)
    return ExitStatus.OK


@app.command()
def sources(
    fmt: str = typer.Option("table", "--format", metavar="FORMAT", help="table or json."),
    facts: Optional[str] = typer.Option(None, "--facts", metavar="PATH", help="Knowledge base folder."),
) -> None:
    """List the source documents, with date, language and how many facts each backs.

    Example: ipcheck sources
    """
    env = environment()
    raise typer.Exit(guard(env, lambda: _sources(env, fmt, facts)))


def _sources(env: Environment, fmt: str, facts: Optional[str]) -> ExitStatus:
    from ipcheck import kb as kbmod
    from ipcheck.explore import list_sources
    from ipcheck.render import SHOW_FORMATS, dumps, sources_table

    if fmt not in SHOW_FORMATS:
        raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(SHOW_FORMATS)})")
    rows = list_sources(kbmod.load(kbmod.resolve_path(facts, env.environ)))
    if fmt == "json":
        env.stdout.write(dumps(rows) + "\n")
    else:
        sources_table(rows, env.stdout, env.colors)
    return ExitStatus.OK


def main(argv: Optional[list[str]] = None, env: Optional[Environment] = None) -> int:
    """Console entry point: usage errors become one line on stderr and exit status 2."""
    global _env
    _env = env
    env = env or Environment.from_system()
    command = typer.main.get_command(app)
    try:
        status = command.main(args=argv if argv is not None else sys.argv[1:], prog_name="ipcheck",
                              standalone_mode=False) or 0
    except typer.Exit as e:
        status = e.exit_code
    except (typer.Abort, KeyboardInterrupt):
        env.stderr.write("ipcheck: interrupted\n")
        status = ExitStatus.INTERRUPTED
    except _ClickError as e:
        ctx = getattr(e, "ctx", None)
        if type(e).__name__ == "NoArgsIsHelpError" and ctx is not None:
            env.stdout.write(ctx.get_help() + "\n")
        else:
            name = getattr(ctx, "info_name", None)
            hint = f" (see 'ipcheck {name} --help')" if name and name != "ipcheck" else " (see 'ipcheck --help')"
            env.stderr.write(f"ipcheck: error: {e.format_message()}{hint}\n")
        status = ExitStatus.USAGE
    finally:
        _env = None
    if argv is None:
        _leave(int(status))
    return int(status)


def _leave(status: int) -> NoReturn:
    """End the process without tearing the interpreter down. A run holds the knowledge base and its
    indexes, tens of thousands of objects, and freeing them one by one at exit took longer than a
    batch's last chunk (some 40 ms; the operating system frees them at once). Output is flushed first;
    a reader that has gone away (a closed pipe) is no error."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)
