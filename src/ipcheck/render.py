"""Every output format in one place; renderers only format what the core returns.

Streaming formats (jsonl, csv, markdown, json) write each verdict as it arrives; the table collects
them and draws one rich table at the end. rich is imported only by the table renderers, and user
text is handed to it as ``Text`` objects, so "[bold]" in a claim is printed, never interpreted.
"""
from __future__ import annotations

import io
import json
from typing import IO, Any

VERIFY_FORMATS = ("table", "json", "jsonl", "csv", "markdown", "claimreview")
SCAN_FORMATS = ("lint",) + VERIFY_FORMATS
SHOW_FORMATS = ("table", "json")
AUDIT_FORMATS = ("table", "json")
COLOURS = {"supported": "green", "contradicted": "red", "disputed": "yellow", "unverifiable": "blue",
           "error": "red", "warning": "yellow", "info": "cyan"}

# ClaimReview rating scale (documented in the README): worst 1 .. best 4.
RATINGS = {"contradicted": (1, "False"), "disputed": (2, "Disputed"), "unverifiable": (3, "Unverifiable"),
           "supported": (4, "True")}


_ENCODER = json.JSONEncoder(ensure_ascii=False)     # one encoder, not one per verdict


def dumps(obj: Any) -> str:
    return _ENCODER.encode(obj)


def spreadsheet_safe(value: Any) -> str:
    """Neutralise cells a spreadsheet would run as a formula (=, +, -, @, tab, CR)."""
    text = "" if value is None else str(value)
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


def claim_review(d: dict) -> dict:
    rating, label = RATINGS[d["verdict"]]
    sources = [f["source"] for f in d["figures"] if f.get("source")]
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": d["claim"],
        "reviewBody": d["reason"],
        "author": {"@type": "Organization", "name": "ipcheck"},
        "reviewRating": {"@type": "Rating", "ratingValue": rating, "worstRating": 1, "bestRating": 4,
                         "alternateName": label},
        "itemReviewed": {"@type": "Claim", "text": d["claim"]},
    }
    if sources:
        review["isBasedOn"] = sorted(set(sources))
    return review


class VerdictWriter:
    """Writes verdict dicts to ``out`` in one format.

    ``piece`` (the text one verdict becomes) is kept apart from ``write_piece`` (putting it on the
    stream) so a batch can format its verdicts in worker processes and only write them here.
    """

    def __init__(self, fmt: str, out: IO[str], colors: bool = False, width: int | None = None):
        self.fmt, self.out, self.colors, self.width = fmt, out, colors, width
        self.rows: list[dict] = []
        self.count = 0
        if fmt == "csv":
            import csv      # (only this format needs it)

            csv.writer(out, lineterminator="\n").writerow(
                ["line", "claim", "verdict", "reason", "figures", "facts", "sources", "checks"])
        elif fmt == "markdown":
            out.write("| line | claim | verdict | reason |\n| ---: | --- | --- | --- |\n")

    def piece(self, d: dict) -> str | None:
        """The text of one verdict in this format; None for the table, which draws them all at once."""
        fmt = self.fmt
        if fmt == "lint":
            reason = d["reason"]
            prefix = d["verdict"].capitalize() + ": "
            reason = reason[len(prefix):] if reason.startswith(prefix) else reason
            return f"{d.get('file', '-')}:{d['line']}:{d.get('column', 1)}: {d['verdict']}: {reason}\n"
        if fmt == "jsonl":
            return dumps(d) + "\n"
        if fmt in ("json", "claimreview"):
            return json.dumps(claim_review(d) if fmt == "claimreview" else d, ensure_ascii=False, indent=2)
        if fmt == "csv":
            import csv

            buf = io.StringIO()
            csv.writer(buf, lineterminator="\n").writerow([spreadsheet_safe(x) for x in (
                d["line"], d["claim"], d["verdict"], d["reason"],
                "; ".join(f["text"] for f in d["figures"]),
                "; ".join(f["fact"] or "" for f in d["figures"]),
                "; ".join(sorted({f["source"] for f in d["figures"] if f["source"]})),
                "; ".join(f"{c['kind']}={'ok' if c['ok'] else 'fails' if c['ok'] is False else '?'}"
                          for c in d["checks"]))])
            return buf.getvalue()
        if fmt == "markdown":
            cells = [str(d["line"]), _md(d["claim"]), f"**{d['verdict']}**", _md(d["reason"])]
            return "| " + " | ".join(cells) + " |\n"
        return None

    def write(self, d: dict) -> None:
        self.write_piece(self.piece(d), d)

    @property
    def concatenates(self) -> bool:
        """Is the text of several verdicts just their pieces one after another?"""
        return self.fmt in ("jsonl", "csv", "markdown", "lint")

    def write_joined(self, data: bytes, count: int) -> None:
        """Put the UTF-8 text of ``count`` verdicts' pieces, joined (``concatenates`` formats), on
        the stream: straight to its bytes when it writes UTF-8, so a batch's output is not decoded
        and encoded again on its way through."""
        self.count += count
        buffer = getattr(self.out, "buffer", None)
        if buffer is not None and (getattr(self.out, "encoding", "") or "").lower().replace("-", "") == "utf8":
            self.out.flush()
            buffer.write(data)
            buffer.flush()
        else:
            self.out.write(data.decode("utf-8"))
            if hasattr(self.out, "flush"):
                self.out.flush()

    def write_piece(self, text: str | None, d: dict | None = None) -> None:
        """Put one verdict's ``piece`` on the stream (or keep ``d`` for the table)."""
        self.write_pieces([(text, d)])

    def write_pieces(self, pieces: list[tuple[str | None, dict | None]]) -> None:
        """Put several verdicts' pieces on the stream in one write (a batch's chunk)."""
        texts = []
        for text, d in pieces:
            self.count += 1
            if text is None:
                if d is not None:
                    self.rows.append(d)
                continue
            if self.fmt in ("json", "claimreview"):
                text = ("[\n" if self.count == 1 else ",\n") + text
            texts.append(text)
        if texts:
            self.out.write("".join(texts))
            if hasattr(self.out, "flush"):
                self.out.flush()

    def close(self, summary: str | None = None) -> None:
        if self.fmt in ("json", "claimreview"):
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        elif self.fmt == "table":
            verdict_table(self.rows, self.out, self.colors, summary, self.width)


def _md(text: str) -> str:
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ")


def _console(out: IO[str], colors: bool, width: int | None = None):
    from rich.console import Console

    return Console(file=out, force_terminal=colors, no_color=not colors, highlight=False,
                   width=width or (None if colors else 120), soft_wrap=False, emoji=False, markup=False)


def verdict_table(rows: list[dict], out: IO[str], colors: bool, summary: str | None,
                  width: int | None = None) -> None:
    from rich.table import Table
    from rich.text import Text

    console = _console(out, colors, width)
    table = Table(show_lines=False, expand=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("claim", overflow="fold", ratio=2)
    table.add_column("verdict", no_wrap=True)
    table.add_column("reason", overflow="fold", ratio=3)
    for d in rows:
        table.add_row(Text(str(d["line"])), Text(d["claim"]),
                      Text(d["verdict"], style=COLOURS.get(d["verdict"], "") if colors else ""),
                      Text(d["reason"]))
    console.print(table)
    if summary:
        console.print(Text(summary))


def audit_table(report: dict, out: IO[str], colors: bool, width: int | None = None) -> None:
    from rich.table import Table
    from rich.text import Text

    console = _console(out, colors, width)
    if report["findings"]:
        table = Table(show_lines=False)
        table.add_column("severity", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("where", no_wrap=True)
        table.add_column("message", overflow="fold")
        for f in report["findings"]:
            sev = f["severity"] + (" (reviewed)" if f.get("reviewed") else "")
            msg = f["message"] + (f"\nReviewed: {f['reviewed']}" if f.get("reviewed") else "")
            table.add_row(Text(sev, style=COLOURS.get(f["severity"], "") if colors else ""), Text(f["kind"]),
                          Text(f.get("location") or ", ".join(f["facts"][:3])), Text(msg))
        console.print(table)
    if report.get("derived"):
        table = Table(title="Implied figures (--derived)")
        table.add_column("figure", overflow="fold")
        table.add_column("value", justify="right")
        table.add_column("from", overflow="fold")
        for d in report["derived"]:
            table.add_row(Text(d["what"]), Text(d["value_text"]), Text(", ".join(d["facts"])))
        console.print(table)
    console.print(Text(report["summary"]))


_BLOCKS = "▏▎▍▌▋▊▉█"


def bar(value: float, top: float, width: int = 30) -> str:
    """A horizontal bar of ``value`` on a scale of ``top`` (eighth-block resolution)."""
    if top <= 0 or value <= 0:
        return ""
    eighths = round(value / top * width * 8)
    full, part = divmod(eighths, 8)
    return "█" * full + (_BLOCKS[part - 1] if part else "")


def show_table(report: dict, out: IO[str], colors: bool, width: int | None = None) -> None:
    from rich.table import Table
    from rich.text import Text

    console = _console(out, colors, width)
    for s in report["series"]:
        table = Table(title=f"{s['metric_en']} ({s['metric']}) — {s['entity_en']}", title_justify="left")
        for col in ("period", "figure", "value", "kind", "source", "quote"):
            table.add_column(col, overflow="fold", no_wrap=col in ("period", "value", "kind"))
        for f in s["facts"]:
            figure = f["measure"] if f["measure"] != "level" else "level"
            kind = f["kind"] if f["kind"] == "actual" else f["kind"].upper()
            table.add_row(Text(f["period_label"]), Text(figure), Text(f["text"]),
                          Text(kind, style="" if f["kind"] == "actual" or not colors else "magenta"),
                          Text(f"{f['source']} ({f['language']})"), Text(f["quote"]))
        for i in s["implied"]:
            table.add_row(Text(i["period"]), Text("implied"), Text(i["text"]), Text("derived"),
                          Text(", ".join(i["from"])), Text("computed from a level and its growth rate"))
        console.print(table)
        chart = s["chart"]
        if len(chart) >= 3:
            top = max(c["value"] for c in chart)
            label = max(len(c["period"]) for c in chart)
            for c in chart:
                mark = {"more_than": ">", "at_least": "≥", "nearly": "<", "less_than": "<", "about": "~"}.get(
                    c["qualifier"], " ")
                console.print(Text(f"  {c['period']:<{label}} {bar(c['value'], top)} {mark}{c['value']:,.0f}"))
            console.print()
    if not report["series"]:
        names = ", ".join(m["en"] for m in report["metrics"])
        console.print(Text(f"No figures match (metrics considered: {names})."))


def sources_table(rows: list[dict], out: IO[str], colors: bool, width: int | None = None) -> None:
    from rich.table import Table
    from rich.text import Text

    console = _console(out, colors, width)
    table = Table()
    for col in ("id", "date", "lang", "facts", "title", "publisher"):
        table.add_column(col, overflow="fold", justify="right" if col == "facts" else "left")
    for s in rows:
        table.add_row(Text(s["id"]), Text(s["date"]), Text(s["language"]), Text(str(s["facts"])), Text(s["title"]),
                      Text(s["publisher"]))
    console.print(table)
    console.print(Text(f"{len(rows)} sources, {sum(s['facts'] for s in rows)} facts"))


def audit_json(report: dict, out: IO[str]) -> None:
    out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")


def to_string(write, *args) -> str:
    buf = io.StringIO()
    write(*args, buf)
    return buf.getvalue()
