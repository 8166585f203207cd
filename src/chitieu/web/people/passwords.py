"""Passwords: the rules, changing one's own, resetting a forgotten one by e-mail, and the
change a temporary password forces.

Every password set here is audited (masked) in the transaction that sets it. A reset link
works once (the new password changes what its token was made from) and for
``PASSWORD_RESET_TIMEOUT`` (a day); a used or expired link is refused with a page saying
so. Resetting lifts the login lockouts of that user name: the link proves the mailbox.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse, reverse_lazy
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from chitieu.web.faults import API_PREFIX, api_answer
from chitieu.web.people.admin_audit import HIDDEN
from chitieu.web.people.audit import record
from chitieu.web.people.models import Profile


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's length rule; Django 5.2 changed this message and left it in English for
    Vietnamese users, so the message is ours (and translated in people's catalogue)."""

    def get_error_message(self) -> str:
        return ngettext(
            "This password is too short: it needs at least %(n)d character.",
            "This password is too short: it needs at least %(n)d characters.",
            self.min_length,
        ) % {"n": self.min_length}


# ---------------------------------------------------------------- temporary passwords

# No 0/O, 1/l/I: a temporary password is read out or copied by hand.
_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def temporary_password(user: User) -> str:
    """A random password the rules accept, e.g. "Kq7m-x3Rt-Vb9p"; its holder must change it."""
    while True:
        groups = ["".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(3)]
        password = "-".join(groups)
        try:
            password_validation.validate_password(password, user)
        except ValidationError:
            continue
        return password


def must_change_password(user: Any) -> bool:
    profile: Profile | None = getattr(user, "profile", None)
    return bool(profile is not None and profile.must_change_password)


def lift_lockouts(user: User) -> str:
    """Clear the failed logins of the user's name (from every address); the audit
    comment's words for it ("" when there were none)."""
    lifted = AccessAttempt.objects.filter(username=user.get_username()).delete()[0]
    return f"{lifted} login lockout(s) lifted" if lifted else ""


def _password_set(actor: Any, user: User, comment: str = "") -> None:
    """After a person chose their own password: no longer temporary, and audited."""
    Profile.objects.filter(user=user, must_change_password=True).update(must_change_password=False)
    record(actor, "change", user, field="password", old=HIDDEN, new=HIDDEN, comment=comment)


class PasswordChangeRequired:
    """Middleware: someone holding a temporary password is sent to change it first.

    Changing the password, logging out, the language switch and static files stay open;
    the API answers 403 in JSON. Tokens are not concerned: they are made after the change.
    """

    OPEN = ("password_change", "password_change_done", "logout", "language", "healthz")

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        held = user is not None and user.is_authenticated and must_change_password(user)
        if held and not self._open(request.path):
            if request.path.startswith(API_PREFIX):
                return api_answer(403, _("Choose your own password first, at /password/."))
            return redirect("password_change")
        return self.get_response(request)

    @cached_property
    def _open_paths(self) -> frozenset[str]:
        return frozenset(reverse(name) for name in self.OPEN)

    def _open(self, path: str) -> bool:
        return path.startswith(str(settings.STATIC_URL)) or path in self._open_paths


class PasswordChange(auth_views.PasswordChangeView):
    """Changing one's own password keeps this session and ends every other one."""

    template_name = "registration/password_change_form.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context_data(**kwargs)
        context["must_change_password"] = must_change_password(self.request.user)
        return context

    def form_valid(self, form: Any) -> HttpResponse:
        with transaction.atomic():
            response = super().form_valid(form)
            _password_set(form.user, form.user)
        return response


# ---------------------------------------------------------------- a forgotten password


class ResetForm(PasswordResetForm):
    """Django's form; the e-mail is written in its recipient's language."""

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        profile: Profile | None = getattr(context["user"], "profile", None)
        with translation.override(profile.language if profile else translation.get_language()):
            super().send_mail(
                subject_template_name,
                email_template_name,
                context,
                from_email,
                to_email,
                html_email_template_name,
            )


class PasswordReset(auth_views.PasswordResetView):
    """Ask for a link by e-mail address; the answer is the same whether it is known or not."""

    form_class = ResetForm
    template_name = "registration/password_reset_form.html"
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("password_reset_done")


class PasswordResetConfirm(auth_views.PasswordResetConfirmView):
    """The link from the e-mail: choose a new password (once, within the timeout)."""

    template_name = "registration/password_reset_confirm.html"
    success_url = reverse_lazy("password_reset_complete")

    def form_valid(self, form: Any) -> HttpResponse:
        user: User = form.user
        with transaction.atomic():
            response = super().form_valid(form)
            lifted = lift_lockouts(user)
            _password_set(user, user, ", ".join(filter(None, ["reset by e-mail", lifted])))
        return response


def reset_urls() -> list[Any]:
    """The four pages of a reset, with Django's names (its e-mail template uses them)."""
    return [
        path("password/reset/", PasswordReset.as_view(), name="password_reset"),
        path(
            "password/reset/sent/",
            auth_views.PasswordResetDoneView.as_view(
                template_name="registration/password_reset_done.html"
            ),
            name="password_reset_done",
        ),
        path(
            "reset/<uidb64>/<token>/",
            PasswordResetConfirm.as_view(),
            name="password_reset_confirm",
        ),
        path(
            "reset/done/",
            auth_views.PasswordResetCompleteView.as_view(
                template_name="registration/password_reset_complete.html"
            ),
            name="password_reset_complete",
        ),
    ]
