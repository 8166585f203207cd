"""The API instance: /api/ with its OpenAPI document (/api/openapi.json) and docs (/api/docs).

JSON bodies are read with exact decimals (a JSON number 64.5 becomes Decimal("64.5"), never
a binary float) and answers are written as UTF-8, so Vietnamese stays readable.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, cast

from django.http import HttpRequest
from ninja import NinjaAPI
from ninja.parser import Parser

import chitieu
from chitieu.api import errors, exports, plans, reports
from chitieu.api.answers import Utf8Renderer
from chitieu.vnnumbers import MAX_DECIMALS, MAX_INTEGER_DIGITS, MAX_SIGNIFICANT_DIGITS
from chitieu.web.figures.checks import TEXT_MAX_LENGTH

DESCRIPTION = f"""\
The plans of resolutions, their targets (chỉ tiêu), the figures reported against them and
the statuses those figures give.

**Authentication.** Send a personal API token (create one at /people/tokens/) as
`Authorization: Bearer <key>`, or use the browser's login (unsafe methods then need the
`X-CSRFToken` header). Anonymous callers may read public plans only. The API grants
exactly what the web pages grant.

**Numbers and dates.** Decimals travel as strings (`"64.5"`), exact. A figure's value may
be sent as text written the Vietnamese way (`"1.234,5"`) or as a JSON number. A value is
kept exactly or refused (422), never rounded: at most {MAX_SIGNIFICANT_DIGITS} significant
digits, {MAX_DECIMALS} decimals and {MAX_INTEGER_DIGITS} digits before the decimal mark. Dates are
ISO (`2025-12-10`); a report date is today or earlier. Notes are at most {TEXT_MAX_LENGTH}
characters; control characters in them are dropped.

**Two writers.** Every figure carries a `version`. To change a draft figure, send back the
`version` you read (`0` when there was none): if someone changed it since, nothing is saved
and the answer is 409, each problem carrying the `current` value, who changed it and when.
A figure sent without `version` is written whatever the draft holds (a script pushing its
own figures need not read first); the audit trail marks that change as unchecked, with the
value it replaced. A figure sent with `"value": null` removes the draft figure of its
measure and unit (with the same version check), recorded with the value it removed.

**Stages.** `stage` is required with every value: nothing is an estimate by default. A
stage less final than a figure already approved for the same measure, unit and period
(an estimate after the official figure) is refused (422), naming the approved figure.

**Plausibility.** A value that looks like a slip (a percentage outside 0–100, a negative
count, outside the measure's `valid_range`, a jump from last year) is refused with 422,
each problem naming its `warning` (`percent`, `valid_range`, `negative`, `jump`). Check
it, then send the request again with `"confirm": true`.

**Errors** carry a `detail` and a list of `problems`, each naming the `item` (index in
`figures`) and the `field`, in the request's language (`Accept-Language`; Vietnamese by
default); a value the core refused also gives the message's `code` and `params`
(docs/messages.md lists the codes). 401: no valid credentials; 403: not allowed; 404: not
found; 409: the report's state forbids it, or a draft figure changed after you read it;
422: problems with the input, or plausibility warnings not confirmed; 503: the database's
disk is full or it is busy (try again later); 500: an unexpected error, logged. Every
error is JSON. Nothing is saved when a request fails.
"""


class ExactParser(Parser):
    """JSON with decimals kept exact."""

    def parse_body(self, request: HttpRequest) -> dict[str, Any]:
        return cast(dict[str, Any], json.loads(request.body, parse_float=Decimal))


api = NinjaAPI(
    title="chitieu API",
    version=chitieu.__version__,
    description=DESCRIPTION,
    urls_namespace="api",
    parser=ExactParser(),
    renderer=Utf8Renderer(),
)
errors.install(api)
api.add_router("/", plans.router)
api.add_router("/", reports.router)
api.add_router("/", exports.router)
