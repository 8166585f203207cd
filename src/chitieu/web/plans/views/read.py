"""Reading a resolution: upload it, review what the reader proposes beside the text,
correct it and save it as a plan."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import ProtectedError
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from chitieu.problems import InputError, Problem
from chitieu.textread.reader import ReadError, ReadResult, read_resolution_file
from chitieu.web.bounded import ChildFailed, OverLimit, run_bounded
from chitieu.web.jobs.start import start_reading
from chitieu.web.people.access import can_decide_readings, reading_scope
from chitieu.web.people.models import Agency
from chitieu.web.plans import decisions as decide
from chitieu.web.plans.editor import (
    Editor,
    TargetRow,
    build,
    check,
    editor_for,
    rows,
    summary,
)
from chitieu.web.plans.forms import NewPlanHeaderForm, ReadForm
from chitieu.web.plans.importing import display_name, stored
from chitieu.web.plans.models import Plan, ReadDraft, RejectedMeasure
from chitieu.web.plans.proposals import Proposal, located, proposals_of
from chitieu.web.plans.services import keep_draft, save_read
from chitieu.web.plans.source import source_view
from chitieu.web.plans.views.edit import refuse_dropping_figures
from chitieu.web.plans.views.plans import planning_only
from chitieu.web.problems import doubt, said, shown
from chitieu.web.uploads import bounded_problem, cap, parse_limits, size_problem


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # the views are for logged-in planners only
    return request.user


@planning_only
def read_upload(request: HttpRequest) -> HttpResponse:
    """Upload a resolution; the reader's proposal opens in the review page."""
    form = ReadForm(request.POST or None, request.FILES or None)
    problems: list[Any] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        name = display_name(upload)
        if _long(upload):
            return redirect(start_reading(_user(request), upload))
        try:
            text, result = _read(upload, name)
        except InputError as exc:
            # the core names the stored copy; the user knows the file by its own name
            problems = [f"{name}: {p.message}" for p in shown(exc.problems)]
        except ReadError as exc:
            problems = [f"{name}: {said(exc)}"]
        else:
            draft = keep_draft(_user(request), name, text, result)
            return redirect("plans:review", token=draft.token)
    drafts = ReadDraft.objects.filter(created_by=_user(request))[:10]
    return render(
        request,
        "plans/read.html",
        {"form": form, "problems": problems, "drafts": drafts},
        status=400 if problems else 200,
    )


def _long(upload: UploadedFile) -> bool:
    """A file large enough to be read as a background job (within its size cap)."""
    size = upload.size or 0
    return size > int(settings.CHITIEU_BACKGROUND_BYTES) and size <= cap("resolution")


def _read(upload: UploadedFile, name: str) -> tuple[str, ReadResult]:
    """The text and the proposal, read in a child process within the parse limits."""
    too_large = size_problem(upload, "resolution", name)
    if too_large:
        raise InputError([Problem.of(name, too_large)])
    with stored(upload) as path:
        try:
            return run_bounded(read_resolution_file, str(path), name, limits=parse_limits())
        except (OverLimit, ChildFailed) as exc:
            raise InputError([Problem.of(name, bounded_problem(exc))]) from None


def _posted(data: dict[str, list[str]] | None) -> QueryDict | None:
    if data is None:
        return None
    out = QueryDict(mutable=True)
    for k, values in data.items():
        out.setlist(k, values)
    return out


@dataclass(frozen=True)
class Card:
    """A proposed measure's form on the review page, with where it came from and the
    office's decision (and, when it was rejected before, that rejection)."""

    form: Any
    proposal: Proposal
    decision: str
    before: RejectedMeasure | None

    @property
    def open(self) -> bool:
        """Its values are shown for correcting: chosen so, or in error."""
        return self.decision == decide.CORRECT or bool(self.form.errors)


@dataclass
class ReviewRow(TargetRow):
    cards: list[Card] = field(default_factory=list)  # the proposed measures
    added: list[Any] = field(default_factory=list)  # measures typed on the page


@dataclass
class Review:
    """One request's view of a draft: the proposals, their decisions, the scope."""

    draft: ReadDraft
    proposals: dict[str, Proposal]
    scope: Agency | None
    before: dict[str, RejectedMeasure]
    decisions: dict[str, str]


def _review(request: HttpRequest, draft: ReadDraft) -> Review:
    proposals = proposals_of(draft.proposal, draft.review, draft.proposals)
    scope = reading_scope(request.user)
    before = decide.remembered(draft, scope)
    return Review(
        draft, proposals, scope, before, decide.decisions_of(draft.posted, proposals, before)
    )


def _try_save(request: HttpRequest, review: Review, editor: Editor) -> Plan | None:
    """Build, check and save the corrected plan; None with the errors on the forms."""
    draft = review.draft
    valid = editor.is_valid()
    undecided = [p.name for k, p in review.proposals.items() if not review.decisions[k]]
    if undecided:
        editor.errors.append(
            ngettext(
                "%(n)d proposed measure is not decided yet: accept, correct or reject it "
                "(%(names)s)",
                "%(n)d proposed measures are not decided yet: accept, correct or reject each "
                "(%(names)s)",
                len(undecided),
            )
            % {"n": len(undecided), "names": "; ".join(undecided[:5])}
        )
    if not valid or undecided:
        return None
    slug = editor.header.cleaned_data["slug"]
    built = build(draft.proposal, editor, slug)
    core = check(built, editor, file=draft.filename)
    if core is None:
        return None
    existing = Plan.objects.filter(slug=slug).first()
    if existing is not None and not editor.header.cleaned_data["replace"]:
        editor.header.add_error(
            "slug", _("a plan with this identifier exists: choose another or tick “replace”")
        )
        return None
    if existing is not None and refuse_dropping_figures(existing, built.data, editor):
        return None
    public = bool(editor.header.cleaned_data["is_public"])
    changed = decide.corrections(editor, review.proposals)
    try:
        with transaction.atomic():
            plan = save_read(request.user, core, existing, public, draft.filename)
            decide.record_decisions(
                request.user, plan, draft, review.scope, review.proposals, review.decisions, changed
            )
            return plan
    except ProtectedError:
        editor.errors.append(_("a removed measure has figures: nothing was saved"))
        return None


def _undo(request: HttpRequest, review: Review) -> HttpResponse:
    """Forget a rejection remembered for this document; the page comes back as it was,
    with the measure not decided yet."""
    key = request.POST.get("undo", "")
    skip = {"csrfmiddlewaretoken", "undo", decide.FIELD + key}
    draft = review.draft
    draft.posted = {k: v for k, v in request.POST.lists() if k not in skip}
    draft.save(update_fields=["posted"])
    p = review.proposals.get(key)
    if p is not None and decide.forget(request.user, draft, review.scope, key, p):
        messages.info(
            request, _("“%(name)s” is no longer rejected for this document.") % {"name": p.name}
        )
    return redirect("plans:review", token=draft.token)


def _rows(editor: Editor, review: Review) -> list[ReviewRow]:
    out = []
    for row in rows(editor, review.draft.proposal, review.draft.review):
        cards, added = [], []
        for mf in row.measures:
            p = review.proposals.get(str(mf["orig_key"].value() or ""))
            if p is None:
                added.append(mf)
                continue
            before = review.before.get(p.fingerprint)
            cards.append(Card(mf, p, review.decisions.get(p.key, ""), before))
        fields = {f: getattr(row, f) for f in ("form", "measures", "ref", "confidence", "unparsed")}
        out.append(ReviewRow(**fields, cards=cards, added=added))
    return out


@planning_only
def read_review(request: HttpRequest, token: str) -> HttpResponse:
    """The text on the left, the proposed measures on the right, each beside its sentence
    to accept, correct or reject; save the accepted and corrected ones as a plan."""
    draft = get_object_or_404(ReadDraft, token=token)
    header = {"slug": draft.proposal.get("id", ""), "replace": False, "is_public": False}
    if request.method == "POST" and not can_decide_readings(request.user):
        raise PermissionDenied(_("Only the planning office manages plans."))
    if request.method == "POST" and "discard" in request.POST:
        draft.delete()
        messages.info(request, _("The reading was discarded."))
        return redirect("plans:read")
    if request.method == "POST" and "undo" in request.POST:
        return _undo(request, _review(request, draft))
    if request.method == "POST":
        # kept, so that a reload shows the corrections (and their errors) again
        draft.posted = {k: v for k, v in request.POST.lists() if k != "csrfmiddlewaretoken"}
        draft.save(update_fields=["posted"])
    review = _review(request, draft)
    posted = _posted(draft.posted)
    bound = None if posted is None else decide.for_saving(posted, review.decisions)
    editor = editor_for(draft.proposal, NewPlanHeaderForm, header, bound)
    if request.method == "POST":
        plan = _try_save(request, review, editor)
        if plan is not None:
            draft.delete()
            messages.success(
                request,
                _("Saved plan %(id)s with %(n)d targets.")
                % {"id": plan.slug, "n": plan.targets.count()},
            )
            return redirect("plans:edit", slug=plan.slug)
    elif draft.posted is not None and editor.is_valid():
        # show again what the last attempt was told, without saving
        built = build(draft.proposal, editor, editor.header.cleaned_data["slug"])
        check(built, editor, file=draft.filename)
    return _page(request, review, editor)


def _page(request: HttpRequest, review: Review, editor: Editor) -> HttpResponse:
    draft = review.draft
    targets = draft.proposal.get("targets", [])
    page_rows = _rows(editor, review)
    decided = sum(1 for d in review.decisions.values() if d)
    return render(
        request,
        "plans/review.html",
        {
            "draft": draft,
            "editor": editor,
            "rows": page_rows,
            "row_template": "plans/_review_target.html",
            "error_lines": summary(editor, page_rows),
            "review": [doubt(entry) for entry in draft.review],
            "source": source_view(draft.text, targets, draft.leftovers, located(review.proposals)),
            "flagged": sum(1 for p in review.proposals.values() if p.flagged),
            "measures": len(review.proposals),
            "decided": decided,
            "rejected": sum(1 for d in review.decisions.values() if d == decide.REJECT),
            "choices": list(decide.DECISIONS.items()),
        },
        status=400 if request.method == "POST" else 200,
    )
