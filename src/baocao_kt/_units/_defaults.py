"""The units of the default catalog: what Vietnamese socio-economic reports write.

Sizes are exact, in Vietnamese notation as a reader checks them. The traditional
measures of area follow DOMAIN.md (regional, from secondary sources): sào Bắc Bộ 360 m²,
mẫu Bắc Bộ 10 sào, sào Trung Bộ 500 m², công Nam Bộ 1.000 m².
"""

from __future__ import annotations

from fractions import Fraction
from typing import TypeAlias

import attrs

from baocao_kt._text._numbers import read_number
from baocao_kt._units._unit import Dimension, combine_dimensions

#: A measure: its name, other spellings, and either its size in an earlier unit
#: (``"10.000", "m²"``) or ``None`` and the base dimension it starts (``"[money]"``).
Measure: TypeAlias = tuple[str, tuple[str, ...], str | None, str]

MEASURES: tuple[Measure, ...] = (
    # Money: đồng and its scales (no currency conversion; a Quantity of money is VND).
    ("đồng", ("đ", "VND", "VNĐ"), None, "[money]"),
    ("nghìn đồng", ("ngàn đồng", "nghìn đ", "ngàn đ"), "1.000", "đồng"),
    ("triệu đồng", ("tr.đ", "tr. đ", "trđ", "tr đ", "tr.đồng", "triệu đ"), "1.000.000", "đồng"),
    ("tỷ đồng", ("tỉ đồng", "tỷ đ", "tỉ đ"), "1.000.000.000", "đồng"),
    ("nghìn tỷ đồng", ("nghìn tỉ đồng", "ngàn tỷ đồng", "ngàn tỉ đồng"), "1.000", "tỷ đồng"),
    # Foreign currency: exact between its own scales, never mixed with đồng (no exchange
    # rate is a constant: converting is the caller's decision, at the rate of a date).
    ("USD", ("đô la Mỹ", "đô-la Mỹ", "US$"), None, "[usd]"),
    ("nghìn USD", ("ngàn USD",), "1.000", "USD"),
    ("triệu USD", (), "1.000.000", "USD"),
    ("tỷ USD", ("tỉ USD",), "1.000.000.000", "USD"),
    # Length and area.
    ("m", ("mét",), None, "[length]"),
    ("km", ("ki-lô-mét", "cây số"), "1.000", "m"),
    ("m²", ("m2", "m^2", "mét vuông"), "1", "m·m"),
    ("ha", ("héc-ta", "hécta", "hecta", "héc ta"), "10.000", "m²"),
    ("km²", ("km2", "km^2", "ki-lô-mét vuông", "cây số vuông"), "1.000.000", "m²"),
    ("sào", ("sào Bắc Bộ",), "360", "m²"),
    ("mẫu", ("mẫu Bắc Bộ",), "10", "sào"),
    ("sào Trung Bộ", (), "500", "m²"),
    ("công", ("công Nam Bộ",), "1.000", "m²"),
    # Mass (yield, tạ/ha, is derived: any unit divided by another is read).
    ("kg", ("ki-lô-gam", "kilôgam", "kilogam"), None, "[mass]"),
    ("g", ("gam",), "0,001", "kg"),
    ("yến", (), "10", "kg"),
    ("tạ", (), "100", "kg"),
    ("tấn", (), "1.000", "kg"),
    # Time, for rates per period (triệu đồng/người/năm): a year is twelve months exactly.
    ("tháng", (), None, "[time]"),
    ("năm", (), "12", "tháng"),
)

#: Count nouns with other spellings. Each is its own dimension: hộ never adds to người.
COUNTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("hộ", ("hộ gia đình",)),
    ("người", ()),
    ("nhân khẩu", ()),
    ("lao động", ()),
    ("hồ sơ", ()),
    ("giấy chứng nhận", ("GCN",)),
    ("giấy phép", ()),
    ("lượt", ()),
    ("vụ việc", ()),
    ("vụ", ()),
    ("trường hợp", ()),
    ("cơ sở", ()),
    ("doanh nghiệp", ("DN",)),
    ("hợp tác xã", ("HTX",)),
    ("dự án", ()),
    ("công trình", ()),
    ("con", ()),
    ("cây", ()),
    ("thửa", ()),
    ("căn", ()),
    ("căn hộ", ()),
    ("cái", ()),
    ("chiếc", ()),
    ("phương tiện", ()),
    ("trường", ()),
    ("lớp", ()),
    ("học sinh", ()),
    ("ca", ()),
    ("liều", ()),
    ("suất", ()),
    ("cuộc", ()),
    ("buổi", ()),
    ("lần", ()),
    ("văn bản", ()),
    ("đơn", ()),
    ("thủ tục", ()),
    ("đảng viên", ()),
    ("hội viên", ()),
    ("thôn", ()),
    ("tổ dân phố", ()),
)

#: Scale words a report writes without their unit (``50.520 triệu``), casefolded.
SCALE_WORDS = frozenset(
    {"nghìn", "ngàn", "triệu", "tỷ", "tỉ", "nghìn tỷ", "nghìn tỉ", "ngàn tỷ", "ngàn tỉ"}
)


@attrs.frozen
class Definition:
    """One named unit of a catalog: its spellings, its dimension and its exact size."""

    name: str
    aliases: tuple[str, ...]
    dimension: Dimension
    factor: Fraction


def default_definitions() -> tuple[Definition, ...]:
    """The definitions of the default catalog, sizes exact.

    >>> [d.factor for d in default_definitions() if d.name in ("mẫu", "g")]
    [Fraction(3600, 1), Fraction(1, 1000)]
    """
    known: dict[str, Definition] = {}
    for name, aliases, size, of in MEASURES:
        dimension: Dimension
        if size is None:
            dimension, factor = ((of, 1),), Fraction(1)
        else:
            parts = [known[part] for part in of.split("·")]
            dimension = combine_dimensions((part.dimension, 1) for part in parts)
            factor = Fraction(read_number(size, 0, len(size)))
            for part in parts:
                factor *= part.factor
        known[name] = Definition(name, aliases, dimension, factor)
    counts = (Definition(noun, aliases, ((noun, 1),), Fraction(1)) for noun, aliases in COUNTS)
    return (*known.values(), *counts)
