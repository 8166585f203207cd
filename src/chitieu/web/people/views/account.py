"""One's own account: preferences (language, e-mail on or off) and the notifications.

Changing a preference is audited; reading a notification is not (it is one's own
reading state, like the time of one's last login).
"""

from __future__ import annotations

from typing import cast

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from chitieu.web.people.access import role_of
from chitieu.web.people.audit import record
from chitieu.web.people.forms import AccountForm
from chitieu.web.people.models import Notification, Profile
from chitieu.web.people.notices import notice

PAGE_SIZE = 30


def _me(request: HttpRequest) -> User:
    return cast(User, request.user)


@login_required
def account(request: HttpRequest) -> HttpResponse:
    """Who one is (name, e-mail, role, agency) and one's preferences."""
    me = _me(request)
    profile = Profile.objects.filter(user=me).first() or Profile(user=me)
    before = {f: getattr(profile, f) for f in AccountForm.Meta.fields}
    form = AccountForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            profile = form.save()
            for field, old in before.items():
                if (new := getattr(profile, field)) != old:
                    record(me, "change", profile, field=field, old=old, new=new)
        response = redirect("people:account")
        # The site speaks the chosen language from now on, as the header's choice does.
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            profile.language,
            max_age=365 * 24 * 3600,
            samesite="Lax",
            secure=settings.LANGUAGE_COOKIE_SECURE,
        )
        return response
    return render(
        request,
        "people/account.html",
        {"form": form, "profile": profile, "role": role_of(me)},
        status=422 if form.errors else 200,
    )


@login_required
def notifications(request: HttpRequest) -> HttpResponse:
    """One's notifications, newest first, the unread ones marked."""
    rows = Notification.objects.filter(user=_me(request)).select_related(
        "actor", "plan", "submission__agency", "submission__plan"
    )
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "people/notifications.html",
        {"page": page, "items": [(n, notice(n)) for n in page.object_list]},
    )


@login_required
@require_POST
def notifications_read(request: HttpRequest) -> HttpResponse:
    """Mark one notification read (``id``), and open it (``open``); or all of them."""
    mine = Notification.objects.filter(user=_me(request), read_at__isnull=True)
    given = request.POST.get("id", "")
    if not given:
        mine.update(read_at=timezone.now())
        return redirect("people:notifications")
    if not given.isdigit():
        raise Http404
    n = Notification.objects.filter(user=_me(request), pk=int(given)).first()
    if n is None:
        raise Http404  # not one's own: as if it did not exist
    if n.read_at is None:
        n.read_at = timezone.now()
        n.save(update_fields=["read_at"])
    link = notice(n).link if request.POST.get("open") else ""
    if link and url_has_allowed_host_and_scheme(link, allowed_hosts={request.get_host()}):
        return redirect(link)
    return redirect("people:notifications")
