"""Reading a resolution: upload it, review what the reader proposes beside the text,
correct it and save it as a plan."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import User
from django.core.files.uploadedfile import UploadedFile
from django.db.models import ProtectedError
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from chitieu.problems import InputError, Problem
from chitieu.textread.reader import ReadError, ReadResult, read_resolution_file
from chitieu.web.bounded import ChildFailed, OverLimit, run_bounded
from chitieu.web.jobs.start import start_reading
from chitieu.web.plans.editor import Editor, build, check, editor_for, rows, summary
from chitieu.web.plans.forms import NewPlanHeaderForm, ReadForm
from chitieu.web.plans.importing import display_name, stored
from chitieu.web.plans.models import Plan, ReadDraft
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


def _try_save(request: HttpRequest, draft: ReadDraft, editor: Editor) -> Plan | None:
    """Build, check and save the corrected plan; None with the errors on the forms."""
    if not editor.is_valid():
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
    try:
        return save_read(request.user, core, existing, public, draft.filename)
    except ProtectedError:
        editor.errors.append(_("a removed measure has figures: nothing was saved"))
        return None


@planning_only
def read_review(request: HttpRequest, token: str) -> HttpResponse:
    """The text on the left, the proposed plan on the right; save it as a plan."""
    draft = get_object_or_404(ReadDraft, token=token)
    header = {"slug": draft.proposal.get("id", ""), "replace": False, "is_public": False}
    if request.method == "POST" and "discard" in request.POST:
        draft.delete()
        messages.info(request, _("The reading was discarded."))
        return redirect("plans:read")
    if request.method == "POST":
        # kept, so that a reload shows the corrections (and their errors) again
        draft.posted = {k: v for k, v in request.POST.lists() if k != "csrfmiddlewaretoken"}
        draft.save(update_fields=["posted"])
    editor = editor_for(draft.proposal, NewPlanHeaderForm, header, _posted(draft.posted))
    if request.method == "POST":
        plan = _try_save(request, draft, editor)
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
    targets = draft.proposal.get("targets", [])
    page_rows = rows(editor, draft.proposal, draft.review)
    return render(
        request,
        "plans/review.html",
        {
            "draft": draft,
            "editor": editor,
            "rows": page_rows,
            "error_lines": summary(editor, page_rows),
            "review": [doubt(entry) for entry in draft.review],
            "source": source_view(draft.text, targets, draft.leftovers),
            "flagged": sum(1 for t in targets if t.get("confidence", 1) < 1),
        },
        status=400 if request.method == "POST" else 200,
    )
