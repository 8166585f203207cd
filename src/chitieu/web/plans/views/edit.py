"""Editing a stored plan: its header, its targets and their measures, in one page."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.contrib import messages
from django.db.models import ProtectedError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from chitieu.web.plans.convert import plan_data
from chitieu.web.plans.editor import Editor, build, check, editor_for, rows, summary
from chitieu.web.plans.forms import PlanHeaderForm
from chitieu.web.plans.models import Plan
from chitieu.web.plans.services import dropped_with_figures, save_edited
from chitieu.web.plans.views.plans import planning_only


def fingerprint(data: Any, is_public: bool) -> str:
    """Changes when anyone changes the plan (figures aside): a save over it is refused."""
    text = json.dumps([data, is_public], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def refuse_dropping_figures(plan: Plan, data: dict[str, Any], editor: Editor) -> bool:
    """Put an error on each removed measure that has figures; True when there is any."""
    dropped = dropped_with_figures(plan, data)
    for key, n in sorted(dropped.items()):
        message = _("measure “%(key)s” has %(n)d stored figures: it cannot be removed") % {
            "key": key,
            "n": n,
        }
        editor.errors.append(message)
        for form in editor.measures.forms:
            if form.cleaned_data.get("orig_key") == key:
                form.add_error(None, message)
    return bool(dropped)


@planning_only
def plan_edit(request: HttpRequest, slug: str) -> HttpResponse:
    plan = get_object_or_404(Plan, slug=slug)
    base = plan_data(plan)
    current = fingerprint(base, plan.is_public)
    header = {"is_public": plan.is_public}
    status = 200
    if request.method == "POST":
        editor = editor_for(base, PlanHeaderForm, header, request.POST)
        if request.POST.get("fingerprint") != current:
            # the forms refer to targets by their place in the plan as it was
            editor = editor_for(base, PlanHeaderForm, header)
            editor.errors.append(
                _(
                    "Someone changed this plan while you were editing it, so nothing was "
                    "saved. This is the plan as it is now: make your changes again."
                )
            )
            status = 409
        elif editor.is_valid():
            built = build(base, editor, plan.slug)
            core = check(built, editor, file=plan.slug)
            if core is not None and not refuse_dropping_figures(plan, built.data, editor):
                public = bool(editor.header.cleaned_data["is_public"])
                try:
                    n = save_edited(request.user, plan, core, built.refs, public)
                except ProtectedError:
                    editor.errors.append(_("a removed measure has figures: nothing was saved"))
                else:
                    if n:
                        messages.success(
                            request,
                            ngettext("Saved %(n)d change.", "Saved %(n)d changes.", n) % {"n": n},
                        )
                    else:
                        messages.info(request, _("Nothing was changed."))
                    return redirect("plans:edit", slug=plan.slug)
    else:
        editor = editor_for(base, PlanHeaderForm, header)
    page_rows = rows(editor, base)
    return render(
        request,
        "plans/edit.html",
        {
            "plan": plan,
            "editor": editor,
            "rows": page_rows,
            "error_lines": summary(editor, page_rows),
            "fingerprint": current,
        },
        status=status,
    )
