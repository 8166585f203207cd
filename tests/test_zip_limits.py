"""A Word or Excel file (a zip container) is measured before any parser opens it: too many
parts, a part or a total unpacking past its limit, a part compressed suspiciously far, a
part not the size it declares, or damaged, and it is refused saying which part and why."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from chitieu.ziplimits import MB, ZipLimits, ZipRefused, checked_zip

SMALL = ZipLimits(parts=5, part_bytes=2 * MB, total_bytes=3 * MB, ratio=50)


def container(parts: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def refusal(data: bytes, limits: ZipLimits = SMALL) -> str:
    with pytest.raises(ZipRefused) as caught:
        checked_zip(io.BytesIO(data), limits)
    return str(caught.value)


def noise(n: int, seed: int) -> bytes:
    """Bytes that do not compress."""
    import random

    return random.Random(seed).randbytes(n)


def test_a_container_within_the_limits_opens():
    data = container({"a.xml": b"<a/>" * 1000, "b.bin": noise(MB, 1)})
    assert checked_zip(io.BytesIO(data), SMALL).read("a.xml") == b"<a/>" * 1000


def test_too_many_parts():
    data = container({f"p{i}.xml": b"<a/>" for i in range(6)})
    assert refusal(data) == "the file holds more than 5 parts"


def test_a_part_unpacking_past_its_limit():
    data = container({"big.bin": noise(2 * MB + 1, 2)})
    assert refusal(data) == "its part “big.bin” unpacks to more than 2 MB"


def test_parts_unpacking_past_the_total():
    data = container({f"p{i}.bin": noise(MB, i) for i in range(4)})
    assert refusal(data) == "its parts unpack to more than 3 MB in all"


def test_a_part_compressed_too_far_is_a_bomb():
    data = container({"sheet.xml": b" " * (MB + 1)})  # about a thousand times over
    assert (
        refusal(data) == "its part “sheet.xml” is compressed more than 50 times over (a zip bomb?)"
    )


def test_a_small_part_may_compress_well():
    data = container({"styles.xml": b" " * (MB - 1)})
    assert checked_zip(io.BytesIO(data), SMALL).namelist() == ["styles.xml"]


def test_a_part_larger_than_it_declares_is_refused_though_python_would_cut_it_short():
    data = bytearray(container({"sheet.xml": noise(MB, 3)}))
    central = data.index(b"PK\x01\x02")
    data[central + 24 : central + 28] = struct.pack("<L", 1000)  # the declared size
    assert refusal(bytes(data)) == "its part “sheet.xml” is damaged"


def test_a_part_whose_checksum_is_wrong_is_damaged():
    data = bytearray(container({"a.xml": b"<a>hello</a>"}, zipfile.ZIP_STORED))
    at = data.index(b"hello")
    data[at] = ord("j")
    assert refusal(bytes(data)) == "its part “a.xml” is damaged"


def test_a_part_with_broken_deflate_data_is_damaged():
    data = bytearray(container({"a.xml": noise(5000, 4)}))
    header = data.index(b"PK\x03\x04")
    data[header + 40 : header + 60] = b"\xff" * 20
    assert refusal(bytes(data)) == "its part “a.xml” is damaged"


def test_an_encrypted_part_is_refused():
    data = bytearray(container({"a.xml": b"<a/>"}))
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1  # the "encrypted" flag
    assert refusal(bytes(data)) == (
        "its part “a.xml” is encrypted or compressed in a way chitieu does not read"
    )


def test_bytes_that_are_no_zip_are_refused():
    assert refusal(b"this is not a workbook") == "the file is not a zip container"
