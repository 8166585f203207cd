"""Who is calling: an API token (``Authorization: Bearer <key>``), the browser's session
(with the CSRF check on unsafe methods), or nobody (reads of public plans only).

Operations list these in order; the first that recognises the caller wins. A token that
is sent but unknown or expired is refused outright (401) rather than read as an anonymous
call, so a revoked, expired or mistyped key never silently loses its rights. A read-only
token is refused (403) on every unsafe method, whatever the operation.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from chitieu.api.errors import Refused, forbidden
from chitieu.vnnumbers import format_date
from chitieu.web.people.models import ApiToken

# What a read-only token may send: methods that change nothing.
_READS = ("GET", "HEAD", "OPTIONS")

# last_used is a hint for the token page, not a log: write it at most once a minute.
_LAST_USED_GRAIN = timedelta(minutes=1)


class TokenAuth(HttpBearer):
    """``Authorization: Bearer ct_…``: a personal API token from /people/tokens/."""

    def __call__(self, request: HttpRequest) -> Any:
        header = request.headers.get("Authorization")
        if not header:
            return None
        scheme, _sep, key = header.partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            raise AuthenticationError()
        return self.authenticate(request, key.strip())

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        found = (
            ApiToken.objects.select_related("user", "user__profile__agency")
            .filter(digest=ApiToken.hash(token))
            .first()
        )
        if found is None or not found.user.is_active:
            raise AuthenticationError()
        if found.has_expired():
            when = format_date(timezone.localdate(found.expires_at))
            raise Refused(
                401,
                _("This API token expired on %(day)s; create a new one at /people/tokens/.")
                % {"day": when},
            )
        if request.method not in _READS and not found.may_write():
            raise forbidden(_("This API token is read-only: it cannot change anything."))
        now = timezone.now()
        if found.last_used is None or now - found.last_used > _LAST_USED_GRAIN:
            ApiToken.objects.filter(pk=found.pk).update(last_used=now)
        # Everything downstream (permissions, the audit trail) sees the token's owner.
        request.user = found.user
        return found.user


class SessionAuth(APIKeyCookie):
    """The logged-in browser; unsafe methods need the CSRF token (X-CSRFToken)."""

    param_name = settings.SESSION_COOKIE_NAME

    def __init__(self) -> None:
        # The CSRF check runs only once a user is found, so an anonymous POST gets 401.
        super().__init__(csrf=False)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if check_csrf(request) is not None:
            raise forbidden(_("CSRF check failed: send the X-CSRFToken header."))
        return user


def anonymous(request: HttpRequest) -> Any:
    """Nobody: allowed on reads, where each plan says whether it is public."""
    return AnonymousUser()


token_auth = TokenAuth()
session_auth = SessionAuth()

# Reads: public plans need no credentials. Writes: a token or a login.
READ = [token_auth, session_auth, anonymous]
WRITE = [token_auth, session_auth]


def optional_auth() -> dict[str, Any]:
    """For the OpenAPI document of reads: the empty requirement says credentials are
    optional. A fresh dict each time, as ninja extends the lists it is given."""
    return {"security": [{}]}


def caller(request: HttpRequest) -> Any:
    """The user an operation acts for (an AnonymousUser on anonymous reads)."""
    return getattr(request, "auth", None) or AnonymousUser()
