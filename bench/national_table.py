"""The national benchmark's table: measure, value, baseline, ratio, goal, met — from the raw
measurements of the build, kernel and web parts."""

from __future__ import annotations

from typing import Any

Row = tuple[str, str, str, str, str, str]
HEAD: Row = ("measure", "value", "baseline", "ratio", "goal", "met")


def _s(seconds: float) -> str:
    return f"{seconds:.3f} s" if seconds < 10 else f"{seconds:.1f} s"


def _b(size: int) -> str:
    return f"{size / 1024:,.0f} KB" if size < 10 * 2**20 else f"{size / 2**20:,.1f} MB"


def _met(ok: bool | None) -> str:
    return "—" if ok is None else ("met" if ok else "NOT met")


def _http(page: dict[str, Any]) -> str:
    return "" if page["status"] == 200 else f" (HTTP {page['status']})"


def _page_row(name: str, page: dict[str, Any], goal: str = "—", ok: bool | None = None) -> Row:
    value = f"{_s(page['wall'])} wall, {_s(page['cpu'])} CPU, {_b(page['bytes'])}{_http(page)}"
    return (name, value, "", "", goal, _met(ok))


def _dashboard(web: dict[str, Any], kernel: dict[str, Any], goals: dict[str, float]) -> list[Row]:
    bulk = kernel["bulk_cpu"]
    base = f"bulk evaluation {_s(bulk)} CPU"
    cold, same = web["cold"], web["unchanged"]
    # after an approval of a commune's count of units: none in older results
    counted = web.get("after_count_approval")
    return [
        (
            "dashboard, cold first view",
            f"{_s(cold['wall'])} wall, {_s(cold['cpu'])} CPU{_http(cold)}",
            base,
            f"{cold['cpu'] / bulk:.1f}×" if bulk else "",
            "—",
            "—",
        ),
        _after("dashboard after an approval", web["after_approval"], bulk, goals),
        *(
            [_after("dashboard after a count-of-units approval", counted, bulk, goals)]
            if counted
            else []
        ),
        (
            "dashboard, nothing changed (median of 5)",
            f"{_s(same['wall'])} wall, {_s(same['cpu'])} CPU",
            "",
            "",
            f"≤ {goals['unchanged']:g} s",
            _met(same["wall"] <= goals["unchanged"] and same["status"] == 200),
        ),
    ]


def _after(name: str, after: dict[str, Any], bulk: float, goals: dict[str, float]) -> Row:
    """A view after an approval, against the bulk evaluation of the plan (CPU)."""
    ratio = after["cpu"] / bulk if bulk else float("inf")
    ok = ratio <= goals["after_approval"] and after["status"] == 200
    return (
        name,
        f"{_s(after['wall'])} wall, {_s(after['cpu'])} CPU{_http(after)}",
        f"bulk evaluation {_s(bulk)} CPU",
        f"{ratio:.1f}×",
        f"≤ {goals['after_approval']:g}× (CPU)",
        _met(ok),
    )


def _crowd(web: dict[str, Any], goals: dict[str, float]) -> list[Row]:
    c = web["crowd"]
    trivial = c["trivial"]
    rows = []
    for name, label in (("dashboard", "dashboard"), ("statuses", "API statuses")):
        side = c[name]
        ratio = side["p95"] / trivial["p95"] if trivial["p95"] else float("inf")
        errors = side["errors"] + trivial["errors"]
        rows.append(
            (
                f"{label}, logged-in crowd p95",
                f"{side['p95'] * 1000:,.0f} ms ({side['n']} requests, {side['errors']} errors)",
                f"/healthz p95 {trivial['p95'] * 1000:,.0f} ms ({trivial['errors']} errors)",
                f"{ratio:.1f}×",
                f"≤ {goals['crowd']:g}×, no errors",
                _met(ratio <= goals["crowd"] and not errors),
            )
        )
    return rows


def _pages(web: dict[str, Any], goals: dict[str, float], upload_rows: int) -> list[Row]:
    t, up = web["target"], web["upload"]
    limit = goals["target_seconds"]
    target_ok = t["wall"] <= limit and t["bytes"] <= goals["target_bytes"] and t["status"] == 200
    entry_ok = web["entry"]["wall"] <= goals["entry"] and web["entry"]["status"] == 200
    saved = up["saved"] >= up["rows"] == upload_rows and up["status"] in (200, 302)
    return [
        _page_row(
            "target page",
            t,
            f"≤ {limit:g} s, ≤ {goals['target_bytes'] // 1000} KB",
            target_ok,
        ),
        _page_row("cascade page (units of a target)", web["cascade"]),
        _page_row("figures.csv", web["figures_csv"]),
        _page_row("review document (.docx)", web["docx"]),
        _page_row("entry page of an agency", web["entry"], f"≤ {goals['entry']:g} s", entry_ok),
        _page_row("Excel template of that agency", web["template"]),
        (
            f"upload of {up['rows']:,} rows, checked and saved",
            f"{_s(up['wall'])} wall"
            + (f", {up['cpu']:.2f} s server CPU" if "cpu" in up else "")
            + f" over {up['posts']} post(s), HTTP {up['status']}, "
            f"{up['saved']:,} figures in the draft"
            + (f"; refused: “{up['refused'][:48]}”" if up.get("refused") else ""),
            "",
            "",
            f"≤ {goals['upload']:g} s, all saved",
            _met(saved and up["wall"] <= goals["upload"]),
        ),
    ]


def _memory(web: dict[str, Any], goals: dict[str, float]) -> Row:
    samples = web["memory"]["samples"]
    first, last = samples[0], samples[-1]
    ratio = last["hwm"] / first["hwm"] if first["hwm"] else float("inf")
    done = f"{last['step']} of {web['memory']['asked']} approvals"
    return (
        f"worker peak RSS after {done}",
        f"{last['hwm']:,.0f} MiB (RSS now {last['rss']:,.0f} MiB, {last['workers']} workers)",
        f"after the first: {first['hwm']:,.0f} MiB",
        f"{ratio:.2f}×",
        f"flat: ≤ {goals['memory']:g}× over 20",
        _met(ratio <= goals["memory"] and last["step"] >= 20),
    )


def _kernel(kernel: dict[str, Any], goals: dict[str, float]) -> list[Row]:
    sdg = kernel["sdg_per_series"] * 1e6
    exact = kernel["exact_per_series"] * 1e6
    rows: list[Row] = [
        (
            "bulk evaluation (evaluate_frame)",
            f"{_s(kernel['bulk_cpu'])} CPU, {_s(kernel['bulk_wall'])} wall",
            f"{kernel['rows']:,} rows, {kernel['bulk_pairs']:,} (unit, metric)",
            "",
            "see bench_evaluate.py",
            "—",
        ),
        (
            "forecast per series, exact engine",
            f"{exact:,.1f} µs CPU",
            f"sdg-build method 2 {sdg:,.1f} µs",
            f"{sdg / exact:.1f}× faster" if exact else "",
            "—",
            "—",
        ),
    ]
    if "vector_cpu" in kernel:
        vector = kernel["vector_cpu"] / max(1, kernel["vector_series"]) * 1e6
        ratio = sdg / vector if vector else float("inf")
        rows.append(
            (
                "forecast per series, vectorised",
                f"{vector:,.2f} µs CPU ({kernel['vector_series']:,} series)",
                f"sdg-build method 2 {sdg:,.1f} µs; exact {exact:,.1f} µs",
                f"{ratio:,.0f}× faster",
                f"≥ {goals['forecasts']:g}× faster than sdg-build",
                _met(ratio >= goals["forecasts"]),
            )
        )
    else:
        rows.append(
            (
                "forecast per series, vectorised",
                "not available (no chitieu.evaluation.bulk.forecast_frame)",
                f"sdg-build method 2 {sdg:,.1f} µs",
                "",
                f"≥ {goals['forecasts']:g}× faster than sdg-build",
                "NOT met",
            )
        )
    return rows


def table(db: str, result: dict[str, Any], goals: dict[str, float], upload_rows: int) -> str:
    build, kernel, web = result["build"], result["kernel"], result["web"]
    rows = [HEAD]
    rows += _dashboard(web, kernel, goals)
    rows += _crowd(web, goals)
    rows += _pages(web, goals, upload_rows)
    rows.append(_memory(web, goals))
    rows += _kernel(kernel, goals)
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEAD))]
    lines = [
        f"database: {db}; {kernel['rows']:,} approved figure rows over {kernel['units']:,} units "
        f"(built in {build['seconds']:.0f} s through import_plan)",
        f"forecast baseline: {kernel['sdg_baseline']}"
        + (
            f" ({kernel['sdg_differ']} series labelled differently by the reimplementation)"
            if "own" in kernel["sdg_baseline"]
            else ""
        ),
    ]
    for i, r in enumerate(rows):
        lines.append(" | ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
        if i == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return "\n".join(lines)
