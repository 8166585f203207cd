"""The reader never crashes and never loses text, whatever the layout and the dirt."""

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chitieu.textread.reader import ReadError, read_resolution
from chitieu.vnnumbers import format_vi

SUBJECTS = [
    "Tỷ lệ lao động qua đào tạo",
    "Thu nhập bình quân đầu người",
    "Lượng khách du lịch",
    "Số xã đạt chuẩn nông thôn mới",
    "Tốc độ tăng trưởng kinh tế bình quân",
    "Trồng rừng mới hằng năm",
    "Tổng vốn đầu tư xã hội cả giai đoạn",
    "Tỷ lệ hộ nghèo",
    "Kết nạp đảng viên mới hằng năm",
    "Tỷ lệ che phủ rừng",
]
QUALIFIERS = ["", "đạt ", "là ", "trên ", "dưới ", "không quá ", "ít nhất ", "≥ ", "khoảng "]
UNITS = ["%", "%/năm", "USD", "tỷ đồng", "nghìn tỷ đồng", "lượt người", "ha", "xã", "đảng viên"]
DASHES = [" – ", " - ", "–", " — ", " đến "]
MARKERS = ["({n}) ", "{n}. ", "{n}) ", "- ", "• ", "{letter}) "]


@st.composite
def measure(draw: st.DrawFn) -> tuple[str, Decimal]:
    value = Decimal(draw(st.integers(min_value=1, max_value=5_000_000))) / draw(
        st.sampled_from([1, 10, 100])
    )
    number = format_vi(value)
    text = draw(st.sampled_from(SUBJECTS))
    if draw(st.booleans()):
        text += " đến năm 2025"
    if draw(st.booleans()):
        high = value + draw(st.integers(min_value=1, max_value=100))
        expr = f"{number}{draw(st.sampled_from(DASHES))}{format_vi(high)}"
        qualifier = draw(st.sampled_from(["", "từ ", "đạt "]))
    else:
        expr = number
        qualifier = draw(st.sampled_from(QUALIFIERS))
    unit = draw(st.sampled_from(UNITS))
    space = "" if unit.startswith("%") else " "
    return f"{text} {qualifier}{expr}{space}{unit}", value


@st.composite
def resolution(draw: st.DrawFn) -> tuple[str, list[tuple[str, list[Decimal]]]]:
    items = []
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        parts = draw(st.lists(measure(), min_size=1, max_size=3))
        items.append(("; ".join(p for p, _ in parts) + ".", [v for _, v in parts]))
    marker = draw(st.sampled_from(MARKERS))
    lines = [
        "NGHỊ QUYẾT",
        "Đại hội đại biểu Đảng bộ tỉnh Thử lần thứ I, nhiệm kỳ 2020 - 2025",
        "Các chỉ tiêu chủ yếu:",
    ]
    if draw(st.booleans()) and marker.startswith("("):
        lines.append(" ".join(f"({i}) {t}" for i, (t, _) in enumerate(items, start=1)))
    else:
        for i, (text, _) in enumerate(items, start=1):
            line = marker.format(n=i, letter="abcdeghik"[i - 1]) + text
            words = line.split(" ")
            cut = draw(st.integers(min_value=0, max_value=len(words) - 1))
            if cut > 2:  # a stray line break in the middle of the item
                lines += [" ".join(words[:cut]), " ".join(words[cut:])]
            else:
                lines.append(line)
            if draw(st.integers(min_value=0, max_value=9)) == 0:
                lines.append(f"Trang {i}")  # page furniture
    lines.append("II. Giao Ban Chấp hành tổ chức thực hiện Nghị quyết.")
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = text.replace(" ", "\u00a0", draw(st.integers(min_value=0, max_value=5)))
    return text, items


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(resolution())
def test_every_item_is_read_whole_with_its_numbers(case):  # type: ignore[no-untyped-def]
    text, items = case
    plan = read_resolution(text).plan
    assert [t["text"] for t in plan["targets"]] == [" ".join(t.split()) for t, _ in items]
    for target, (_, values) in zip(plan["targets"], items, strict=True):
        bounds = {Decimal(m[k]) for m in target["metrics"] for k in ("low", "high") if k in m}
        assert set(values) <= bounds


@settings(max_examples=300)
@given(st.text(), st.booleans())
def test_any_text_is_read_or_refused_cleanly(junk, with_heading):  # type: ignore[no-untyped-def]
    text = ("Các chỉ tiêu chủ yếu:\n" if with_heading else "") + junk
    try:
        result = read_resolution(text)
    except ReadError:
        return
    assert result.plan["targets"]
