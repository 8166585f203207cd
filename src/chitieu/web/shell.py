"""A signed-in visitor's page kept as a shell: rendered once, filled in per request.

Around a cached dashboard body, rendering the page's templates (the header, the menus,
the forms) cost a signed-in visitor twice the CPU of ``/healthz`` per request, so a crowd
of delegates waited on it. Here the page is rendered once with markers where visitors of
the same kind differ — the CSRF token, their name, their agency's name, how many
notifications they have not read — and where the caller puts large pieces kept elsewhere
(the dashboard's body). Each request joins the pieces with its own values, escaped as the
template escapes them, so the page is the one the template gives.

Everything else the page shows is in the key: the caller's part (the plan's version…), the
path with its query, the language, and the visitor's structure (role, menus, staff,
whether they have an agency and unread notifications). A request with messages to show is
rendered as before. Nothing per visitor is kept: the CSRF token is masked afresh for each
request from the visitor's own secret, as ``{% csrf_token %}`` does. The markers hold a
random part drawn per process, so no text of a page can forge one.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.messages import get_messages
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from chitieu.web.lru import PlanCache
from chitieu.web.people.context import Visitor

_MARK = f"chitieu{secrets.token_hex(12)}"
_SPLIT = re.compile(re.escape(_MARK) + r"([a-z_]+)\.")


def _marker(name: str) -> str:
    return f"{_MARK}{name}."


@dataclass(frozen=True)
class Shell:
    """The page cut at its markers: ``parts[0]``, slot ``slots[0]``, ``parts[1]``…"""

    parts: tuple[str, ...]
    slots: tuple[str, ...]

    @classmethod
    def cut(cls, page: str) -> Shell:
        pieces = _SPLIT.split(page)
        return cls(tuple(pieces[0::2]), tuple(pieces[1::2]))

    def fill(self, values: Mapping[str, str]) -> str:
        out = [self.parts[0]]
        for slot, part in zip(self.slots, self.parts[1:], strict=True):
            out += (values[slot], part)
        return "".join(out)


@dataclass(frozen=True)
class _AgencyName:
    """Stands for the visitor's agency in the shell: the header shows only its name."""

    name: str


# Shells hold no page body (a slot), a few kilobytes each: bounded in number.
_SHELLS: PlanCache[Shell] = PlanCache(settings.CHITIEU_CACHE["pages"])


def render_kept(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    key: tuple[Hashable, ...],
    pieces: Mapping[str, str],
    keep: bool = True,
) -> HttpResponse:
    """``render(request, template, context | pieces)`` for a signed-in visitor, from a
    shell kept per ``key`` (which starts with the plan's ``cache_key`` and must say
    everything ``context`` holds). ``pieces`` are HTML put in as they are, by name.
    With ``keep`` false the page is rendered and no shell kept."""
    # the visitor is worked out (their unread count asked) only for a kept shell: render's
    # context processor works it out again otherwise
    visitor = Visitor.of(request.user) if keep and not len(get_messages(request)) else None
    if visitor is None:
        return render(request, template, {**context, **_safe(pieces)})
    structure = (
        visitor.role,  # and so what they can manage
        visitor.is_staff,
        visitor.agency is not None,
        visitor.unread > 0,
    )
    shell = _SHELLS.get_or_make(
        (*key, template, request.get_full_path(), get_language(), structure, tuple(pieces)),
        lambda: _make(request, template, context, visitor, pieces),
    )
    values = {
        "csrf": conditional_escape(get_token(request)),
        "name": conditional_escape(visitor.name),
        "agency": conditional_escape(visitor.agency.name) if visitor.agency else "",
        "unread": conditional_escape(localize(visitor.unread)),
        **pieces,
    }
    return HttpResponse(shell.fill(values))


def _safe(pieces: Mapping[str, str]) -> dict[str, str]:
    return {name: mark_safe(html) for name, html in pieces.items()}  # the caller's HTML, as it was


def _make(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    visitor: Visitor,
    pieces: Mapping[str, str],
) -> Shell:
    # The view's context sits above the context processors', so these replace theirs.
    marked: dict[str, Any] = {
        "csrf_token": _marker("csrf"),
        "user_name": _marker("name"),
        "user_agency": _AgencyName(_marker("agency")) if visitor.agency else None,
        "unread_notifications": _marker("unread") if visitor.unread else 0,
        **{name: _marker(name) for name in pieces},
    }
    return Shell.cut(render_to_string(template, {**context, **marked}, request))
