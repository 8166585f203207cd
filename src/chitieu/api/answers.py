"""The API's statuses answers, serialized once per plan data version, as-of date and language.

A review conference polls the statuses; formatting every number (Babel) and validating
the answer against its schema (pydantic) on each call made the API 25 times slower than a
trivial answer. The bytes are kept like the dashboard's pages (chitieu.web.lru), so a
repeated call reads the plan row, checks the caller's rights and sends them. The answer is
validated and rendered exactly as django-ninja would, so the OpenAPI document still
describes it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from ninja import Schema
from ninja.renderers import JSONRenderer

from chitieu.web.lru import PlanCache
from chitieu.web.plans.models import Plan

_ANSWERS: PlanCache[bytes] = PlanCache(
    settings.CHITIEU_CACHE["answers"], settings.CHITIEU_CACHE["answer_bytes"]
)


class Utf8Renderer(JSONRenderer):
    json_dumps_params = {"ensure_ascii": False}


RENDERER = Utf8Renderer()
JSON = f"{RENDERER.media_type}; charset={RENDERER.charset}"


def kept(plan: Plan, what: str, as_of: date | None, lang: str, make: Callable[[], bytes]) -> bytes:
    """The answer ``what`` for this version of the plan, made once (``make``) and kept."""
    return _ANSWERS.get_or_make((*plan.cache_key, what, as_of, lang), make)


def rendered(request: HttpRequest, schema: type[Schema], data: Any, by_alias: bool) -> bytes:
    """``data`` validated against ``schema`` and written as the API writes its answers."""
    dumped = schema.model_validate(data).model_dump(by_alias=by_alias)
    return str(RENDERER.render(request, dumped, response_status=200)).encode("utf-8")


def json_answer(content: bytes) -> HttpResponse:
    return HttpResponse(content, content_type=JSON)
