"""The list of elections and the election form (administrators set up an election and
assign its counting committee)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from chitieu.web.elections.forms import ElectionForm
from chitieu.web.elections.models import Counter, Election, Member
from chitieu.web.people import audit
from chitieu.web.people.access import can_manage_elections, visible_elections
from chitieu.web.people.admin_audit import snapshot


@login_required
@require_GET
def election_list(request: HttpRequest) -> HttpResponse:
    context = {
        "elections": visible_elections(request.user),
        "can_manage": can_manage_elections(request.user),
    }
    return render(request, "elections/list.html", context)


def _save(request: HttpRequest, form: ElectionForm, created: bool) -> Election:
    with transaction.atomic():
        before = snapshot(None if created else Election.objects.get(pk=form.instance.pk))
        election: Election = form.save()
        action = "election_created" if created else "election_changed"
        for name, new in snapshot(election).items():
            if before.get(name, "") != new:
                audit.record(
                    request.user, action, election, field=name, old=before.get(name), new=new
                )
        for counter in Counter:
            user = form.cleaned_data.get(f"counter_{counter.value}")
            old = Member.objects.filter(election=election, counter=counter).first()
            if (old.user if old else None) == user:
                continue
            Member.objects.filter(election=election, counter=counter).delete()
            if user is not None:
                Member.objects.filter(election=election, user=user).delete()
                Member.objects.create(election=election, user=user, counter=counter)
            audit.record(
                request.user,
                "committee_assigned",
                election,
                field=str(counter.label),
                old=old.user.username if old else "",
                new=user.username if user else "",
            )
    return election


@login_required
@require_http_methods(["GET", "POST"])
def election_new(request: HttpRequest) -> HttpResponse:
    if not can_manage_elections(request.user):
        raise PermissionDenied
    form = ElectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return redirect(_save(request, form, created=True))
    return render(request, "elections/form.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def election_edit(request: HttpRequest, pk: int) -> HttpResponse:
    if not can_manage_elections(request.user):
        raise PermissionDenied
    election = get_object_or_404(Election, pk=pk)
    if election.locked:  # nothing changes once the minutes are locked
        raise PermissionDenied
    form = ElectionForm(request.POST or None, instance=election)
    if request.method == "POST" and form.is_valid():
        return redirect(_save(request, form, created=False))
    return render(request, "elections/form.html", {"form": form, "election": election})
