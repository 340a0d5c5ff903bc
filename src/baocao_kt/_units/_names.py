"""How unit names are compared, and what is suggested when one is not known.

Names are read forgivingly but never guessed: Unicode NFC, any run of spaces as one
space, any letter case (``M2``, ``Sào Bắc Bộ``). A name that is still unknown is an
error naming the closest known names, found with `difflib` with and without diacritics
(``hà`` is close to ``ha``).
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Mapping

from baocao_kt._text._input import shown
from baocao_kt._units._defaults import SCALE_WORDS
from baocao_kt._units._unit import Unit
from baocao_kt.errors import UnknownUnitError

#: The longest unit name, after `normalize` (the longest known, ``giấy chứng nhận quyền sử
#: dụng đất/hộ``, has 33): a longer text is no unit, and is refused without the work of
#: splitting it into units or comparing it with every known name.
MAX_NAME_CHARACTERS = 100
_CUTOFF = 0.7  # a name at least this similar (difflib's ratio) is suggested ...
_MARGIN = 0.15  # ... when it is nearly as close as the closest (not trường for triệu đồg)


def normalize(spelling: str) -> str:
    """A unit name as compared: NFC, each run of spaces one space, none around.

    >>> normalize(" triệu  đồng ")
    'triệu đồng'
    """
    return " ".join(unicodedata.normalize("NFC", spelling).split())


def plain(text: str) -> str:
    """``text`` casefolded, without diacritics: ``Triệu đồng`` → ``trieu dong``.

    >>> plain("Sào Trung Bộ")
    'sao trung bo'
    """
    decomposed = unicodedata.normalize("NFD", text.casefold()).replace("đ", "d")
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def is_scale_word(spelling: str) -> bool:
    """Whether ``spelling`` is a bare scale word (``triệu``, ``nghìn tỷ``).

    >>> is_scale_word("Triệu"), is_scale_word("triệu đồng")
    (True, False)
    """
    return normalize(spelling).casefold() in SCALE_WORDS


def closest(spelling: str, named: Mapping[str, Unit]) -> tuple[str, ...]:
    """The canonical names of the units whose spellings are closest, best first (≤ 3).

    ``named`` maps each casefolded spelling to its unit. A scale word suggests the units
    it starts (``triệu`` → ``triệu đồng``).
    """
    key = normalize(spelling).casefold()
    if len(key) > MAX_NAME_CHARACTERS:
        return ()
    if key in SCALE_WORDS:
        names = (unit.name for other, unit in named.items() if other.startswith(key + " "))
        return tuple(dict.fromkeys(names))[:3]
    bare = plain(key)
    scores: dict[str, float] = {}
    matcher = difflib.SequenceMatcher()
    for text in (key, bare):
        matcher.set_seq2(text)
        for other, unit in named.items():
            matcher.set_seq1(other if text is key else plain(other))
            if matcher.real_quick_ratio() >= _CUTOFF and matcher.quick_ratio() >= _CUTOFF:
                score = matcher.ratio()
                if score >= _CUTOFF and score > scores.get(unit.name, 0.0):
                    scores[unit.name] = score
    ranked = sorted(scores, key=lambda name: -scores[name])
    good = [name for name in ranked if scores[name] >= scores[ranked[0]] - _MARGIN]
    return tuple(good[:3])


def unknown_unit(
    spelling: str, suggestions: tuple[str, ...], *, number: bool = False
) -> UnknownUnitError:
    """The error for a unit name no unit of the catalog has, naming the closest ones.

    ``number`` says that the name is a quotient of known units of one kind (``ha/m²``).
    """
    text = normalize(spelling)
    did_you_mean = " or ".join(map(repr, suggestions))
    if number:
        reason = "divides units of one kind: it is a plain number, not a unit"
    elif not text:
        reason = "is not a unit: a quantity needs one, such as 'ha' or 'triệu đồng'"
    elif text.casefold() in SCALE_WORDS:
        reason = (
            f"is a scale word, not a unit: write its unit too ({did_you_mean}), or read "
            "a report's elided '50.520 triệu' with parse_quantity(text, implied_unit='đồng')"
        )
    elif len(text) > MAX_NAME_CHARACTERS:
        reason = f"is not a unit: a unit's name has at most {MAX_NAME_CHARACTERS} characters"
    elif "%" in text:
        reason = "is not a unit: read a percentage with parse_percent"
    elif suggestions:
        reason = (
            f"is not a unit of this catalog; did you mean {did_you_mean}? (to add a unit or "
            "a count noun, make a new catalog with with_unit or with_count)"
        )
    else:
        reason = (
            "is not a unit of this catalog, and no known unit is close; add it to a new "
            "catalog with with_unit or with_count"
        )
    return UnknownUnitError(
        f"{shown(spelling)} {reason}",
        text=spelling,
        position=0,
        unit=spelling,
        suggestions=suggestions,
        suggestion=suggestions[0] if suggestions else None,
    )
