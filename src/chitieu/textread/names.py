"""A measure's name: the indicator phrase of its clause, as the text writes it.

"Phấn đấu đến năm 2025 thu nhập bình quân đầu người đạt 90 triệu đồng" names "Thu nhập
bình quân đầu người": the name starts at the first word naming the measured thing (after
"phấn đấu", "đến năm 2025", "trong đó", "có" …) and ends before the first time cue, verb
or comparator cue ("đạt", "còn", "trên", "tăng bình quân" …). When the value comes first
("100% số xã đạt chuẩn"), the name is the phrase after it; when a verb heads the clause
("kết nạp 150 đảng viên mới"), the clause without its number.
"""

from __future__ import annotations

import re

from chitieu.textread.layouts import UPPER
from chitieu.textread.values import COUNTED, EACH_YEAR, PER_POPULATION

# Verbs that lead an indicator's level ("nâng tỷ lệ … lên 95%") and are a status target's own
# words when no figure follows ("Đưa xã đạt chuẩn …", "Nâng mặt bằng học vấn …"); "giữ vững",
# "duy trì", "đảm bảo" stay filler there too, as the labelled texts have them.
_STATUS_VERBS = r"nâng(?!\s+(?:cấp|chất))|đưa"
_LEAD_WORDS = (
    r"duy trì(?:\s+vững chắc)?|giữ vững|tập trung|ổn định|(?:đảm bảo|bảo đảm)(?:\s+cho)?"
    r"|phấn đấu(?:\s+đạt)?"
    r"|giảm(?=\s+t[ỷỉ]\s+lệ)"
    r"|bình quân(?=\s+(?:hằng|hàng|mỗi)\s+năm)|lũy kế|luỹ kế"
    r"|ước\s+(?:đạt|thực hiện)|dự kiến(?:\s+đạt)?|trong đó[,:]?|cụ thể[,:]?"
    r"|đến\s+(?:năm\s+\d{4}|cuối\s+(?:năm\s+\d{4}|nhiệm kỳ|kỳ))[,:]?|(?:hằng|hàng|mỗi)\s+năm[,:]?"
    r"|năm\s+\d{4}[,:]?|(?:giảm\s+)?(?:xuống\s+)?còn|giai đoạn\s+\d{4}\s*[–-]\s*\d{4}[,:]?"
    # "Từ năm 1991 đến 1995 giải quyết …", "Từ năm 1993 trở đi đảm bảo …": when, no name
    r"|từ\s+năm\s+\d{4}\s+(?:(?:đến|tới)\s+(?:năm\s+)?\d{4}|trở\s+đi)[,:]?"
    r"|(?:trong|cả)\s+nhiệm kỳ(?:\s+(?:tới|này))?[,:]?"
    # "Mục tiêu tổng quát năm 2023 phấn đấu …", "mục tiêu đến năm 2030, thu nhập …"
    r"|mục tiêu\s+(?:tổng quát|cụ thể|chung)[,:]?|mục tiêu(?=\s+(?:đến|tới)\s)|đồng thời"
    # "có 11,5 bác sĩ"; but "(trong đó) có bằng cấp, chứng chỉ" is what is counted
    r"|có thêm|thêm|có(?!\s+(?:văn\s+)?bằng\b)"
    r"|đạt(?!\s+(?:chuẩn|tiêu chuẩn|danh hiệu|(?:bộ\s+)?tiêu chí))|là"
    r"|toàn\s+(?:tỉnh|huyện|thị xã|thành phố|xã|phường)|không còn"
)
# What may stand before the indicator: filler, time cues, a dash; the status verbs too, but
# not before a clause without a figure (:data:`_FILLER`).
_LEAD = re.compile(
    rf"^(?:\s*[-–+•*,:(]\s*|\s*(?:{_STATUS_VERBS}|{_LEAD_WORDS})(?=\s|$|[,:])\s*)+", re.IGNORECASE
)
_FILLER = re.compile(rf"^(?:\s*[-–+•*,:(]\s*|\s*(?:{_LEAD_WORDS})(?=\s|$|[,:])\s*)+", re.IGNORECASE)
# "trẻ em dưới 5 tuổi", "người trên 60 tuổi": an age names who is counted, no bound
_AGE = r"\s+\d+\s+(?:tháng\s+)?tuổi"
AGE = re.compile(r"(?:dưới|trên)" + _AGE, re.IGNORECASE)
# Where the indicator ends: a time cue, a verb or a comparator cue (never at its first word).
_CUT = re.compile(
    r"[\s,:(](?:đến\s+năm|đến\s+cuối|tới\s+năm|vào\s+năm|(?<!so sánh )năm\s+(?:19|20)\d\d"
    # "… cả giai đoạn", "… trong cả nhiệm kỳ", "… trong 5 năm": the term's cue, whole
    r"|(?:trong\s+)?(?:cả\s+)?(?:giai đoạn|thời kỳ|nhiệm kỳ)|cuối\s+(?:nhiệm kỳ|kỳ|năm)"
    r"|" + EACH_YEAR + r"|(?:trong\s+)?\d+\s+(?:năm|tháng)"
    r"|ước\s+đạt|dự kiến(?=\s+(?:đạt|\d))|phấn đấu"
    r"|đạt(?!\s+(?:chuẩn|tiêu chuẩn|danh hiệu|(?:bộ\s+)?tiêu chí|(?:từ\s+)?\d\s+sao))|là|còn"
    # "trên 900 triệu USD" is a floor; "trên đầu người", "trên 1 vạn dân" belong to the name
    r"|trên(?=\s+(?:khoảng\s+)?\d)(?!\s+(?:1 vạn|10\.000|1 ha|1\.000 dân|100\.000)|" + _AGE + r")"
    r"|dưới(?!" + _AGE + r")"
    # "từ" bounds only a figure ("từ 10% trở lên"): "điện từ các nguồn", "xếp loại từ hoàn
    # thành tốt nhiệm vụ trở lên" are the indicator's words
    r"|từ(?=\s+(?:khoảng\s+|mức\s+|năm\s+)?\d)(?!\s+\d\s+sao)"  # "OCOP từ 3 sao trở lên"
    r"|không quá|không vượt quá|tối thiểu|tối đa|ít nhất|không dưới"
    r"|khoảng|xấp xỉ|so\s+với(?=\s+(?:năm|cùng kỳ|đầu nhiệm kỳ|kỳ))"
    r"|xuống(?=\s+(?:còn|dưới|mức|\d))"
    r"|ở mức|chiếm|(?<!văn )bằng(?!\s+cấp)|luôn|(?<!trở\s)lên"
    r"|(?<!nhiệm vụ\s)(?<!sao\s)(?<!thứ ba\s)trở\s+(?:lên|xuống)"  # "con thứ ba trở lên"
    r"|duy trì"
    r"|(?<!giá trị )(?:tăng|giảm)(?!\s+(?:trưởng|nghèo))"
    r"(?=\s+(?:bình quân|thêm|từ|lên|xuống|còn|hằng|hàng|mỗi|gấp|so với|\d)|\s*$))(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
# Verbs that head a clause whose object is the counted thing ("kết nạp 150 đảng viên").
_VERBS = re.compile(
    r"^(?:kết nạp|giải quyết việc làm(?: cho)?|tạo việc làm(?: cho)?|trồng(?: mới)?"
    r"|(?:đầu tư )?xây dựng"
    r"|tạo(?=\s*$)"  # "tạo 5.800 việc làm mới": the verb right before the figure
    r"|đào tạo(?: nghề)?(?: cho)?|thu hút|xóa|xoá|sửa chữa|làm mới|nâng cấp|cứng hóa|cứng hoá"
    r"|hỗ trợ|tuyển|thành lập|phát triển|chuyển đổi|đón|phổ cập|dành"
    # "nhựa hóa, bê tông hóa 150 km đường giao thông nông thôn"
    r"|(?:nhựa|bê tông|kiên cố)\s+h(?:óa|oá)"
    r"(?:\s*,\s*(?:nhựa|bê tông|kiên cố|cứng)\s+h(?:óa|oá))*)\b",
    re.IGNORECASE,
)
# The same verbs where a clause starts inside a longer text.
VERB = re.compile(_VERBS.pattern.removeprefix("^"), re.IGNORECASE)
MEASURES = {"ha", "km", "km2", "m2", "m3", "tấn", "lượt", "tỷ", "triệu", "nghìn"}
_YEARS = re.compile(r"\b(?:năm\s+)?(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?\b", re.IGNORECASE)


# "Huyện Đan Phượng cũng phấn đấu mức thu nhập …": the body that strives, before the indicator
STRIVING = re.compile(
    r"(?:[^;:]{0,200}?\b(?:Đảng bộ|Đảng [uủ]y|HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Đại hội"
    r"|tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\b[^;:]{0,120}?"
    # "Năm 2022, Phú Bình phấn đấu …" (misprinted "Nam 2022" too): a year, then who strives
    r"|\s*n[aă]m\s+(?:19|20)\d\d\s*,[^;:,\d]{0,60}?)"
    r"\s(?:tiếp tục\s+)?(?:phấn đấu|cam kết)\s+(?!đạt\b|ở mức\b|từ\b|trên\b)(?=[^\W\d_])",
    re.IGNORECASE,
)


_NEW_INDICATOR = re.compile(
    r",\s+(?=(?:(?:duy trì|giữ vững|nâng|đưa|phấn đấu)\s+)?(?:t[ỷỉ] lệ|số)\s)", re.IGNORECASE
)
_GROWTH_CUE = re.compile(r"(?:^|[\s,:(])(?:tăng|giảm|hằng năm|hàng năm|mỗi năm)\b", re.IGNORECASE)
_GROWTH_LEAD = re.compile(r"\s*(?:phấn đấu\s+)?(?:tăng|giảm)\s", re.IGNORECASE)
_GROWTH_NAME = re.compile(r"\b(?:tăng trưởng|tốc độ|tăng|giảm)\b", re.IGNORECASE)


def indicator(text: str) -> str:
    """The indicator phrase at the head of ``text`` (no value in it)."""
    striving = STRIVING.match(text)
    head = _LEAD.sub("", text[striving.end() :] if striving else text, count=1)
    # "Tiếp tục giữ vững chuẩn Y tế, duy trì tỉ lệ tăng dân số … ở mức dưới 1%": the
    # indicator is the one after the last comma, the words before it a clause of their own
    if starts := list(_NEW_INDICATOR.finditer(head)):
        head = _LEAD.sub("", head[starts[-1].end() :], count=1)
    cut = _CUT.search(head)
    rest = head[cut.start() :] if cut else ""
    if cut:
        head = head[: cut.start()]
    head = _LEAD.sub("", head, count=1)
    # "bình quân" is the kind's cue before a growth ("Giá trị sản xuất bình quân tăng 9%/năm",
    # "Tốc độ tăng trưởng … bình quân đạt 8%") and part of the indicator otherwise ("Năng suất
    # lúa bình quân đạt 63 tạ/ha"), as the labelling guide says
    if _GROWTH_CUE.search(rest) or _GROWTH_NAME.search(head) or _GROWTH_LEAD.match(text):
        head = re.sub(r"\s+bình quân\s*$", "", head.strip(), flags=re.IGNORECASE)
    head = re.sub(r"\(\s*\d[^()]*\)", " ", head)  # "(56 trường)": a figure restated, no name
    head = _YEARS.sub(" ", head) if not re.search(r"\(", head) else head
    head = re.sub(r"\s+", " ", head).strip(" ,.;:–-")
    head = re.sub(r"\(\s*$", "", head).strip()
    if head.endswith(")") and head.count(")") > head.count("("):  # "… 5 km GTNĐ)"
        head = head[:-1].strip()
    if head.count("(") > head.count(")"):
        head = head[: head.rindex("(")].strip()
    return head


# A verb of completion before a share: what is completed follows the value.
_COMPLETES = re.compile(r"hoàn thành|thực hiện|giải quyết|xử lý|số hóa|số hoá", re.IGNORECASE)
_QUOTA = re.compile(r"(?:chỉ tiêu|kế hoạch|dự toán)(?:\s+(?:giao|được giao|trên giao))?$", re.I)


# "Tăng thu ngân sách", "tăng tổng giá trị sản phẩm …": the way it goes, no part of the name
# ("Tăng trưởng", "tăng cơ học", "Tăng cường" are words of their own)
RISING = re.compile(r"^tăng\s+(?!trưởng\b|cơ học\b|tự nhiên\b|cường\b)(?=\S)", re.IGNORECASE)


def plain_name(text: str) -> str:
    """The name of a clause without a figure: its words, less time cues and filler; with a
    label ("Đảng bộ xã hằng năm đạt: hoàn thành tốt nhiệm vụ"), the label's indicator."""
    label, colon, _ = text.partition(":")
    if colon and indicator(label):
        return capital(indicator(label))
    striving = STRIVING.match(text)  # "Nhiệm kỳ tới, Đảng bộ xã phấn đấu …"
    text = text[striving.end() :] if striving else text
    name = re.sub(
        r"(?:đến|tới|trong|vào|cuối|trước)\s+(?:năm\s+)?(?:19|20)\d\d\b", " ", text, flags=re.I
    )
    name = re.sub(rf"\b{EACH_YEAR}\b", " ", name, flags=re.IGNORECASE)
    name = re.sub(r"\s+", " ", name).strip(" ,.;:")
    # "Giữ vững ổn định chính trị …", "Giữ vững danh hiệu …": without a figure, what is to
    # be held is the aim, its verb with it
    if not _HOLD.match(name):
        name = _FILLER.sub("", name, count=1)
    return capital(RISING.sub("", name.strip(" ,.;:"), count=1))


# ... but "Giữ vững xã đạt chuẩn …": the unit held at a standard is what is named
_HOLD = re.compile(
    r"giữ vững\s+(?!(?:xã|phường|thị trấn|huyện|thôn|bản|tổ dân phố|trường|trạm)\s+đạt\b)", re.I
)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def measure_name(text: str, start: int, end: int, unit: str, context: str = "") -> str:
    """The name of the measure whose value stands at ``text[start:end]`` (unit included).

    Empty when neither the clause nor its context names anything.
    """
    before = indicator(text[:start])
    if re.fullmatch(
        r"(?:tăng|giảm)(?:\s+(?:bình quân|thêm|hằng năm|mỗi năm))*|bình quân", before, re.I
    ):
        before = ""  # "…: tăng 10%/năm", "…: bình quân 7%/năm": the kind's cue, the label names it
    tail = PER_POPULATION.sub(" ", text[end:])
    after = indicator(tail)
    # "15% trở lên/tổng số chi bộ", "100% chỉ tiêu": the base of a share, not its name;
    # "Số xã đạt chuẩn: 8 xã (tăng 2 xã)": a remark in parentheses, not its name either
    if text[end:].lstrip().startswith(("/", "(")) or _QUOTA.match(after):
        after = ""
    after = _NEW_SUBJECT.split(after, maxsplit=1)[0]  # "85% chi bộ …, Đảng bộ hằng năm …"
    # "từ 80% … nhiệm vụ trở lên": the floor's words wrap the name
    if re.search(r"\btừ\s*$", text[:start], re.I) or re.match(r"\s*từ\b", text[start:end], re.I):
        after = re.sub(r"\s+trở lên$", "", after)
    noun = unit.split("/")[0] if unit.lower().split("/")[0] not in ("%", "‰") else ""
    noun = re.sub(r"^(?:nghìn|ngàn|triệu|tỷ|vạn)\s+", "", noun)  # "15 triệu khách du lịch"
    counted = bool(noun) and not re.search(r"đồng|USD|%|tỷ|triệu|nghìn", noun)
    if "/" in unit and unit.split("/", 1)[1].lower() in COUNTED:  # "huyện/thị xã": either
        noun = unit
    if counted and after and re.match(r"\s*đạt\s", text[end:]) and not after.startswith("đạt"):
        after = f"đạt {after}"  # "3 – 5 xã đạt nông thôn mới": what the units reach
    elif after and not before:
        after = _reached(tail, after)
    if before and _VERBS.match(before):
        # "kết nạp 150 đảng viên mới": the verb, the counted thing and what qualifies it;
        # "trồng mới 500 ha rừng", "giải quyết việc làm 300 lao động": the object is there
        verb = re.sub(r"\s+(?:thêm|mới)$", "", before, flags=re.IGNORECASE)  # "xây dựng thêm"
        bare = _VERBS.fullmatch(verb) and not before.lower().startswith("giải quyết")
        object_ = counted and noun.lower() not in MEASURES and (bare or before.endswith(" cho"))
        parts = [before, noun if object_ else "", after]
        return capital(" ".join(p for p in parts if p))
    if before and after and _COMPLETES.fullmatch(before):
        return capital(f"{before} {after}")  # "hoàn thành 100% chỉ tiêu tuyển quân"
    if before:
        return capital(before)
    if after:
        # "100% số xã đạt chuẩn", "8 xã đạt chuẩn nông thôn mới"
        if counted and noun.lower() in MEASURES:  # "25 km đường giao thông"
            return capital(after)
        if counted and not after.lower().startswith("số "):
            # "4 xã đạt chuẩn nông thôn mới": the counted noun and what it reaches
            return capital(f"{noun} {after}")
        return capital(after)
    label = indicator(context)
    if label:
        return capital(label)
    if counted:  # "có 11,5 bác sỹ/vạn dân": the unit says what is counted, and per whom
        per = unit.split("/", 1)[1] if "/" in unit else ""
        per = "1 vạn dân" if per == "vạn dân" else per
        return f"Số {noun} trên {per}" if per else f"Số {noun}"
    return ""


_NEW_SUBJECT = re.compile(rf",\s+(?=[{UPPER}])")
_REACHED = re.compile(r"\s+(đạt\s+(?!\s*[\d.,])[^,;.:()\d]+(?:,\s*vững mạnh\b)?)", re.IGNORECASE)


def _reached(tail: str, after: str) -> str:
    """ "90% gia đình đạt gia đình văn hoá": after the value, what the counted things reach
    is part of the name (the value is already read, so this "đạt" cues no figure)."""
    at = tail.find(after)
    m = _REACHED.match(tail, at + len(after)) if at >= 0 else None
    reached = indicator(m.group(1)) if m else ""
    return f"{after} đạt {reached}" if reached else after


# "không còn hộ nghèo", "không có tổ chức … yếu kém", "không để phát sinh hộ nghèo": zero at most
NO_MORE_CUE = r"không (?:còn|có|(?:để\s+)?phát sinh)"


def no_more_names(text: str) -> list[tuple[str, str]]:
    """ "không còn hộ nghèo", "không có tổ chức … yếu kém": each name ("Hộ nghèo") and its
    counted noun ("hộ"); "không còn hộ nghèo và hộ tái nghèo theo chuẩn …" names two."""
    m = re.search(rf"{NO_MORE_CUE}\s+([^\s,;.]+(?:\s+[^\s,;.()]+){{0,15}})", text, re.I)
    if not m:
        return []
    # "… theo tiêu chuẩn của thành phố": the standard the zero is counted by, no name
    found = re.sub(r"\s+theo\s+(?:tiêu\s+)?chuẩn\b.*$", "", m.group(1), flags=re.IGNORECASE)
    things = re.split(r"\s+và\s+(?=hộ|nhà|xã|thôn)", found, flags=re.IGNORECASE)
    out = []
    for thing in things:
        phrase = indicator(thing) or thing
        first = phrase.split()[0].lower()
        nouns = sorted(COUNTED, key=len, reverse=True)
        noun = next((u for u in nouns if phrase.lower().startswith(u)), first)
        out.append((capital(phrase), noun))
    return out
