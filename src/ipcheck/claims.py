"""Reading a claim: which figures it states, about what, for whom, when, and with what arithmetic.

The reader is deliberately shallow: clauses are cut at commas and conjunctions, each figure takes
the metric, entity and period named nearest to it (falling back to the claim's subject), and cue
words ("up", "下降", "of the total", "times") decide whether a percentage is a growth rate, a
share, or a level. Anything it cannot pin down is left open, and the judge says unverifiable.
"""
from __future__ import annotations

import collections
import re
from datetime import date

from ipcheck import cues, numbers, wordfigures
from ipcheck.kb import KnowledgeBase
from ipcheck.lazyre import lazy
from ipcheck.actors import credited_to, has_a_body, other_body
from ipcheck.borrowing import names_something_else, not_the_parts
from ipcheck.clauses import (bare_clause, blanked, clause_of, clauses, metric_spans, near_span, noun_phrase_after, outside_names,
                              said_outside, sentence_breaks, without_names)
from ipcheck.counted import (DURATIONS, added_to, counted_by, counts_other_things, narrower_cases, residents_counted,
                             thing_counted, unit_clash, unit_fit, words_after_a_count)
from ipcheck.links import compared_first, link_from_to, parts_summed, respectively, sides_set_against
from ipcheck.matching import _CJK, Alias, Match, stem, words
from ipcheck.ranking import _ZH_NOUN_AFTER, _choose, _ranked, _taken, bracketed_by, named_right_after, refused_for
from ipcheck.model import Claim, Figure, figure_of
from ipcheck.numbers import normalize
from ipcheck.names import (city_of, groups_of_other_places, misplaced, not_in_names, one_of_a_group_named,
                           other_place_in_name, remainder_named, shared_heads, unknown_names, unknown_part, within_parents)
from ipcheck.periods import (Period, PeriodMention, RelativeMention, find_editions, find_periods, find_relative, place,
                              spoken_from, year_end_named)
from ipcheck.ranks import add_doubling, add_ranks_and_streaks, ranked_with_a_figure
from ipcheck.roles import classify
from ipcheck.scopes import claimed_whole, scope_class, whole_words
from ipcheck.spelt import OF_THEM, counts_in_words_kept
from ipcheck.timing import place_in_time, says_before_that
from ipcheck.trends import attach_records, attach_trends
from ipcheck.wholes import (a_part_alike, a_share_counted_alike, category_named, follows_a_share, part_by_its_verb, part_of_a_whole_in_words,
                            parts_named_by_their_whole,
                            part_of_an_opening_whole, restated_parts, whole_of_a_stated_share, without_category_bounds,
                            without_list_sizes)


MEASURE_FOR_ROLE = {"level": "level", "growth": "growth", "share": "share", "multiple": "multiple",
                    "change": "change", "pp": "pp_gap", "rank": "rank", "streak": "streak",
                    "difference": "difference", "part": "part", "average": "average", "combined": "combined"}


def read_claim(kb: KnowledgeBase, text: str, line: int = 1,
               default_period: Period | RelativeMention | None = None, as_of: date | None = None) -> Claim:
    """Read one claim; ``default_period`` is used when the text names none (the time an earlier
    sentence of the same paragraph named). A claim that dates itself relative to when it was
    written ("this year", "去年") is placed by ``as_of``, the date of writing, or not at all."""
    raw = text
    text = normalize(text)
    claim = Claim(line=line, text=raw, language="zh" if not text.isascii() and _CJK.search(text) else "en")
    claim.target = cues.states_a_target(text)
    spans = clauses(text)
    claim.periods = find_periods(text)
    if claim.periods and ("end of th" in text or "year-end" in text or "year end" in text) \
            and (year_end := year_end_named(text, claim.periods)):
        claim.periods = sorted(claim.periods + year_end, key=lambda p: p.start)
    elif len(claim.periods) == 1 and ("year" in text or "今年" in text or "去年" in text or "上半年" in text) \
            and (spoken := spoken_from(text, claim.periods[0], as_of)):
        claim.periods = spoken      # "CNIPA said in August 2022 that … last year": 2021
    if not claim.periods:
        relative = find_relative(text) or ([default_period] if isinstance(default_period, RelativeMention) else [])
        if relative:                 # the claim says its own time (or goes on in a relative one)
            claim.periods = place(relative, as_of)
            if not claim.periods:
                claim.relative = relative[0]
        elif default_period is not None:
            claim.periods = [PeriodMention(default_period, len(text), len(text))]
    mentions = within_parents(kb, text, not_in_names(kb, text, kb.entity_index.find(text, kb.word_bigrams())))
    if "ourts" in text:
        mentions = shared_heads(kb, text, mentions)
    if "(" in text or "（" in text:     # "the China (Shenzhen) IP Protection Center": the place in brackets is the body's
        mentions = [m for m in mentions if not any(o[1] - m[2] in (1, 2) and text[m[2]:o[1]].strip() in ("(", "（")
                                                   for o in mentions)]
    mentions, wrong_city = misplaced(kb, text, mentions) if len(mentions) > 1 else (mentions, None)
    if wrong_city is not None:          # "Guangzhou's Intermediate People's Court": no court the base knows
        claim.unknown_names = [wrong_city]
        mentions = []
    part = unknown_part(kb, text, mentions) if mentions else None
    if part is not None:                    # "深圳市龙华区人民法院": about Longhua's court, which the base lacks
        claim.unknown_names = [part[0]]
        mentions = [m for m in mentions if m is not part[1]]
    claim.entities = [e for e, _, _ in mentions]
    foreign_groups = groups_of_other_places(kb, text, mentions) if len(mentions) > 1 else {}
    subject = mentions[0][0] if mentions else None
    if subject and len(mentions) > 1 and text[mentions[0][2]:mentions[0][2] + 9].lower() == " average ":
        subject = mentions[1][0]        # "With 110 …, 7.9 times the national average of 14, Shenzhen …": the yardstick is no subject
    if subject and text[:6].lower() in ("among ", "of the") and "," in text:
        # "Among Shenzhen's district courts, Futian's accepted the most": the group is no subject
        cut = text.index(",")
        subject = next((e for e, s, _ in mentions if s > cut), subject)
    if not mentions and not claim.unknown_names:
        claim.unknown_names = unknown_names(kb, text)
    elif "-based " in text and (based := _BASED.search(text)) and not based.group(1).split()[0].isupper() \
            and stem(based.group(1).split()[0]) not in cues.metric_keywords(kb):
        # "Shenzhen-based Huawei filed 2,094 PCT applications": the company's figure, not the city's
        claim.unknown_names = [based.group(1).strip()]
        mentions, subject = [], None
        claim.entities = []
    elif (rest := remainder_named(kb, text, mentions) or one_of_a_group_named(kb, text, mentions)) is not None:
        claim.unknown_names, mentions, subject, claim.entities = [rest], [], None, []   # ("Peking University has …")

    figs: list[Figure] = []
    fractions = wordfigures.read_fractions(text)
    ratios = wordfigures.read_ratios(text)          # "outnumbered … by five to one", "2.2 to 1": multiples
    in_digits = numbers.read_numbers(text)
    if fractions or ratios:     # ("one in every 11", "每11件…中就有1件": the digits are the fraction's)
        in_digits = [n for n in in_digits if not any(fr.start <= n.start and n.end <= fr.end for fr in (*fractions, *ratios))]
    if not text.isascii():          # "八万余件", "逾万件": numerals with a scale, where no digits are
        in_words, besides = [*wordfigures.read_scaled_numerals(text), *wordfigures.read_percent_numerals(text)], ()
    else:                           # "nine hundred and thirty-three", "twenty per cent": never left unread
        in_words, besides = wordfigures.read_spelt_numbers(text), (*fractions, *ratios)     # (nor a fraction's words)
    in_digits = in_digits + [n for n in in_words if not any(d.start < n.end and n.start < d.end for d in (*in_digits, *besides))]
    in_digits.sort(key=lambda n: n.start)
    multiples = [m for m in wordfigures.read_word_multiples(text)      # ("half the national total": a share)
                 if not any(fr.start <= m.start < fr.end for fr in fractions)] + ratios
    taken = {n.start for n in multiples}
    taken.update(i for fr in (*fractions, *ratios) for i in range(fr.start, fr.end))    # "one fifth" counts nothing
    in_words = [figure_of(n) for n in wordfigures.read_count_words(text) if n.start not in taken     # (nor a
                and not any(d.start <= n.start < d.end for d in in_digits)]       # number spelt out: "nineteen thousand")
    for n in (*in_digits, *fractions, *multiples):
        figs.append(figure_of(n))
    figs.extend(in_words)
    add_ranks_and_streaks(text, figs)
    add_doubling(text, figs)
    figs.sort(key=lambda f: f.start)
    category_bounds: list[tuple[Figure, Figure]] = []
    if len(figs) > 1:
        figs, category_bounds = without_category_bounds(text, figs)

    # Metrics ranked for every clause that holds a figure, and the aliases each clause spells out
    # in full: an alias whole in one figure's clause is that figure's, not a neighbour's.
    ranked_in: dict[tuple[int, int], tuple[list[Match], str | None]] = {}

    whole_span = (0, len(text))

    # the words metrics are ranked by: not applicants who won something ("3 Shenzhen applicants won associate
    # senior titles" counts titles won, not applications) …
    said = blanked(text, [m.span(1) for m in _APPLICANTS_WHO_WON.finditer(text)]) if "pplicants" in text else text
    # … nor, for a whole, the clause of a part after it ("81 awards, | nine of them gold")
    of_parts = [spans[clause_of(spans, g.start)] for g in figs if g.unit == "count" and OF_THEM.match(text, g.end)] \
        if " of " in text else []
    outside_parts = blanked(said, of_parts) if of_parts else said

    def ranked(span: tuple[int, int]) -> tuple[list[Match], str | None]:
        """The ranking for one span, worked out once (the whole claim's only when it is needed)."""
        if span not in ranked_in:
            before_a_part = of_parts and span[1] <= of_parts[0][0]
            ranked_in[span] = _ranked(kb, outside_parts if before_a_part else said, span)
        return ranked_in[span]

    # clauses after 'than' name what is compared with ("grew 5.8%, 3.1 points faster than | GDP")
    than = [sp for sp in spans if text[max(0, sp[0] - 6):sp[0]].rstrip().lower().endswith(" than")] \
        if "than" in text else []

    def ranked_whole(at: int) -> tuple[list[Match], str | None]:
        """The whole claim's ranking for a figure at ``at``: without the words of a 'than' clause
        after it, which are no metric of its own (the 5.8% above is not GDP's), nor of a part's
        clause after it; a figure after one ("…slower than its trademark applications, which grew
        28.08%") may take them."""
        hide_than = any(a > at for a, _ in than)
        hide_parts = bool(of_parts) and of_parts[0][0] > at
        if not (hide_than or hide_parts):
            return ranked(whole_span)
        key = (-1 - hide_parts, -1 - hide_than)      # (no clause's span)
        if key not in ranked_in:
            ranked_in[key] = _ranked(kb, blanked(said, (than if hide_than else []) + (of_parts if hide_parts else [])),
                                     whole_span)
        return ranked_in[key]

    named_in = metric_spans(text, spans, mentions) if len(spans) > 1 else spans
    for f in figs:
        f.clause = clause_of(spans, f.start)
        ranked(named_in[f.clause])
    # (a rank or a streak owns no metric words: "the most IP cases" are as much the next clause's)
    figure_spans = {named_in[f.clause] for f in figs if f.role not in ("rank", "streak")}
    held_in: dict[tuple[int, int], dict[Alias, int]] = {}
    full_in: dict[tuple[int, int], set[Alias]] = {}
    per_clause = None
    if len(figure_spans) > 1:          # only a claim with several figure clauses needs the list rules
        held_in = {span: {m.alias: m.in_focus for m in ranked_in[span][0]} for span in figure_spans}
        full_in = {span: {a for a, n in held.items() if n >= a.weight[0]} for span, held in held_in.items()}
        per_clause = collections.Counter(named_in[f.clause] for f in figs if f.role not in ("rank", "streak"))

    level_match: Match | None = None         # the last level figure's metric: what a rate after it is of
    levels_before: list[Match] = []          # every level figure's metric so far, in order
    rate_match: Match | None = None          # the last growth rate or share read: what a pp gap compares
    named_before: str | None = None          # the entity the last level figure's own clause named
    last_match: Match | None = None          # the last level's or growth rate's metric
    prev_end = 0
    outcome_years: set[Period] = set()      # the periods of outcomes a goal claim states beside its goal
    before_that = says_before_that(text)
    plain = len(figs) - sum(1 for g in figs if g.role in ("rank", "streak"))      # figures other than ranks and streaks
    residents = "人口" in text or "居民" in text or "esident" in text or "nhabitant" in text or "opulation" in text
    for f in figs:
        s, e = spans[f.clause]
        span = named_in[f.clause]
        if ("beat" in text or "outpac" in text or "outstrip" in text or "exceed" in text or "surpass" in text
                or "lag" in text or "trail" in text) \
                and (beats := _BEATS.search(text, f.end, e)) is not None:
            # "with growth of 5.8% that beat GDP growth by 3.1 points": what it beat is not what it is
            span = (span[0], beats.start())
            ranked(span)
        classify(text, f, s)
        if f.role in ("share", "multiple"):
            f.scope = claimed_whole(text, f.start, f.end)    # "of the national total", "the Guangdong average"
            f.whole = whole_words(text, f.start, f.end)
        if f.role == "level" and fractions and any(n.start == f.start for n in fractions):
            f.role = "share"            # "超过一半(37家)": a fraction in words is a share, never a level
        if f.role == "share" and f.text.startswith("每"):
            f.scope = scope_class(text[max(s, f.start - 8):f.start])    # "全国大约每11件…中就有1件": the whole before
        elsewhere: set[Alias] = set()
        strict = False
        clashing: str | None = None
        if per_clause is not None:
            elsewhere = set().union(*(a for other, a in full_in.items() if other != span))
            # a level figure alone in its clause is an item of a list ("刑拘1,262人,逮捕778人"): it
            # never takes the words of another item; "7.9 times the national average of 14" may
            strict = f.role == "level" and per_clause[span] == 1 and not bare_clause(text, span, mentions)
            whole_of = next((m for m in reversed(levels_before) if a_part_alike(text, s, ranked_in[span][0], m)),
                            None) if f.role == "level" else None
            if whole_of is not None:
                # "全市法院共受理知识产权案件9,694宗,其中市中级人民法院受理2,936宗": a part of a
                # figure before, counted alike, is no other item of a list ("accepted 9,694 … and
                # closed 8,174, of which the Intermediate Court accepted 2,936": of the 9,694)
                elsewhere = {a for a in elsewhere if a.target != whole_of.target}
        best, why, ties = _choose(*not_the_parts(kb, text, spans, f, *ranked_in[span]), elsewhere, held_in.get(span),
                                  strict)
        if f.role == "level" and f.clause > 0 and (best is None or best.in_focus < best.alias.weight[0]) \
                and (best is not None and best.in_focus > 0 and any(a == s for a, _ in than)
                     or text[spans[f.clause - 1][1]:s] == " and " and not _NOUN_AFTER.match(text, f.end)):
            # "granted more patent licences (5,998) than | it received (4,351)", "detained 1,262 people and |
            # arrested 778": the noun left out is the one before, so the metric is one the two clauses name
            # together, by the words of this one
            near = [m for m in kb.metric_index.best(text[spans[f.clause - 1][0]:e], text[s:e]) if m.in_focus > 0]
            if near and near[0].score[0] is False and (best is None or near[0].target != best.target):
                best, ties = near[0], ()
        if best is None or best.in_focus == 0:
            whole = _choose(*not_the_parts(kb, text, spans, f, *ranked_whole(f.start)), elsewhere, held_in.get(span),
                            strict)
            compared = next((sp for sp in than if sp[1] <= s and _RELATIVE.match(text, sp[1])), None)
            if compared is not None and (of_compared := _choose(*ranked(compared)))[0] is not None \
                    and of_compared[0].in_focus > 0:
                # "…slower than its trademark applications, which grew 28.08%": what is compared with
                best, why, ties = whole = of_compared
            elif f.role not in ("rank", "streak") and s > 0 and _RELATIVE.match(text, s) \
                    and (named := cues.antecedent(kb, text, s)) is not None:
                # "…outpaced GDP, which the figures put at 2.7% growth": what the words before 'which' name
                whole = (named, None, ())
                best, ties = named, ()
            if f.role not in ("rank", "streak"):    # ("For the third consecutive year, Shenzhen ranked first in …")
                if whole[0] is not None and names_something_else(kb, text, (s, e), whole[0], f.role == "pp"):
                    whole = (None, whole[1], ())
                if best is not None and names_something_else(kb, text, (s, e), best, f.role == "pp"):
                    best, ties = None, ()
            if best is None or (whole[0] is not None and whole[0].in_focus > 0) or whole[0] is None and whole[1] \
                    and best.in_focus == 0 and refused_for(kb, text[:e], best.target) is not None:
                best, why, ties = whole     # (nor one no word of its clause names that a word of the claim rules out)
            if strict and best is not None and (here := [m for m in ranked_in[span][0] if m.in_focus > 0]) \
                    and here[0].target != best.target \
                    and here[0].in_focus > max((m.in_focus for m in here if m.target == best.target), default=0):
                # "accepted 9,694 IP cases and accepted 8,174", "with the Futian court alone accepting 1,664":
                # an item's own words name its metric, even one another item spells out, never a metric
                # it says fewer words of
                best, ties = here[0], ()
            if f.role != "level" and level_match is not None:
                # a rate with no words of its own ("80,657, with a growth of 10.29%, including
                # 32,208 invention patent applications") is the rate of the figure before it
                best = level_match
            elif level_match is not None and cues.compared_alike(text, s, f.start):
                best, ties = level_match, []    # "110 … were 96 more than | the national average of 14"
            elif f.role == "level" and last_match is not None and (cues.goes_on(text, s, f.start)
                                                                   or cues.bound_alone(text, s, e, f.start, f.end)
                                                                   or cues.refers_back(text, s, f.start)):
                # "grew 10.29% in 2013, reaching 80,657", "…308,000 patents in 2021, up from 69,000 in
                # 2012": no words of its own, the same thing's level at another time
                best, ties = last_match, []
        elif f.role == "share" and (part := level_match or last_match) is not None \
                and not cues.names_the_part(text, s, f.start) \
                and (not cues.has_shares(kb, best.target) or _A_TOTAL.search(text, s, f.start)
                     or cues.whole_after_zhan(text, s, f.start, best.alias)) \
                and cues.has_shares(kb, part.target) and best.target != part.target:
            # "10,987件,…,占国内专利授权总量的22.08%": words after 占 name the whole, of which no
            # share is sourced; the part is the figure before, or the rate's ("invention patent grants
            # fell 15.9% … and made up 22.08% of all patents"; but "…and 56% of the effective invention
            # patents": the share sourced is of those patents, and the words say so)
            best, ties = part, []
        if best is None and f.role == "level" and rate_match is not None \
                and (follows_a_share(text, f.start) or cues.RESTATED_PART.search(text, max(0, f.start - 24), f.start)):
            # "2,936 IP cases, roughly 30% of the 9,694 accepted by all the city's courts": like things
            # ("… accounted for about 30% of the 9,694 …, taking in 2,936": the share's part)
            best, ties = rate_match, []
        if f.role == "pp" and rate_match is None and (compared := cues.subject_of_a_gap(kb, text, s, f.start)) is not None:
            # "export growth outpaced import growth by 15 points", "出口增速比进口增速低10.5个百分点": the
            # gap is the subject's, named before the comparative
            best, ties = compared, []
        if best is not None and f.role == "level" and per_clause is None and len(figs) > 1 and not text.isascii() \
                and (named := named_right_after(kb, text, f.end)) is not None:
            best, ties = named, ()      # "598家专利代理机构和3,334家商标代理机构": the noun after each count is its own
        if best is not None:
            if ties and f.role != "level" and level_match and any(m.target == level_match.target for m in (best, *ties)):
                # "…5,981 loans, up 60.91%": the rate of that figure
                best = next(m for m in (best, *ties) if m.target == level_match.target)
            elif ties:
                # a level figure: "number of loans" and "amount of loans" read alike, the unit and
                # the noun after it tell them apart; any figure: words inside an entity's name do not count
                # (and whichever public body the words credit it to: "procuratorial organs handled 259
                # …, half the 518 of its public security organs"; in Chinese the noun after the figure:
                # "13家知识产权纠纷人民调解组织和37家商事调解组织")
                outside = outside_names(text, span, mentions)
                after = cues.next_stem(text, f.end) if f.role == "level" else ""
                noun_zh = _ZH_NOUN_AFTER.match(text, f.end).group(0) if f.role == "level" else ""
                whose = credited_to(text, near_span(figs, f, s, e), f.start) \
                    if any(has_a_body(kb, m.target) for m in (best, *ties)) else ""
                scored = [((other_body(kb, whose, m.target) is None,) + (
                            (unit_fit(kb, m.target, f.unit), not counts_other_things(kb, m.target, text, f.end),
                             sum(map(len, (k for k in m.alias.keywords if k in noun_zh))) if m.alias.chinese
                             else after in m.alias.keywords, said_outside(m, outside))
                           if f.role == "level" else (said_outside(m, outside),)), m)
                          for m in (best, *ties)]
                top = max(key for key, _ in scored)
                tied = [m for key, m in scored if key == top]
                best = tied[0]
                # what nothing in the words tells apart from the choice: the judge weighs them all
                f.alternatives = tuple(dict.fromkeys(m.target for m in tied[1:] if m.target != best.target))
            if f.role == "level" and counts_other_things(kb, best.target, text, f.end):
                # "案宗425宗694人": 694 counts persons, a metric of cases does not fit it; the best
                # metric whose words are all in the clause and whose name counts what the figure
                # counts may ("monitoring 689 overseas dispute cases involving 2,352 Shenzhen enterprises")
                rejected, thing = best, thing_counted(text, f.end)
                best = next((m for m in ranked_in[span][0] if m.target != rejected.target and m.score[0]
                             and counted_by(kb, m.target) == thing), None)
                f.alternatives = ()
                if best is None:
                    claim.rejected_metric = (f"{kb.metrics[rejected.target].en} (it counts "
                                             f"{counted_by(kb, rejected.target)}; the claim counts "
                                             f"{thing}: {text[f.start:f.end + 20].strip()})")
            elif f.role == "level" and residents and (people := residents_counted(text, f.end)):
                claim.rejected_metric = f"{kb.metrics[best.target].en} (the claim counts {people})"   # "约1,780万常住人口"
                best = None
            elif f.role == "level" and (kind := narrower_cases(kb, best.target, text, f.end)):
                # "closed 2,114 patent dispute cases": patent cases are not all IP cases
                claim.rejected_metric = f"{kb.metrics[best.target].en} (the claim counts {kind} cases only)"
                best = None
            elif f.role == "level" and f.unit == "percent" and cues.A_RATE_OF.search(text, max(0, f.start - 30), f.start) \
                    and kb.metrics[best.target].unit == "count":
                # "closed 8,174, a closure ratio of roughly 84%": a rate of the figures before it, no count
                claim.rejected_metric = f"{kb.metrics[best.target].en} (a count; the claim gives a rate of its figures)"
                best = None
            elif f.role in ("level", "average") and unit_clash(kb, best.target, f, text):
                # "Punitive damages in IP cases totalled 1.78 billion yuan": an amount of money is not
                # a count of cases; "约2,883.5万件" is a count, not money. A metric of the figure's own
                # unit whose words are all there is the one meant.
                # (never one another figure's clause spells out, when this clause names a metric of
                # its own: "…1.74亿元的贷款担保,其中31家企业获得0.94亿元贷款")
                own = ranked_in[span][0]
                named_here = any(m.score[0] for m in own)
                mine = held_in.get(span) or {}
                fitting = next((m for m in own + [m for m in ranked(whole_span)[0] if not (
                                    m.alias in elsewhere if named_here else _taken(m, elsewhere, mine))]
                                if m.score[0] and not unit_clash(kb, m.target, f, text)
                                and refused_for(kb, text, m.target) is None), None)   # ('IP pledge applications')
                if fitting is not None:
                    best, f.alternatives = fitting, ()
                elif f.unit in ("yuan", "usd"):
                    clashing = best.target      # (see below, once the place is known)
                elif f.unit in DURATIONS:
                    claim.rejected_metric = f"{kb.metrics[best.target].en} (the claim gives a span of time: {f.text})"
                    best = None
                elif (thing := thing_counted(text, f.end)) is not None:
                    # "2.9 million infringing items worth …": a count, never an amount of money
                    claim.rejected_metric = f"{kb.metrics[best.target].en} (an amount of money; the claim counts {thing})"
                    best = None
            elif f.role == "level" and f.unit == "count" and counted_by(kb, best.target) is None:
                # "6,264批", "6,264 batches": a metric whose name counts batches beats one whose name
                # counts nothing (in English only the word right after the figure: a noun phrase's
                # head is not its first noun, "1,000 bank enterprise docking activities" count activities)
                thing = thing_counted(text, f.end, reach=1)
                named = thing and next((m for m in ranked_in[span][0] if m.target != best.target and m.score[0]
                                        and counted_by(kb, m.target) == thing), None)
                if named:
                    best, f.alternatives = named, ()
            if f.role == "level" and (follows_a_share(text, f.start)
                                      or cues.TIMES_THE.search(text, max(s, f.start - 12), f.start)):
                # the whole after "22% of the 49,756 …", named by its own noun phrase ("… domestic patent applications |
                # were for inventions"), else by the relative clause closing it ("… domestic patents Shenzhen was granted");
                # so is the side a multiple is of ("three times the 124.637 billion yuan balance outstanding")
                phrase = noun_phrase_after(text, f.end, e)
                own_words = kb.metric_index.best(phrase) or (kb.metric_index.best(text[f.end:e]) if len(phrase) < e - f.end else [])
                if not own_words and level_match is not None and not follows_a_share(text, f.start) and (
                        best is None or best.in_focus <= 1 and set(best.alias.keywords) & set(words(text[f.end:e]))
                        <= set(words(f"{level_match.alias.text} {kb.metrics[level_match.target].en}"))):
                    own_words = [level_match]   # ("4.5 times the 69,000 granted in 2012": no name of its own, alike)
                if own_words and best is not None and own_words[0].target != best.target:
                    best, f.alternatives = own_words[0], ()
            if f.role == "level" and rate_match is not None and cues.RESTATED_PART.search(text, max(0, f.start - 24), f.start) \
                    and any(g.role == "share" and g.metric == rate_match.target for g in figs if g.end <= f.start):
                best, f.alternatives = rate_match, ()     # "… made up about 22% of the 49,756 …, at 10,987": the part's
            if f.role == "level" and plain > 1 and best is not None and text[f.start - 1:f.start] in ("(", "（") \
                    and (named := bracketed_by(kb, text, f, figs)) is not None and named.target != best.target:
                best, f.alternatives = named, ()    # "… of its future industry clusters (32,112)": the words before it
            if f.role == "level" and plain > 1 and best is not None \
                    and (own := words_after_a_count(kb, text, f.end)) is not None and own.target != best.target:
                # "26,967 patent transfers … about 6.4% of the 420,000 patent transfers and licences": a count of
                # several is what the noun phrase right after it names in full, when that says more than the
                # metric taken, or less and the rest is another count's ("licences" is the 420,000's), or
                # other words altogether, none of them in its phrase ("37 commercial mediation bodies for IP
                # disputes mediated 5,904 cases": the bodies are the 37's, the disputes mediated the 5,904's)
                mine, taken = set(own.alias.keywords), set(best.alias.keywords)
                if mine > taken or not mine >= taken and (claim.language == "en" or not mine < taken) and (any(
                        (other := words_after_a_count(kb, text, g.end, phrase=True)) and taken - mine <= set(words(other))
                        for g in figs if g is not f and g.role == "level")
                        or not taken.intersection(words(words_after_a_count(kb, text, f.end, phrase=True)))):
                    best, f.alternatives = own, ()
            if f.role == "level" and best is not None and cues.whole_of_a_part(text, f.start) and any(
                    g.role == "part" and g.metric == best.target and g.end <= f.start for g in figs) \
                    and not kb.metric_index.best(text[f.end:e]):      # "305 of the 425 IP crime cases they reviewed"
                claim.rejected_metric, best = f"{kb.metrics[best.target].en} (a part's; the whole's words name none)", None
            if f.role == "pp" and rate_match is not None and (
                    not cues.names_the_part(text, s, f.start, comparing=True)
                    or _BEATS.search(text, s, f.start) is not None and text[f.start - 4:f.start].rstrip().endswith("by")):
                # (or "with growth of 5.8% that beat GDP growth by 3.1 points": GDP is the side beaten)
                # "exports grew 27.1%, 10.5 percentage points faster than imports": the gap is the
                # rate's, the words after "than" name what it is compared with
                best, f.alternatives = rate_match, ()

            if best is not None and f.role == "level" and not best.alias.chinese and _OF_A_NAMED_WHOLE.match(text, f.end) \
                    and set(best.alias.keywords) <= set(words(noun_phrase_after(text, f.end, e))):
                claim.rejected_metric, best = f"{kb.metrics[best.target].en} (the claim gives a part of it, no more)", None
            other = other_place_in_name(kb, text, best.target) if best is not None else None
            if other is not None:           # "the 18th Shenzhen Patent Awards": not the China Patent Award
                claim.rejected_metric = f"{kb.metrics[best.target].en} (the claim names the {other})"
                best = None
            elif best is not None and has_a_body(kb, best.target) and \
                    (body := other_body(kb, whose := credited_to(text, near_span(figs, f, s, e), f.start),
                                        best.target)) is not None:
                # "Shenzhen police seized 2.9 million infringing goods": customs' seizures, not the police's;
                # a metric of the body the claim names, all of whose words it says, is the one meant
                # ("深圳海关查获…,涉案货值超5100万元": the value of customs' seizures)
                rejected, f.alternatives = best, ()
                best = next((m for m in (*ranked_in[span][0], *ranked(whole_span)[0])
                             if m.score[0] and m.target != rejected.target and other_body(kb, whose, m.target) is None
                             and not unit_clash(kb, m.target, f, text)), None)
                if best is None:
                    claim.rejected_metric = f"{kb.metrics[rejected.target].en} ({body})"
            elif best is not None and f.role == "level" and kb.metrics[best.target].measure == "stock":
                added = added_to(kb, best.target, without_names(text, span, mentions))
                if added:                   # "95,000 new valid invention patents": a year's additions
                    claim.rejected_metric = (f"{kb.metrics[best.target].en} (a stock, all there are at a "
                                             f"date; the claim counts additions: '{added}')")
                    best = None
            if best is not None and f.role == "pp":
                f.compared_with = cues.comparator(kb, text, s, f)
                if f.compared_with == best.target:      # "10.5 points slower than royalty imports", of imports
                    claim.rejected_metric = f"{kb.metrics[best.target].en} (the claim compares it with itself)"
                    best = None
            if best is not None:
                f.metric, f.metric_words = best.target, best.alias.text
                if f.role == "level":
                    level_match = last_match = best
                    levels_before.append(best)
                elif f.role in ("growth", "share"):
                    rate_match = best
                    if f.role == "growth":
                        last_match = best
                elif f.role == "pp" and kb.metrics[best.target].measure == "rate":
                    last_match = best       # "the grant rate rose 8.8 points …, reaching 83.9%": the rate's level
        else:
            claim.rejected_metric = why or ranked(whole_span)[1]
        # entity: named in the clause, else the claim's subject (shares and multiples always the subject)
        # (a place named after the figure as the whole it is measured against is no owner of it:
        # "its 110 … were 7.9 times the national average of 14")
        local = [m for m in mentions if s <= m[1] < e and not (m[1] > f.end and (
            _MEASURED_AGAINST.search(text, f.end, m[1])
            or f.role == "rank" and _OF_A_GROUP.match(text, f.end)))]     # "the busiest of | Shenzhen's courts"
        if local and f.role in ("level", "growth", "rank", "streak"):
            nearest = min(local, key=lambda m: abs(m[1] - f.start))
            if (firms := [m for m in local if m[2] <= f.start and kb.entities[m[0]].kind == "company"]):
                nearest = firms[-1]     # "Tencent alone insured 164 patents under Shenzhen's … pilot": the firm's
            elif f.role == "level" and follows_a_share(text, f.start) and (mine := [
                    m for m in mentions if f.end <= m[1] < min((g.start for g in figs if g.start > f.end), default=len(text))
                    and m[1] < f.end + len(noun_phrase_after(text, f.end, len(text)))
                    and not sentence_breaks(text, f.end, m[1]) and "," not in text[f.end:m[1]]]):
                nearest = mine[0]       # "… 6.4% of the 420,000 patent transfers … recorded across China": the whole's own
            if kb.entities[nearest[0]].kind == "group" and f.metric and not kb.lookup(f.metric, nearest[0]) and (
                    named_place := next((m for m in mentions if m is not nearest and abs(m[1] - f.end) < 60
                                         and kb.entities[m[0]].kind in ("city", "district") and kb.lookup(f.metric, m[0])), None)):
                nearest = named_place   # "21 universities and research institutions in Shenzhen": the city's group
            f.entity, f.entity_named = nearest[0], True
            # (a side compared with names no subject a bare clause after it goes on about: "…, about 1.8 times
            # the 1,664 accepted by the Futian District court, and closed 2,114 of them")
            named_before = nearest[0] if f.role == "level" and not cues.compared_side(
                text, max(s, f.start - 24), f.start) else named_before
        elif s > 0 and _RELATIVE.match(text, s) and (ante := next((m for m in reversed(mentions)
                                                                  if 0 <= s - m[2] <= 3), None)) is not None:
            f.entity, f.entity_named = ante[0], True     # "…went to the Intermediate Court, which took in 2,936"
        elif named_before and f.role == "level" and ";" not in text[prev_end:f.start]:
            # "其中,深圳市中级人民法院受理2,936宗,结案2,114宗": a bare clause goes on about the court before it
            f.entity, f.entity_named = named_before, True
        elif subject:
            f.entity, f.entity_named = subject, True
            if f.role == "share" and kb.entities[subject].kind in ("country", "province") \
                    and (owner := next((e for e, ms, _ in mentions if ms > f.end
                                        and kb.entities[e].kind in ("city", "district", "court")), None)) is not None:
                # "全国每11件…中就有1件来自深圳", "one in every 11 … in China came from Shenzhen": the nation
                # is the whole; the share is the other place's
                f.entity = owner
        if f.role == "level" and f.entity is not None and ("itywide" in text or "ity-wide" in text or "全市" in text) \
                and kb.entities[f.entity].kind in ("district", "court") and _CITYWIDE.search(text, s, f.start):
            # "Nanshan District's 54 firms …, and citywide pledge financing neared 1.2 billion yuan": the city's
            f.entity = city_of(kb, f.entity) or f.entity
        if f.entity in foreign_groups:       # "Shanghai's universities": not the nation's the base has
            claim.unknown_names.append(foreign_groups[f.entity])
            f.entity, f.entity_named = None, False
        if clashing is not None and f.entity is not None:
            companion = kb.stated_with(clashing, f.unit, f.entity)
            if companion is not None and refused_for(kb, text[:f.end], companion) is None:
                # "31 enterprises in Nanshan … received loans totalling 940 million yuan": the money
                # the source states for that place in the same words as the count (never the other
                # way: "pledge registration was 5,042" names no enterprises the count could be of)
                f.metric, f.alternatives = companion, ()
        prev_end = f.end
        place_in_time(kb, text, claim, figs, f, (s, e), outcome_years, before_that)
        alone = plain == 1 or len(figs) > 1 and f is figs[0] and "共" in text \
            and _CLAUSE_BREAK.fullmatch(text, f.end, figs[1].start) is not None \
            or " and " in text[f.end:f.end + 40] and cues.kinds_summed_after(text, f.end) is not None
        if f.role == "level" and f.metric and alone:
            # ("a total of 13 … and 37 …" sums nothing; "… 156,681 …, and each ranked second" does)
            both = cues.combined(kb, text, f)
            if both:                # "人民调解组织和商事调解组织合计50家": the sum of the two, not either one
                f.role, f.combined, f.alternatives = "combined", both, ()
            elif both is None:      # "1,418 trademark, patent and copyright cases combined": not the first kind's
                claim.rejected_metric = (f"{kb.metrics[f.metric].en} (the claim gives {f.text} as the sum of "
                                         f"several kinds, not all of which the knowledge base names)")
                f.metric, f.alternatives = None, ()
            elif plain == 1 and len(mentions) > 1 and (joint := cues.joint_entities(kb, text, mentions, 0, f.start)):
                # "福田区人民法院和罗湖区人民法院共受理2,636宗": the sum of the two courts' figures
                f.role, f.combined_entities, f.entity = "combined", joint, joint[0]
        if f.role == "level" and f.metric and f.period is not None and kb.metrics[f.metric].cumulative \
                and not _OF_A_ROUND.match(text, f.end) and (
                f.period.kind == "point" and cues.ACCUMULATED.search(text)
                and (len(figs) == 1 or cues.ACCUMULATED.search(text, s, e) or cues.ACCUMULATED.search(text, 0, s)
                     and not any(g.start < f.start and g.metric == f.metric for g in figs)
                     or (m := _ALL_CUMULATIVE.search(text, figs[-1].end)) is not None and (
                         # "…, on a cumulative basis": all of them; "… and 259,422 patent grants in total": all
                         # those of its time (not "four gold awards at the 18th …, and by the end of 2016 … in total")
                         m.group(1) is None or not any(p.start > f.start for p in claim.periods)))
                or ("tal to" in text or "tally to" in text or "总数" in text)      # "lifted its total to 118"
                and cues.TOTAL_TO.search(text, max(s, f.start - 30), f.start)):
            # "By the end of 2013, Shenzhen had been granted 259,422 patents in total": all to date
            f.metric, f.alternatives = kb.metrics[f.metric].cumulative, ()
            other = other_place_in_name(kb, text, f.metric)
            if other is not None:           # "a cumulative 27 Shenzhen Patent Gold Awards"
                claim.rejected_metric = f"{kb.metrics[f.metric].en} (the claim names the {other})"
                f.metric = None
    # "grew 64.43%, to 5,981 loans": a rate whose words fit two metrics is the rate of the level the
    # claim states with one of them, even when the level comes after it
    level_metrics = {f.metric for f in figs if f.role == "level" and f.metric}
    for f in figs:
        if f.alternatives and f.role != "level":
            named = level_metrics.intersection((f.metric, *f.alternatives))
            if len(named) == 1:
                f.metric, f.alternatives = named.pop(), ()
    ranked_with_a_figure(text, figs)
    if in_words:        # "four gold awards" is a count of gold awards; "the three districts" is none
        figs = counts_in_words_kept(kb, text, figs, in_words, in_digits, fractions, bool(claim.periods))
    part_of_an_opening_whole(kb, text, figs, mentions)
    restated_parts(text, figs)
    if " of " in text:
        part_of_a_whole_in_words(kb, text, spans, figs)
        a_share_counted_alike(kb, text, figs)
        parts_named_by_their_whole(kb, text, figs)
    for bound, counted in category_bounds:
        if counted.metric is not None and not category_named(kb, counted.metric, bound):
            claim.rejected_metric = (f"{kb.metrics[counted.metric].en} (the claim's items are bounded at "
                                     f"{bound.text}, which the metric's name does not give)")
            counted.metric, counted.alternatives = None, ()
    if len(figs) > 1:
        figs = without_list_sizes(kb, text, figs)
    if " of " in text:
        part_by_its_verb(kb, text, spans, figs)
    if len(figs) > 2:
        whole_of_a_stated_share(kb, text, figs, mentions)
    sides_set_against(kb, text, spans, figs, mentions)
    if "相比" in text or "相较" in text or "比较" in text:
        compared_first(text, figs)
    link_from_to(text, figs, claim, kb)
    attach_trends(text, spans, figs, claim.comparison, claim.target)
    attach_records(text, spans, figs)
    if "respectively" in text or "分别" in text:
        respectively(kb, text, figs, mentions)
    elif "+" in text or "plus" in text or "加" in text:
        parts_summed(kb, text, figs)
    editions = find_editions(text) if figs else []
    for f in figs:                  # the round named nearest the figure
        f.edition = min(editions, key=lambda e: abs(e[1] - f.start))[0] if editions else None
    claim.figures = figs
    return claim


# a count of one round of an event, named right after it ("four golds Shenzhen won at the 18th China Patent
# Awards"): never the total to date
_OF_A_ROUND = lazy(r"(?:\s+[\w'’-]+){0,4}?\s+(?:at|in)\s+the\s+\d{1,3}(?:st|nd|rd|th)\b", re.I)


# a noun right after a figure ("778 people"), never a preposition or the clause's end ("arrested 778 in …")
_NOUN_AFTER = lazy(r"\s+(?!(?:in|on|at|by|for|of|from|to|during|and|or|with|over|under|last|this|that|the|a|an)\b)[A-Za-z]", re.I)


_OF_A_NAMED_WHOLE = lazy(r"\s+of\s+(?:china's|the\s+(?:country's|nation's|city's|national)|shenzhen's)\s", re.I)  # "40 of China's …"
# words, a clause break, words ("…调解组织50家,全年调解纠纷5904件": the sum is its clause's, the next figure another's;
# "1,664, 972 and 1,385" is one list)
_CLAUSE_BREAK = lazy(r"[^,;；。]*[,;；。].*?[^\W\d_].*", re.S)
_CITYWIDE = lazy(r"\b(?:citywide|city-wide)\b|(?<![占约的])全市", re.I)     # (never the whole of a share: "占全市…的三成")
# a verb of beating right after a figure: the words after it name the side beaten
_BEATS = lazy(r"\s+(?:that\s+|which\s+)?(?:beat|beats|beating|outpaced|outpaces|outpacing|outstripped|outstrips|exceeded|exceeds|"
              r"surpassed|surpasses|lagging|lagged|lags|trailing|trailed|trails)\b", re.I)
_MEASURED_AGAINST = lazy(r"\btimes\b|\bthan\b|倍|\baverage\b|\bof\s+the\b|\bvs\b|\bversus\b|\bagainst\b", re.I)
_OF_A_GROUP = lazy(r"(?:\s+[\w'-]+){0,4}?\s+(?:of|among)\s", re.I)     # after a superlative: the group it is first in

_APPLICANTS_WHO_WON = lazy(r"\b(applicants)(?:\s+(?:in|from|of|at)\s+[\w'’]+){0,2}\s+(?:who\s+|that\s+)?(?:won|were\s+(?:awarded|granted|given)|earned|received|obtained|"
                          r"got|secured|gained|passed|succeeded)\b", re.I)
_ALL_CUMULATIVE = lazy(r"\b(?:on\s+a\s+cumulative\s+basis|cumulatively|(in\s+total|altogether))\s*[.。!]?\s*$", re.I)
# a named company or body a place is only where it is from ("Shenzhen-based Huawei")
_BASED = lazy(r"-based\s+((?:[A-Z][\w&.-]*\s?)+)")
# a clause that goes on about what the clause before it names ("than its applications, which grew 28.08%")
_RELATIVE = lazy(r"[\s,]*(?:which|that|whose)\b", re.I)
# the words of a share naming its whole as a total ("占全市有效发明专利总量的75.58%", "of the city's total")
_A_TOTAL = lazy(r"总量|总数|总额|总和|\btotal\b", re.I)
