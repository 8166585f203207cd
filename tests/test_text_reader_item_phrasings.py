"""One target item, however it is phrased, is read field by field as the labelling guide says,
in whatever list holds it: about 390 invented items, each labelled from the guide by a helper who
never read the reader (tests/data/reader-phrasings/README.md; issue 14, twelfth round).

The items the reader still reads otherwise are listed below with the reason; the list is
checked too, so an item that comes to read right leaves it."""

from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from chitieu.datafile import load_yaml
from chitieu.textread.reader import read_resolution

PHRASINGS = Path(__file__).resolve().parent / "data" / "reader-phrasings"
FIELDS = ("name", "kind", "comparator", "low", "high", "unit", "input", "direction")
# The document each item stands in: a district's congress for 2020–2025, unless its note
# says a commune's for 2025–2030 or a year's plan for 2026 (mixed.yaml)
INTROS = {
    "term": (
        "NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN TÂN LẠC LẦN THỨ XXVI, NHIỆM KỲ 2020 - 2025\n"
        "Đại hội đại biểu Đảng bộ huyện Tân Lạc lần thứ XXVI, nhiệm kỳ 2020 - 2025 thành công.\n"
        "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2025:\n"
    ),
    "commune": (
        "NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ PHÚ LƯƠNG LẦN THỨ I, NHIỆM KỲ 2025 - 2030\n"
        "Đại hội đại biểu Đảng bộ xã Phú Lương lần thứ I, nhiệm kỳ 2025 - 2030 thành công.\n"
        "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030:\n"
    ),
    "year": (
        "NGHỊ QUYẾT VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026\n"
        "HỘI ĐỒNG NHÂN DÂN HUYỆN TÂN LẠC\n"
        "Các chỉ tiêu chủ yếu năm 2026:\n"
    ),
}
FORMS = {
    "numbered": lambda items: "\n".join(f"{n}. {t}." for n, t in enumerate(items, 1)),
    "dash": lambda items: "\n".join(f"- {t};" for t in items),
    "inline": lambda items: " ".join(f"({n}) {t};" for n, t in enumerate(items, 1)),
}
LIST_SIZE = 8

# Read otherwise, with the reason (the fields in parentheses).
KNOWN_MISSES: dict[str, str] = {
    # the reader's choice against the label
    "a079": "input level: a count's yearly fall is computed from its levels (the guide: rate)",
    "a131": "input level: a count's yearly fall is computed from its levels (the guide: rate)",
    "b113": "input level: a count's yearly fall is computed from its levels (the guide: rate)",
    "b041": "unit 'giường/vạn dân': the guide's words after the number ('30 giường'), as the "
    "real Hà Nội label has it; the helper wrote 'giường bệnh'",
    "b042": "unit 'giường/10.000 dân': the words after the number, as for b041",
    "b007": "name 'Tỷ lệ hộ nghèo': the helper's own doubt; the indicator is the rate",
    "c040": "name 'Hoàn thành chỉ tiêu tuyển chọn …': 'hoàn thành 100% chỉ tiêu …' keeps its "
    "verb, as a real label has it",
    # not read yet
    "a030": "kind of a 'trong đó' part of a term's sum: the part is not given the sum's kind",
    "c011": "a 'trong đó đưa 4.000 lao động …' part: neither the verb nor the sum's kind",
    "a038": "unit 'ngày' of 'ngày làm việc': units of two words are not known",
    "a062": "name keeps 'ổn định' before 'trên': cutting there cut a table's indicator",
    "a064": "kind of 'Tích tụ, tập trung ruộng đất: 2.000 ha': an action behind a colon",
    "a083": "name of '100% tàu cá có chiều dài từ 15 m trở lên …': a bound inside the name",
    "a116": "name of 'Không còn xã đạt dưới 15 tiêu chí': a bound inside the name",
    "b010": "name of 'không còn nhà tạm, nhà dột nát' ends at the comma: running on lowered a "
    "held-out batch",
    "b116": "name of 'Không có xã … về an ninh, trật tự' ends at the comma, as for b010",
    "c084": "name of 'Không có xã trọng điểm, phức tạp về …' ends at the comma, as for b010",
    "b013": "'giảm một nửa': a number in words",
    "b018": "name cut inside '(theo chuẩn nghèo … giai đoạn 2022 - 2025)': not cutting there "
    "lowered a held-out batch",
    "b039": "kind of '20 triệu USD/năm': money '/năm' is read as a level (income per year)",
    "b052": "'110 bé trai/100 bé gái': a ratio's second number is taken",
    "c074": "'112 bé trai/100 bé gái': a ratio's second number is taken, as for b052",
    "b107": "name ends at 'là' of 'đảng viên là cán bộ …', as the guide's cue list says",
}


@functools.cache
def items() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for name in ("economy.yaml", "society.yaml", "mixed.yaml"):
        found += load_yaml((PHRASINGS / name).read_text("utf-8"))
    return found


def _value(field: str, value: Any) -> Any:
    return Decimal(str(value)) if field in ("low", "high") and value is not None else value


def _misses(want: dict[str, Any], got: dict[str, Any] | None) -> list[str]:
    if got is None:
        return ["not read as a target"]
    out = []
    for k, m in enumerate(want["metrics"]):
        gm = got["metrics"][k] if k < len(got["metrics"]) else {}
        for f in FIELDS:
            # a metric without a figure has an empty unit in a plan; the guide writes none
            if f == "unit" and m.get("kind") == "other" and gm.get("unit") == "":
                continue
            if _value(f, gm.get(f)) != _value(f, m.get(f)):
                out.append(f"measure {k + 1} {f}: {gm.get(f)!r}, labelled {m.get(f)!r}")
    if len(got["metrics"]) > len(want["metrics"]):
        out.append(f"{len(got['metrics'])} measures, labelled {len(want['metrics'])}")
    return out


def _document(item: dict[str, Any]) -> str:
    note = item.get("note") or ""
    return "year" if "year plan" in note else "commune" if "commune" in note else "term"


@functools.cache
def read_in(form: str) -> dict[str, list[str]]:
    """Each item's misses, read in lists of :data:`LIST_SIZE` items of one form."""
    out: dict[str, list[str]] = {}
    for document, intro in INTROS.items():
        every = [i for i in items() if _document(i) == document]
        for k in range(0, len(every), LIST_SIZE):
            chunk = every[k : k + LIST_SIZE]
            plan = read_resolution(intro + FORMS[form]([i["text"] for i in chunk])).plan
            got = {" ".join(t["text"].rstrip(".;").split()): t for t in plan["targets"]}
            for item in chunk:
                out[item["id"]] = _misses(item, got.get(" ".join(item["text"].split())))
    return out


def test_the_items_are_many_and_labelled_alike():
    ids = [i["id"] for i in items()]
    assert len(ids) == len(set(ids)) > 380
    assert all(
        i["metrics"] and all("name" in m and "kind" in m for m in i["metrics"]) for i in items()
    )


@pytest.mark.parametrize("form", sorted(FORMS))
def test_each_item_reads_as_labelled(form: str):
    wrong = {i: m for i, m in read_in(form).items() if m and i not in KNOWN_MISSES}
    assert wrong == {}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_the_known_misses_still_miss(form: str):
    """An item read right must leave :data:`KNOWN_MISSES`, so the list stays true."""
    fixed = sorted(i for i in KNOWN_MISSES if not read_in(form)[i])
    assert fixed == []
