"""The planning office's decision on each measure the reader proposed: accept it, correct
it or reject it. Only accepted and corrected measures are saved; a rejected one is
remembered for the document (the digest of its text) in the decider's scope
(:func:`chitieu.web.people.access.reading_scope`), so that reading the same text again
shows it rejected, with an undo. Every decision is written to the audit trail with the
plan it was saved in.

The review page posts each decision as ``decide-<measure id>`` = accept / correct /
reject, beside the editor's forms; a rejected measure's form is then removed as the
editor's own "remove" would (``m-N-DELETE``), and a target whose proposed measures are all
rejected goes with them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils.translation import pgettext_lazy

from chitieu.web.people.audit import event, record, record_all
from chitieu.web.people.models import Agency
from chitieu.web.plans.editor import Editor, plain
from chitieu.web.plans.models import Plan, ReadDraft, RejectedMeasure
from chitieu.web.plans.proposals import Proposal

ACCEPT, CORRECT, REJECT = "accept", "correct", "reject"
DECISIONS = {
    ACCEPT: pgettext_lazy("decision", "Accept"),
    CORRECT: pgettext_lazy("decision", "Correct"),
    REJECT: pgettext_lazy("decision", "Reject"),
}
FIELD = "decide-"
Change = tuple[str, str, str]  # a field, as proposed, as saved


def digest(text: str) -> str:
    """The document, as its text names it: the same text read again has the same digest."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def remembered(draft: ReadDraft, scope: Agency | None) -> dict[str, RejectedMeasure]:
    """The measures rejected before in this document and scope, by fingerprint."""
    rows = RejectedMeasure.objects.filter(digest=digest(draft.text), agency=scope)
    return {r.fingerprint: r for r in rows.select_related("rejected_by")}


def decisions_of(
    posted: Mapping[str, list[str]] | None,
    proposals: Mapping[str, Proposal],
    before: Mapping[str, RejectedMeasure],
) -> dict[str, str]:
    """Each proposal's decision: as posted, else rejected when remembered, else none ("")."""
    out = {}
    for key, p in proposals.items():
        if posted is not None:
            value = (posted.get(FIELD + key) or [""])[-1]
        else:
            value = REJECT if p.fingerprint in before else ""
        out[key] = value if value in DECISIONS else ""
    return out


def _count(posted: QueryDict, prefix: str) -> int:
    try:
        return max(0, min(int(posted.get(f"{prefix}-TOTAL_FORMS", "0") or 0), 10_000))
    except ValueError:
        return 0


def for_saving(posted: QueryDict, decisions: Mapping[str, str]) -> QueryDict:
    """The post with each rejected measure removed, and each target left without any."""
    out = posted.copy()
    rejected = {k for k, d in decisions.items() if d == REJECT}
    proposed_of: dict[str, set[str]] = {}  # target ref → its proposed measures
    added_to: set[str] = set()  # targets given a measure typed on the page
    for i in range(_count(posted, "m")):
        key, ref = posted.get(f"m-{i}-orig_key", ""), posted.get(f"m-{i}-target_ref", "")
        if key in decisions:
            proposed_of.setdefault(ref, set()).add(key)
        elif posted.get(f"m-{i}-name", "").strip():
            added_to.add(ref)
        if key in rejected:
            out[f"m-{i}-DELETE"] = "on"
    for j in range(_count(posted, "t")):
        ref = posted.get(f"t-{j}-ref", "")
        keys = proposed_of.get(ref)
        if keys and keys <= rejected and ref not in added_to:
            out[f"t-{j}-DELETE"] = "on"
    return out


def _shown(value: Any) -> str:
    if value is None:
        return ""
    return plain(value) if isinstance(value, Decimal) else str(value)


def corrections(editor: Editor, proposals: Mapping[str, Proposal]) -> dict[str, list[Change]]:
    """What was changed in each proposed measure kept: (field, proposed, saved)."""
    out: dict[str, list[Change]] = {}
    for f in editor.measures.forms:
        data: dict[str, Any] = getattr(f, "cleaned_data", {})
        key = data.get("orig_key", "")
        if key not in proposals or data.get("DELETE"):
            continue
        fields: dict[str, forms.Field] = f.fields
        out[key] = [
            (name, _shown(f.initial.get(name)), _shown(data.get(name)))
            for name in f.changed_data
            if name in fields and name != "DELETE"
        ]
    return out


def record_decisions(
    user: Any,
    plan: Plan,
    draft: ReadDraft,
    scope: Agency | None,
    proposals: Mapping[str, Proposal],
    decisions: Mapping[str, str],
    changed: Mapping[str, list[Change]],
) -> None:
    """Remember the rejections, forget those now kept, and audit every decision; in the
    transaction that saves the plan."""
    before = remembered(draft, scope)
    measures = {m.key: m for m in plan.measures.all()}
    note = f"read from {draft.filename}"
    events = []
    for key, p in proposals.items():
        if decisions.get(key) == REJECT:
            row = before.get(p.fingerprint) or RejectedMeasure.objects.create(
                digest=digest(draft.text),
                agency=scope,
                fingerprint=p.fingerprint,
                measure_key=key,
                name=p.name[:500],
                sentence=p.sentence,
                filename=draft.filename,
                rejected_by=user,
            )
            events.append(event(user, "read_reject", row, plan=plan, field=key, old=p.name))
            continue
        if p.fingerprint in before:
            events.append(_forgotten(user, before[p.fingerprint], plan))
        obj = measures.get(key, plan)
        if changed.get(key):
            events += [
                event(user, "read_correct", obj, plan=plan, field=f, old=o, new=n, comment=note)
                for f, o, n in changed[key]
            ]
        else:
            events.append(event(user, "read_accept", obj, plan=plan, field=key, comment=note))
    record_all(events)


def _forgotten(user: Any, row: RejectedMeasure, plan: Plan | None) -> Any:
    made = event(
        user, "read_unreject", row, plan=plan, field=row.measure_key, old=row.name, comment=""
    )
    row.delete()
    return made


def forget(user: Any, draft: ReadDraft, scope: Agency | None, key: str, p: Proposal) -> bool:
    """Undo a remembered rejection (audited); False when there was none."""
    row = RejectedMeasure.objects.filter(
        digest=digest(draft.text), agency=scope, fingerprint=p.fingerprint
    ).first()
    if row is None:
        return False
    record(
        user,
        "read_unreject",
        row,
        field=key,
        old=row.name,
        comment=f"read from {draft.filename}",
    )
    row.delete()
    return True
