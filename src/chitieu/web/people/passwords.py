"""Password rules. Django's, except one message its Vietnamese catalogue lacks."""

from __future__ import annotations

from django.contrib.auth import password_validation
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's length rule; Django 5.2 changed this message and left it in English for
    Vietnamese users, so the message is ours (and translated in people's catalogue)."""

    def get_error_message(self) -> str:
        return ngettext(
            "This password is too short: it needs at least %(n)d character.",
            "This password is too short: it needs at least %(n)d characters.",
            self.min_length,
        ) % {"n": self.min_length}
