"""What the review page shows of each measure the reader proposed: the sentence it was
read from, where its value stands in that sentence, the reader's confidence and doubts.

The reader's plan data gives each target its ``text`` (the sentence or clause it was read
from), its ``confidence`` and the review list's doubts (``doubt.at`` and
``doubt.qualitative_at`` name the target's number and the measure's name). A measure may
carry its own ``source`` (its sentence), ``span`` (``[start, end]`` of its value within
``source``), ``confidence`` and ``doubts`` (messages as :meth:`Message.to_data` gives
them): the reader's own proposals, kept with the draft (``ReadDraft.proposals``), give
them; when present they are used, else the target's are. The value is otherwise found
in the sentence by the core's own value finder, as the reader found it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from chitieu.textread.items import squash
from chitieu.textread.phrases import find_values
from chitieu.web.plans.source import Located
from chitieu.web.problems import doubt

# The doubts of the review list about one measure (by target number and name); the
# reader also says "qualitative" again for the whole list, which the card need not repeat.
MEASURE_DOUBTS = ("doubt.at",)


@dataclass(frozen=True)
class Proposal:
    """One measure as the reader proposed it, with where it came from."""

    key: str  # the identifier the reader gave it
    target_ref: str  # the target's place in the proposal ("0", "1" …), as the editor has it
    name: str
    sentence: str
    value: tuple[int, int] | None  # where its value stands in the sentence
    confidence: float | None
    doubts: tuple[str, ...]
    fingerprint: str  # names the proposal across readings of the same text
    sentence_id: str  # the id of the sentence's mark in the text

    @property
    def before(self) -> str:
        return self.sentence[: self.value[0]] if self.value else self.sentence

    @property
    def value_text(self) -> str:
        return self.sentence[self.value[0] : self.value[1]] if self.value else ""

    @property
    def after(self) -> str:
        return self.sentence[self.value[1] :] if self.value else ""

    @property
    def flagged(self) -> bool:
        return bool(self.doubts) or (self.confidence is not None and self.confidence < 1)


def _dec(value: Any) -> Decimal | None:
    try:
        return None if value is None else Decimal(str(value))
    except InvalidOperation:
        return None


def value_span(sentence: str, metric: Mapping[str, Any]) -> tuple[int, int] | None:
    """Where the measure's value stands in its sentence: the reader's ``span`` when it
    gives one, else the value the core finds there with the measure's bounds."""
    span = metric.get("span")
    if (
        isinstance(span, (list, tuple))
        and len(span) == 2
        and all(isinstance(i, int) for i in span)
        and 0 <= span[0] < span[1] <= len(sentence)
    ):
        return span[0], span[1]
    low, high = _dec(metric.get("low")), _dec(metric.get("high"))
    if low is None and high is None:
        return None
    values = find_values(sentence)
    for v in values:
        if v.low == low and v.high == high:
            return v.start, v.end
    for v in values:  # a bound written alone ("giảm còn 1,5%" read as ≤ 1,5)
        if v.high is None and v.low in (low, high):
            return v.start, v.end
    return None


def fingerprint(sentence: str, metric: Mapping[str, Any]) -> str:
    """The same proposal from the same text, whatever its place in the list."""
    parts = [squash(sentence)] + [
        str(metric.get(k) or "") for k in ("name", "unit", "kind", "comparator", "low", "high")
    ]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()


def _doubts_by_measure(review: Sequence[Any]) -> dict[tuple[int, str], list[str]]:
    out: dict[tuple[int, str], list[str]] = {}
    for entry in review:
        if not isinstance(entry, dict) or entry.get("code") not in MEASURE_DOUBTS:
            continue
        params = entry.get("params", {})
        said = params.get("doubt", entry)  # "doubt.at" wraps the doubt itself
        out.setdefault((params.get("no"), params.get("name")), []).append(doubt(said))
    return out


def proposals_of(
    data: Mapping[str, Any], review: Sequence[Any] = (), reader: Sequence[Any] = ()
) -> dict[str, Proposal]:
    """Every proposed measure by its identifier, in the proposal's order. ``reader`` is the
    reader's own proposal of each measure (:meth:`chitieu.textread.reader.Proposal.to_data`):
    its sentence, the value's span in it, its confidence and doubts win over the target's."""
    doubts = _doubts_by_measure(review)
    own_of = {
        p["metric"]: p
        for p in reader
        if isinstance(p, Mapping) and isinstance(p.get("metric"), str)
    }
    sentence_ids: dict[str, str] = {}
    out: dict[str, Proposal] = {}
    for ti, t in enumerate(data.get("targets", [])):
        for m in t.get("metrics", []):
            r = own_of.get(m["id"])
            if r is not None:
                m = {**m, **{k: r.get(k) for k in ("span", "confidence", "doubts")}}
                m["source"] = r.get("sentence")
            sentence = str(m.get("source") or t.get("source") or t.get("text") or "")
            own = m.get("doubts")
            said = [doubt(d) for d in own] if isinstance(own, list) else []
            confidence = m.get("confidence", t.get("confidence"))
            out[m["id"]] = Proposal(
                key=m["id"],
                target_ref=str(ti),
                name=m.get("name", ""),
                sentence=sentence,
                value=value_span(sentence, m),
                confidence=float(confidence) if isinstance(confidence, (int, float)) else None,
                doubts=tuple(said or doubts.get((t.get("no"), m.get("name")), [])),
                fingerprint=fingerprint(sentence, m),
                sentence_id=sentence_ids.setdefault(sentence, f"sentence-{len(sentence_ids)}"),
            )
    return out


def located(proposals: Mapping[str, Proposal]) -> list[Located]:
    """The sentences to mark in the text, each once, with the values within them."""
    out: dict[str, Located] = {}
    for p in proposals.values():
        loc = out.get(p.sentence_id) or Located(p.sentence_id, p.sentence)
        if p.value is not None:
            loc = Located(loc.ident, loc.sentence, (*loc.values, (f"value-{p.key}", p.value_text)))
        out[p.sentence_id] = loc
    return list(out.values())
