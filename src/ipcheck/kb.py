"""Loading the knowledge base: TOML files in, validated and indexed records out.

``read`` is tolerant and returns every problem as a ``Finding`` (the audit wants them all);
``load`` is strict and raises ``KnowledgeBaseError`` naming the first error (verify must not
judge claims against a broken base).
"""
from __future__ import annotations

import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ipcheck import numbers, quantities
from ipcheck.errors import KnowledgeBaseError
from ipcheck.implied import implied_facts, other_side
from ipcheck.matching import AliasIndex, PhraseIndex
from ipcheck.model import Entity, Fact, Finding, Metric, Relation, Review, Source
from ipcheck.periods import parse_period
from ipcheck.readback import read_back
from ipcheck.records import digest

QUALIFIERS = numbers.QUALIFIERS
KINDS = ("actual", "target", "forecast")
MEASURES = ("level", "growth", "share", "multiple", "change", "pp_gap", "difference", "rank", "streak")
METRIC_MEASURES = ("flow", "stock", "rate")
RELATION_KINDS = ("share", "multiple", "change", "pp_gap", "difference", "sum")
ENV_VAR = "IPCHECK_FACTS"


def bundled_path() -> Path:
    """The knowledge base shipped inside the package (or the repository's, when run from source)."""
    here = Path(__file__).resolve().parent
    inside = here / "facts"
    if inside.is_dir():
        return inside
    return here.parent.parent / "facts"


def resolve_path(option: str | os.PathLike | None, environ: dict[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    if option:
        return Path(option)
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR])
    return bundled_path()


@dataclass
class KnowledgeBase:
    path: Path
    sources: dict[str, Source] = field(default_factory=dict)
    metrics: dict[str, Metric] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: dict[str, Fact] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    modifiers: frozenset[str] = frozenset()
    metric_index: AliasIndex = field(default_factory=AliasIndex)
    entity_index: PhraseIndex = field(default_factory=PhraseIndex)
    by_key: dict[tuple[str, str], list[Fact]] = field(default_factory=lambda: defaultdict(list))
    by_metric: dict[str, list[Fact]] = field(default_factory=lambda: defaultdict(list))
    unit_factors: dict[tuple[str, str], float | None] | None = None   # pint's factors, once worked out

    def lookup(self, metric: str, entity: str | None = None) -> list[Fact]:
        if entity is None:
            return self.by_metric.get(metric, [])
        return self.by_key.get((metric, entity), [])

    # Indexes built on first use (and kept for the knowledge base's life: it is never changed once loaded)

    @cached_property
    def _relations_by_result(self) -> dict[str, list[Relation]]:
        index = defaultdict(list)
        for rel in self.relations:
            if rel.result:
                index[rel.result].append(rel)
        return index

    @cached_property
    def _relations_by_input(self) -> dict[str, list[Relation]]:
        index = defaultdict(list)
        for rel in self.relations:
            for i in rel.inputs:
                index[i].append(rel)
        return index

    @cached_property
    def _by_quote(self) -> dict[str, list[Fact]]:
        index = defaultdict(list)
        for x in self.facts.values():
            index[x.quote].append(x)
        return index

    @cached_property
    def _by_source_place(self) -> dict[tuple[str, str, str], list[Fact]]:
        index = defaultdict(list)
        for y in self.facts.values():
            index[(y.source, y.entity, y.unit)].append(y)
        return index

    @cached_property
    def _by_value(self) -> dict[tuple[str, str, str], list[tuple[float, str]]]:
        index = defaultdict(list)
        for f in self.facts.values():
            index[(f.entity, f.measure, f.unit)].append((f.value, f.id))
        for rows in index.values():
            rows.sort()
        return index

    @cached_property
    def _flows(self) -> dict[str, list[str]]:
        index = defaultdict(list)
        for m in self.metrics.values():
            if m.cumulative:
                index[m.cumulative].append(m.id)
        return index

    @cached_property
    def _disputes(self) -> dict[str, str]:
        return {f: rv.explanation for rv in self.reviews for f in rv.disputed}

    def relations_giving(self, fact: str) -> list[Relation]:
        """The relations whose result is ``fact`` (an index, not a scan of every relation)."""
        return self._relations_by_result.get(fact, [])

    def relations_containing(self, fact: str) -> list[Relation]:
        """The relations ``fact`` is an input of (an index, not a scan of every relation)."""
        return self._relations_by_input.get(fact, [])

    def flow_of(self, metric: str) -> str | None:
        """The one metric whose additions ``metric`` totals to date (a total's gain, a round's own count
        of it), or None."""
        flows = self._flows.get(metric, [])
        return flows[0] if len(flows) == 1 else None

    def word_bigrams(self) -> tuple[frozenset[str], frozenset[str]]:
        """The Chinese bigrams metric names open with, and those they close with: a short entity
        name whose last character opens a word ("其中国内专利": 中国 + 内 starts 国内专利) or whose first
        character closes one is read out of other words, not named."""
        return self._word_bigrams

    @cached_property
    def _word_bigrams(self) -> tuple[frozenset[str], frozenset[str]]:
        opening, closing = set(), set()
        for a in self.metric_index.aliases:
            if a.chinese:
                for piece in a.keywords:
                    if len(piece) >= 2:
                        opening.add(piece[:2])
                        closing.add(piece[-2:])
        return frozenset(opening), frozenset(closing)

    def stated_with(self, metric: str, unit: str, entity: str) -> str | None:
        """The one metric of ``unit`` the sources state in the same words as ``metric``, for the same
        place ("31 enterprises received RMB 94 million in loans": the count's money is the loans'),
        or None. What a claim's figure of that unit, worded like the count, is about."""
        found = {y.metric for x in self.lookup(metric, entity) for y in self._by_quote.get(x.quote, ())
                 if y.metric != metric and y.unit == unit and y.entity == entity}
        if not found:
            # or in words that overlap: "… issued 65 pieces of intellectual property securitization products"
            # and "65 pieces of intellectual property securitization products with an issuance scale of …"
            found = {y.metric for x in self.lookup(metric, entity) for y in self._by_source_place.get((x.source, entity, unit), ())
                     if y.metric != metric and _overlap(x.quote, y.quote)}
        return found.pop() if len(found) == 1 else None

    def other_side(self, fact: Fact) -> str | None:
        """The metric a sourced gap in percentage points is measured against, when a relation says."""
        return other_side(self, fact)

    def is_within(self, inner: str, outer: str) -> bool:
        """Is entity ``inner`` part of ``outer`` (its child, grandchild…: a court of the city)?"""
        seen: set[str] = set()
        while inner in self.entities and inner not in seen:
            seen.add(inner)
            inner = self.entities[inner].parent or ""
            if inner == outer:
                return True
        return False

    def facts_near(self, entity: str, measure: str, unit: str, value: float, gap: float) -> list[Fact]:
        """Facts of one entity, measure and unit whose value lies within ``gap`` (relative) of
        ``value``: a sorted index and a bisection, never a scan of the entity's facts."""
        import bisect

        rows = self._by_value.get((entity, measure, unit), [])
        lo, hi = sorted((value * (1 - gap), value * (1 + gap)))
        out = []
        for i in range(bisect.bisect_left(rows, (lo, "")), len(rows)):   # no copy of the rest
            v, fid = rows[i]
            if v > hi:
                break
            out.append(self.facts[fid])
        if len(out) > 1:
            out.sort(key=lambda f: abs(f.value - value))
        return out

    def dispute_of(self, fact_id: str) -> str | None:
        """The explanation of a review that finds this fact contradicted by another version of its
        document (``disputed``: the English "164 patent insurance contracts" of the Chinese original's
        "164 insured patents"), or None."""
        return self._disputes.get(fact_id)

    def source_title(self, source_id: str) -> str:
        s = self.sources.get(source_id)
        return s.title if s else source_id


def _overlap(a: str, b: str, least: int = 30) -> bool:
    """Do two quotes of one source share a run of words (``least`` characters or more)?"""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size >= least


def _lines(text: str) -> dict[tuple[str, str], int]:
    """(table, id) -> line of its header, so findings can point at the file."""
    out: dict[tuple[str, str], int] = {}
    table, header = "", 0
    for n, line in enumerate(text.splitlines(), 1):
        m = re.match(r"\s*\[\[(\w+)\]\]", line)
        if m:
            table, header = m.group(1), n
            continue
        m = re.match(r"\s*id\s*=\s*[\"']([^\"']+)[\"']", line)
        if m and table:
            out.setdefault((table, m.group(1)), header)
    return out


def _headers(text: str) -> dict[str, list[int]]:
    """Line numbers of every [[table]] header, per table name, in one pass."""
    out: dict[str, list[int]] = defaultdict(list)
    line, pos = 1, 0
    for m in re.finditer(r"^[ \t]*\[\[(\w+)\]\]", text, re.M):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        out[m.group(1)].append(line)
    return out


@dataclass
class _Parsed:
    """One TOML file, parsed: its tables with locations, its modifier words, its problems."""

    tables: dict[str, list[tuple[dict, str]]] = field(default_factory=lambda: defaultdict(list))
    modifiers: set[str] = field(default_factory=set)
    problems: list[tuple[str, str, str]] = field(default_factory=list)


def _parse_file(file: Path) -> _Parsed:
    out = _Parsed()
    try:
        text = file.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        out.problems.append(("schema", f"file is not UTF-8 (byte {e.start})", file.name))
        return out
    except OSError as e:
        out.problems.append(("schema", f"cannot read file: {e.strerror}", file.name))
        return out
    if sys.version_info >= (3, 11):     # (imported here: a run that loads the compiled cache parses no TOML)
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"line (\d+)", str(e))
        out.problems.append(("schema", f"malformed TOML: {e}", f"{file.name}:{m.group(1)}" if m else file.name))
        return out
    lines = _lines(text)
    all_heads = _headers(text)
    for table in ("source", "metric", "entity", "fact", "relation", "review"):
        items = data.get(table, [])
        if not isinstance(items, list):
            out.problems.append(("schema", f"'{table}' must be an array of tables ([[{table}]])", file.name))
            continue
        heads = all_heads.get(table, [])
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            if table == "fact":
                _precompute_read_back(item)
            line = lines.get((table, str(item.get("id"))), heads[i] if i < len(heads) else 0)
            out.tables[table].append((item, f"{file.name}:{line}" if line else file.name))
    mods = data.get("modifiers", {})
    if isinstance(mods, dict):
        out.modifiers.update(str(w).lower() for w in mods.get("words", []))
    return out


def _precompute_read_back(item: dict) -> None:
    """Read the value back from the quote where the file is parsed (possibly in a worker)."""
    value, unit, quote = item.get("value"), item.get("unit"), item.get("quote")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and isinstance(unit, str) \
            and isinstance(quote, str) and value == value and abs(value) != float("inf"):
        item["_half_ulp"] = read_back(float(value), unit, str(item.get("measure", "level")), quote)


PARALLEL_BYTES = 2_000_000     # below this, parsing in one process is quicker than starting workers


def _parse_all(files: list[Path]) -> list[_Parsed]:
    """Parse every file; a large base is shared among forked workers, one file at a time."""
    import multiprocessing

    size = sum(f.stat().st_size for f in files if f.is_file())
    workers = min(4, os.cpu_count() or 1, len(files))
    if size < PARALLEL_BYTES or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [_parse_file(f) for f in files]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(_parse_file, files, chunksize=1)


class _Reader:
    def __init__(self, path: Path):
        self.path = path
        self.findings: list[Finding] = []
        self.kb = KnowledgeBase(path=path)

    def problem(self, kind: str, message: str, where: str | None, facts: list[str] | None = None,
                severity: str = "error") -> None:
        self.findings.append(Finding(kind, severity, message, facts or [], where))

    def run(self) -> tuple[KnowledgeBase, list[Finding]]:
        if not self.path.exists():
            raise KnowledgeBaseError(f"knowledge base folder not found: {self.path}")
        if not self.path.is_dir():
            raise KnowledgeBaseError(f"not a folder: {self.path}")
        files = sorted(self.path.glob("*.toml"))
        if not files:
            raise KnowledgeBaseError(f"no .toml files in {self.path}")
        raw: dict[str, list[tuple[dict, str]]] = defaultdict(list)
        modifiers: set[str] = set()
        for parsed in _parse_all(files):
            for kind, message, where in parsed.problems:
                self.problem(kind, message, where)
            for table, items in parsed.tables.items():
                raw[table].extend(items)
            modifiers.update(parsed.modifiers)
        self.kb.modifiers = frozenset(modifiers)
        for item, where in raw["source"]:
            self._source(item, where)
        for item, where in raw["metric"]:
            self._metric(item, where)
        for item, where in raw["entity"]:
            self._entity(item, where)
        for item, where in raw["fact"]:
            self._fact(item, where)
        for item, where in raw["relation"]:
            self._relation(item, where)
        for item, where in raw["review"]:
            self._review(item, where)
        self._links()
        return self.kb, self.findings

    # -- field helpers -------------------------------------------------------------------------
    def _require(self, item: dict, where: str, what: str, fields: dict[str, type | tuple]) -> bool:
        ok = True
        label = item.get("id", "?")
        for name, typ in fields.items():
            if name not in item:
                self.problem("schema", f"{what} {label}: missing field '{name}'", where, [str(label)])
                ok = False
            elif not isinstance(item[name], typ) or isinstance(item[name], bool):
                want = typ.__name__ if isinstance(typ, type) else " or ".join(t.__name__ for t in typ)
                self.problem("schema", f"{what} {label}: field '{name}' must be {want}, "
                             f"not {type(item[name]).__name__}", where, [str(label)])
                ok = False
        return ok

    def _dup(self, table: dict, ident: str, where: str, what: str) -> bool:
        if ident in table:
            self.problem("schema", f"duplicate {what} id '{ident}'", where, [ident])
            return True
        return False

    def _source(self, item: dict, where: str) -> None:
        if not self._require(item, where, "source", {"id": str, "title": str, "publisher": str,
                                                      "date": str, "language": str, "file": str}):
            return
        if self._dup(self.kb.sources, item["id"], where, "source"):
            return
        self.kb.sources[item["id"]] = Source(item["id"], item["title"], item["publisher"], item["date"],
                                             item["language"], item["file"], str(item.get("url", "")),
                                             str(item.get("note", "")), str(item.get("document", "")))

    def _metric(self, item: dict, where: str) -> None:
        if not self._require(item, where, "metric", {"id": str, "en": str, "zh": str, "unit": str,
                                                      "measure": str, "aliases": list}):
            return
        if self._dup(self.kb.metrics, item["id"], where, "metric"):
            return
        if item["measure"] not in METRIC_MEASURES:
            self.problem("schema", f"metric {item['id']}: measure '{item['measure']}' is not one of "
                         f"{', '.join(METRIC_MEASURES)}", where)
        if not quantities.is_known_unit(item["unit"]):
            self.problem("schema", f"metric {item['id']}: unknown unit '{item['unit']}'", where)
        aliases = tuple(str(a) for a in item["aliases"])
        cumulative = item.get("cumulative")
        if cumulative is not None and not isinstance(cumulative, str):
            self.problem("schema", f"metric {item['id']}: field 'cumulative' must be a metric id", where, [item["id"]])
            cumulative = None
        metric = Metric(item["id"], item["en"], item["zh"], item["unit"], item["measure"], aliases, cumulative)
        self.kb.metrics[metric.id] = metric
        for text in {metric.en, metric.zh, *aliases}:
            self.kb.metric_index.add(metric.id, text)

    def _entity(self, item: dict, where: str) -> None:
        if not self._require(item, where, "entity", {"id": str, "en": str, "zh": str, "kind": str}):
            return
        if self._dup(self.kb.entities, item["id"], where, "entity"):
            return
        aliases = tuple(str(a) for a in item.get("aliases", []))
        entity = Entity(item["id"], item["en"], item["zh"], item["kind"], item.get("parent"), aliases)
        self.kb.entities[entity.id] = entity
        for text in {entity.en, entity.zh, *aliases}:
            self.kb.entity_index.add(entity.id, text)

    def _fact(self, item: dict, where: str) -> None:
        if not self._require(item, where, "fact", {
                "id": str, "metric": str, "entity": str, "period": (str, int), "value": (int, float),
                "unit": str, "source": str, "quote": str}):
            return
        fid = item["id"]
        if self._dup(self.kb.facts, fid, where, "fact"):
            return
        bad = False
        for name, vocab in (("qualifier", QUALIFIERS), ("kind", KINDS), ("measure", MEASURES)):
            value = item.get(name)
            if value is not None and value not in vocab:
                self.problem("schema", f"fact {fid}: {name} '{value}' is not one of {', '.join(vocab)}",
                             where, [fid])
                bad = True
        for name, table in (("metric", self.kb.metrics), ("entity", self.kb.entities),
                            ("source", self.kb.sources)):
            if item[name] not in table:
                self.problem("schema", f"fact {fid}: unknown {name} '{item[name]}'", where, [fid])
                bad = True
        if not quantities.is_known_unit(item["unit"]):
            self.problem("schema", f"fact {fid}: unknown unit '{item['unit']}'", where, [fid])
            bad = True
        try:
            period = parse_period(str(item["period"]))
            base = parse_period(str(item["base_period"])) if item.get("base_period") else None
        except ValueError as e:
            self.problem("schema", f"fact {fid}: {e}", where, [fid])
            return
        value = float(item["value"])
        if value != value or value in (float("inf"), float("-inf")):
            self.problem("schema", f"fact {fid}: value must be a finite number", where, [fid])
            return
        half_ulp = item["_half_ulp"] if "_half_ulp" in item else read_back(
            value, item["unit"], item.get("measure", "level"), item["quote"])
        if half_ulp is None:
            self.problem("quote", f"fact {fid}: value {_show(value)} cannot be read back from its quote "
                         f"{item['quote']!r}", where, [fid])
            bad = True
        edition = item.get("edition")
        if edition is not None and (not isinstance(edition, int) or isinstance(edition, bool) or edition < 1):
            self.problem("schema", f"fact {fid}: edition must be a whole number from 1 up", where, [fid])
            bad = True
        if bad:
            return
        if half_ulp == 0.0 and value == int(value) and self.kb.metrics[item["metric"]].measure == "rate":
            half_ulp = 0.5      # a whole-number ratio ("80 per 10,000 people") is rounded, not counted
        file, _, line = where.partition(":")
        fact = Fact(
            id=fid, metric=item["metric"], entity=item["entity"], period=period, value=value,
            unit=item["unit"], source=item["source"], quote=item["quote"],
            qualifier=item.get("qualifier", "exact"), kind=item.get("kind", "actual"),
            measure=item.get("measure", "level"), half_ulp=half_ulp or 0.0, of=item.get("of"),
            base_period=base, whole=item.get("whole"), rank=item.get("rank"),
            scope=item.get("scope"), note=item.get("note"), edition=edition, file=file, line=int(line or 0),
        )
        self.kb.facts[fid] = fact
        self.kb.by_key[(fact.metric, fact.entity)].append(fact)
        self.kb.by_metric[fact.metric].append(fact)

    def _relation(self, item: dict, where: str) -> None:
        if not self._require(item, where, "relation", {"id": str, "kind": str, "inputs": list}):
            return
        if item["kind"] not in RELATION_KINDS:
            self.problem("schema", f"relation {item['id']}: kind '{item['kind']}' is not one of "
                         f"{', '.join(RELATION_KINDS)}", where)
            return
        file, _, line = where.partition(":")
        implied = item.get("implied_metric")
        if implied is not None and (item["kind"] != "pp_gap" or implied not in self.kb.metrics):
            self.problem("schema", f"relation {item['id']}: 'implied_metric' must name a known metric, and only a "
                         f"pp_gap relation implies one", where, [item["id"]])
            implied = None
        self.kb.relations.append(Relation(item["id"], item["kind"], tuple(map(str, item["inputs"])),
                                          item.get("result"), item.get("implies"), item.get("note"),
                                          file, int(line or 0), implied))

    def _review(self, item: dict, where: str) -> None:
        if not self._require(item, where, "review", {"facts": list, "explanation": str}):
            return
        disputed = item.get("disputed", [])
        if not isinstance(disputed, list) or not set(map(str, disputed)) <= set(map(str, item["facts"])):
            self.problem("schema", f"review: 'disputed' must list some of the review's facts, not {disputed!r}", where)
            return
        file, _, line = where.partition(":")
        self.kb.reviews.append(Review(tuple(map(str, item["facts"])), item["explanation"], file,
                                      int(line or 0), tuple(map(str, disputed))))

    def _links(self) -> None:
        for m in self.kb.metrics.values():
            if m.cumulative is not None and m.cumulative not in self.kb.metrics:
                self.problem("schema", f"metric {m.id}: 'cumulative' names unknown metric '{m.cumulative}'", None, [m.id])
        facts = self.kb.facts
        for f in facts.values():
            if f.of and f.of not in facts:
                self.problem("schema", f"fact {f.id}: 'of' names unknown fact '{f.of}'", f.location, [f.id])
        for r in self.kb.relations:
            for ref in (*r.inputs, *([r.result] if r.result else [])):
                if ref not in facts:
                    self.problem("schema", f"relation {r.id}: unknown fact '{ref}'",
                                 f"{r.file}:{r.line}", [ref])
        for rv in self.kb.reviews:
            for ref in rv.facts:
                if ref not in facts:
                    self.problem("schema", f"review: unknown fact '{ref}'", f"{rv.file}:{rv.line}", [ref])
        for fact, problem in implied_facts(self.kb):
            if problem:
                self.problem("schema", problem, fact.location, [fact.id])
            elif fact.id not in facts:
                facts[fact.id] = fact
                self.kb.by_key[(fact.metric, fact.entity)].append(fact)
                self.kb.by_metric[fact.metric].append(fact)


def _show(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:,}"


CACHE_NAME = "facts.cache"
CACHE_ENV = "IPCHECK_CACHE_DIR"


def fingerprint(path: str | os.PathLike) -> str:
    """A digest of every TOML file's name and bytes, and of this ipcheck's version and code (the
    cache pickles the code's own objects and lookups, so changed code must not read an old one)."""
    from ipcheck import __version__

    h = digest(__version__.encode())
    h.update(quantities.DEFINITIONS.read_bytes())
    for module in sorted(Path(__file__).resolve().parent.glob("*.py")):
        h.update(module.read_bytes())
    for file in sorted(Path(path).glob("*.toml")):
        h.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return h.hexdigest()


def _cache_file(path: Path, environ: dict[str, str]) -> Path | None:
    """Where a compiled copy of this knowledge base may be: beside the bundled facts (written at
    build time), or in $IPCHECK_CACHE_DIR when the user asked for one."""
    if path.resolve() == bundled_path().resolve():
        return Path(__file__).resolve().parent / CACHE_NAME
    if environ.get(CACHE_ENV):
        key = digest(str(path.resolve()).encode()).hexdigest()[:16]
        return Path(environ[CACHE_ENV]) / f"ipcheck-{key}.cache"
    return None


def compile_cache(path: str | os.PathLike, target: str | os.PathLike) -> Path:
    """Write a compiled knowledge base to ``target`` (used by the build hook)."""
    return _write_cache(path, load(path, environ={}), target)


def _write_cache(path: str | os.PathLike, knowledge: KnowledgeBase, target: str | os.PathLike) -> Path:
    import pickle

    import ipcheck.judge  # noqa: F401  (its patterns, and those of what it imports, are registered)
    from ipcheck import lazyre
    from ipcheck.warmup import warm

    warm(knowledge)          # indexes built once here, not in every cold start
    payload = pickle.dumps((fingerprint(path), knowledge, lazyre.programs()), protocol=pickle.HIGHEST_PROTOCOL)
    target = Path(target)
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(payload)
    os.replace(tmp, target)
    return target


def _from_cache(path: Path, cache: Path) -> KnowledgeBase | None:
    import gc
    import pickle

    paused = gc.isenabled()
    gc.disable()          # thousands of new objects, none of them garbage: a third faster unpickled
    try:
        stamp, knowledge, programs = pickle.loads(cache.read_bytes())
    except Exception:  # missing, stale format, truncated: fall back to the TOML files
        return None
    finally:
        if paused:
            gc.enable()
    if stamp != fingerprint(path) or not isinstance(knowledge, KnowledgeBase):
        return None
    knowledge.path = path
    quantities.preload(knowledge.unit_factors or {})
    from ipcheck import lazyre

    lazyre.preload(programs)       # the patterns' compiled programs, when this interpreter made them
    return knowledge


def read(path: str | os.PathLike) -> tuple[KnowledgeBase, list[Finding]]:
    """Every record that could be read, and every problem found on the way."""
    return _Reader(Path(path)).run()


def load(path: str | os.PathLike, environ: dict[str, str] | None = None) -> KnowledgeBase:
    """A knowledge base fit to judge claims against, or KnowledgeBaseError naming the first error.

    A compiled copy is used when one exists for exactly these files; one is written only where
    the user named a cache folder ($IPCHECK_CACHE_DIR): ipcheck never writes unasked.
    """
    environ = os.environ if environ is None else environ
    folder = Path(path)
    cache = _cache_file(folder, environ) if folder.is_dir() else None
    if cache is not None and cache.exists():
        cached = _from_cache(folder, cache)
        if cached is not None:
            return cached
    kb, findings = read(path)
    errors = [f for f in findings if f.severity == "error"]
    if errors:
        first = errors[0]
        where = f"{first.location}: " if first.location else ""
        more = f" (and {len(errors) - 1} more; run 'ipcheck audit {path}')" if len(errors) > 1 else ""
        raise KnowledgeBaseError(f"broken knowledge base: {where}{first.message}{more}")
    if cache is not None and environ.get(CACHE_ENV) and cache.parent.is_dir():
        try:
            _write_cache(path, kb, cache)
        except OSError:
            pass                      # a cache is an optimisation, never a reason to fail
    return kb
