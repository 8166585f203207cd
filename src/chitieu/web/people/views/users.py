"""Accounts, run by the planning office without the Django admin: create a person's
account (role, agency), change it, deactivate or reactivate it, give a new temporary
password.

A new account, and an account given a new password here, holds a temporary password,
shown once to the planning office (from the session, after a redirect: never in an
address); its holder must choose their own at the first login. Every change is audited
field by field in its transaction. Only administrators make or change administrators,
and nobody changes their own account here (no one removes their own rights by mistake).
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from chitieu.web.people.access import can_manage_people, can_manage_person, role_of
from chitieu.web.people.admin_audit import HIDDEN
from chitieu.web.people.audit import record
from chitieu.web.people.forms import NewPersonForm, PersonForm
from chitieu.web.people.models import Profile, Role
from chitieu.web.people.passwords import lift_lockouts, temporary_password

NEW_PASSWORD = "people:temporary-password"  # session key: (user pk, password), shown once


def _is_admin(user: Any) -> bool:
    return role_of(user) is Role.ADMIN


def _require_manager(request: HttpRequest) -> None:
    if not can_manage_people(request.user):
        raise PermissionDenied(_("Only the planning office manages accounts."))


def _profile(user: User) -> Profile:
    return Profile.objects.filter(user=user).first() or Profile(user=user)


def _state(user: User, profile: Profile) -> dict[str, str]:
    """An account's fields as the audit trail records them."""
    return {
        "full_name": user.get_full_name(),
        "email": user.email,
        "role": profile.role,
        "agency": profile.agency.code if profile.agency else "",
        "is_active": str(user.is_active),
    }


def _give_temporary_password(request: HttpRequest, user: User) -> None:
    """A new password that must be changed at the next login; the person's sessions end
    and their login lockouts are lifted (the office gives it to the person it knows)."""
    password = temporary_password(user)
    user.set_password(password)
    user.save(update_fields=["password"])
    Profile.objects.update_or_create(user=user, defaults={"must_change_password": True})
    comment = ", ".join(filter(None, ["temporary", lift_lockouts(user)]))
    record(request.user, "change", user, field="password", old=HIDDEN, new=HIDDEN, comment=comment)
    request.session[NEW_PASSWORD] = [user.pk, password]


@login_required
def users(request: HttpRequest) -> HttpResponse:
    """Every account, with its role and agency; the planning office adds accounts."""
    _require_manager(request)
    form = NewPersonForm(_is_admin(request.user), request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            user = User.objects.create_user(data["username"], data["email"])
            user.first_name = data["full_name"]
            user.save(update_fields=["first_name"])
            profile = Profile.objects.create(
                user=user, role=data["role"], agency=data["agency"], must_change_password=True
            )
            for field, new in _state(user, profile).items():
                record(request.user, "create", user, field=field, new=new)
            _give_temporary_password(request, user)
        messages.success(request, _("Account “%(name)s” created.") % {"name": user.username})
        return redirect("people:user", pk=user.pk)
    rows = User.objects.select_related("profile__agency").order_by("-is_active", "username")
    return render(
        request,
        "people/users.html",
        {
            "rows": [(u, role_of(u), can_manage_person(request.user, u)) for u in rows],
            "form": form,
        },
        status=422 if form.errors else 200,
    )


def _save(request: HttpRequest, user: User, form: PersonForm) -> None:
    profile = _profile(user)
    before = _state(user, profile)
    data = form.cleaned_data
    user.first_name, user.last_name = data["full_name"], ""
    user.email = data["email"]
    profile.role, profile.agency = data["role"], data["agency"]
    user.save()
    profile.save()
    for field, new in _state(user, profile).items():
        if new != before[field]:
            record(request.user, "change", user, field=field, old=before[field], new=new)


def _set_active(request: HttpRequest, user: User, active: bool) -> None:
    if user.is_active != active:
        record(request.user, "change", user, field="is_active", old=user.is_active, new=active)
        user.is_active = active
        user.save(update_fields=["is_active"])


def _initial(user: User) -> dict[str, Any]:
    profile = _profile(user)
    return {
        "full_name": user.get_full_name(),
        "email": user.email,
        "role": profile.role,
        "agency": profile.agency,
    }


@login_required
def user(request: HttpRequest, pk: int) -> HttpResponse:
    """One account: change it, (de)activate it, give it a new temporary password."""
    _require_manager(request)
    person = get_object_or_404(User.objects.select_related("profile__agency"), pk=pk)
    may_change = can_manage_person(request.user, person)
    form = PersonForm(_is_admin(request.user), initial=_initial(person))
    if request.method == "POST":
        if not may_change:
            raise PermissionDenied(_("You may not change this account."))
        action = request.POST.get("action", "save")
        with transaction.atomic():
            if action in ("deactivate", "activate"):
                _set_active(request, person, action == "activate")
                done = True
            elif action == "password":
                _give_temporary_password(request, person)
                done = True
            else:
                form = PersonForm(_is_admin(request.user), request.POST, initial=_initial(person))
                done = form.is_valid()
                if done:
                    _save(request, person, form)
        if done:
            messages.success(request, _("Saved."))
            return redirect("people:user", pk=person.pk)
    shown = request.session.pop(NEW_PASSWORD, None)
    return render(
        request,
        "people/user.html",
        {
            "person": person,
            "role": role_of(person),
            "form": form,
            "may_change": may_change,
            "temporary_password": shown[1] if shown and shown[0] == person.pk else "",
        },
        status=422 if form.errors else 200,
    )
