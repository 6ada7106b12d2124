"""The words of a verdict's reason, made from its figures' results and its checks (the judge decides,
this writes it down)."""
from __future__ import annotations

from ipcheck.kb import KnowledgeBase
from ipcheck.verdicts import Check, FigureResult, number


def verdict_reason(kb: KnowledgeBase, verdict: str, results: list[FigureResult], checks: list[Check]) -> str:
    """The reason a verdict gives: the deciding figure's or check's for a contradiction, the figures'
    agreement and the arithmetic that holds for a supported claim."""
    label = verdict.capitalize()
    if verdict == "contradicted":
        bad = [c for c in checks if c.ok is False]
        fig = next((r for r in results if r.verdict == "contradicted"), None)
        if fig is not None:
            return f"{label}: {fig.reason}"
        c = bad[0]
        if c.kind == "direction":
            return f"{label}: {c.detail}."
        if c.kind == "order":
            return f"{label}: {c.detail}, but it is {'less' if c.computed < 0 else 'not more'}." \
                if c.stated > 0 else f"{label}: {c.detail}, but it is {'more' if c.computed > 0 else 'not less'}."
        comp = "" if c.computed is None else number(c.computed)
        return f"{label}: the stated {c.kind.replace('_', ' ')} {number(c.stated)} does not hold; " \
               f"recomputed {comp} ({c.detail})."
    fig = next((r for r in results if r.verdict == verdict), None)
    if fig is None and verdict == "unverifiable":
        # every figure agrees, but a rise or fall the claim states is one the sources do not give
        c = next(c for c in checks if c.ok is None and c.kind == "direction")
        return f"{label}: {c.detail[0].upper()}{c.detail[1:]}; the figure itself agrees: {results[0].reason}"
    fig = fig or results[0]
    if verdict == "supported":
        arith = [c for c in checks if c.computed is not None and c.kind not in ("order", "direction")]
        tail = ""
        if arith:
            tail = "; the stated arithmetic holds (" + ", ".join(
                f"{c.kind.replace('_', ' ')} {number(c.stated)} recomputed as {number(c.computed)}" for c in arith) + ")"
        tail += "".join(f"; {c.detail.removeprefix('the claim says ')}, as stated" for c in checks if c.kind == "order")
        tail += "".join(f"; {c.detail}" for c in checks if c.kind == "direction")
        if len(results) == 1:
            return f"{label}: {results[0].reason.rstrip('.')}{tail}."
        titles = sorted({kb.source_title(r.source) for r in results if r.source})
        count = "both" if len(results) == 2 else f"all {len(results)}"
        quote = next((r.quote for r in results if r.quote), None)
        example = f", e.g. \u201c{quote}\u201d" if quote else ""
        return (f"{label}: {count} figures ({', '.join(r.text for r in results)}) agree with "
                f"{' and '.join(titles) or 'the claim'}{example}{tail}.")
    return f"{label}: {fig.reason}"
