"""Problems kept on a job as JSON, with their values' types (a Decimal stays a number, a
date a date), so the page renders them in the reader's language when it is read, not in
the worker's when the job failed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from chitieu.problems import Message, Param, Problem, Term

PLACES = ("line", "path", "field", "row", "sheet", "cell")


def _value(value: Param) -> Any:
    if isinstance(value, Message):
        return {"message": value.code, "params": _params(value.params)}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, Term):
        return {"term": value.vocabulary, "name": value.name}
    return value


def _params(params: Any) -> dict[str, Any]:
    return {k: _value(v) for k, v in params.items()}


def _back(data: Any) -> Param:
    if not isinstance(data, dict):
        return data  # type: ignore[no-any-return]
    if "message" in data:
        return Message(data["message"], {k: _back(v) for k, v in data["params"].items()})
    if "decimal" in data:
        return Decimal(data["decimal"])
    if "date" in data:
        return date.fromisoformat(data["date"])
    return Term(data["term"], data["name"])


def problem_data(problem: Problem) -> dict[str, Any]:
    data: dict[str, Any] = {"file": problem.file, "code": problem.code}
    data["params"] = _params(problem.params)
    data.update({k: getattr(problem, k) for k in PLACES if getattr(problem, k) is not None})
    return data


def problem_from(data: dict[str, Any]) -> Problem:
    params = {k: _back(v) for k, v in data["params"].items()}
    places = {k: data[k] for k in PLACES if k in data}
    return Problem(data["file"], data["code"], params, **places)
