"""The list of elections and the election form (administrators set up an election and
assign its counting committee)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from chitieu.web.elections.forms import ElectionForm, committee_text
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
        _save_committee(request, election, form)
    return election


def _save_committee(request: HttpRequest, election: Election, form: ElectionForm) -> None:
    """The committee as the form gives it, the two counters among its members; the
    change of its list, and of each counter, audited."""
    before = list(election.members.select_related("user"))
    counters = {m.counter: m.user for m in before if m.counter is not None}
    chosen = {c.value: form.cleaned_data.get(f"counter_{c.value}") for c in Counter}
    election.members.all().delete()
    for position, row in enumerate(form.cleaned_data["committee_list"]):
        counter = next((c for c, user in chosen.items() if user and user == row["user"]), None)
        Member.objects.create(
            election=election,
            name=row["name"],
            role=row["role"],
            position=position,
            user=row["user"],
            counter=counter,
        )
    old, new = committee_text(before), committee_text(election.members.select_related("user"))
    if old != new:
        audit.record(request.user, "committee_changed", election, old=old, new=new)
    for counter in Counter:
        was, now = counters.get(counter.value), chosen[counter.value]
        if was != now:
            audit.record(
                request.user,
                "committee_assigned",
                election,
                field=str(counter.label),
                old=was.username if was else "",
                new=now.username if now else "",
            )


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
