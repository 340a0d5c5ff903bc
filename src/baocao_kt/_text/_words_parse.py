"""Vietnamese number words read back into a `Decimal`: the inverse of `number_to_words`.

People write numbers in words with regional and colloquial variants (``lẻ``, ``ngàn``,
``tỉ``, ``hai mươi tư``, ``một nghìn linh năm``), which are all read. What could mean two
numbers (``một nghìn năm``: 1.005 in writing, 1.500 in speech) is refused with the
position of the word and the written form, rather than guessed.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import NamedTuple

from baocao_kt._text._input import require_text, shown
from baocao_kt._values._limits import MAX_EXPONENT, MAX_TEXT_DIGITS, out_of_bounds, within_bounds
from baocao_kt.errors import BaoCaoError, MagnitudeError, ParseError

__all__ = ["words_to_number"]

_UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
_DIGITS = {"không": 0, **_UNITS}
_AFTER_LINH = {**_UNITS, "tư": 4}
_AFTER_TEN = {**_AFTER_LINH, "lăm": 5, "nhăm": 5}  # after mười: 14, 15
_AFTER_TENS = {**_AFTER_TEN, "mốt": 1}  # after hai mươi …: 21, 24, 25
_VARIANTS = {"mốt": "một", "tư": "bốn", "lăm": "năm", "nhăm": "năm"}
_CANONICAL = {"lẻ": "linh", "ngàn": "nghìn", "tỉ": "tỷ"}
_SCALE_RANKS = {"nghìn": 1, "triệu": 2}
_OTHER_WORDS = ("mười", "mươi", "trăm", "linh", "tỷ", "âm", "phẩy")
_VOCABULARY = frozenset([*_DIGITS, *_VARIANTS, *_CANONICAL, *_SCALE_RANKS, *_OTHER_WORDS])
_MISSPELLINGS = {"lẽ": "lẻ", "bẩy": "bảy"}  # lẽ: vietnam-number's spelling of lẻ
_WORD = re.compile(r"\S+")
#: Every whole number read is below this (the bounds of a figure): checked after each
#: ``tỷ``, so that ``một tỷ tỷ tỷ …`` is refused at once instead of growing without end.
_TOO_LARGE = 10 ** (MAX_EXPONENT + 1)


class _Token(NamedTuple):
    word: str  # NFC, lower case, as written
    key: str  # the canonical word (lẻ → linh, ngàn → nghìn, tỉ → tỷ)
    start: int  # index in the original text


def words_to_number(text: str) -> Decimal:
    """Read a number written in Vietnamese words; the inverse of `number_to_words`.

    Case and spacing do not matter and Unicode is normalised (NFC) first. The usual
    variants are read: ``linh``/``lẻ``, ``nghìn``/``ngàn``, ``tỷ``/``tỉ``, ``bốn``/``tư``,
    ``một``/``mốt`` after ``mươi``, ``năm``/``lăm``/``nhăm`` after ``mười``/``mươi``, and
    ``mười`` for ``mươi`` after a digit 2–9. A group after a scale may leave out ``không
    trăm`` (``một nghìn linh năm`` is 1.005), except between two ``tỷ``, where the
    scales would become ambiguous. ``tỷ`` is read recursively: whatever precedes the last
    ``tỷ`` is multiplied by 10^9. The digits after ``phẩy`` are kept as written, so
    ``mười hai phẩy năm mươi`` is ``Decimal("12.50")``.

    Only numbers are read: leave out the unit of `money_to_words` (``đồng``).

    Raises:
        ParseError: For an unknown word, a misplaced one, or a reading that could mean
            two numbers, such as a lone digit after a scale or after ``trăm``
            (``một nghìn năm``, ``một trăm năm``). It carries the position of the word
            and, when there is one, the likely intended text.

    >>> words_to_number("một nghìn không trăm linh năm")
    Decimal('1005')
    >>> words_to_number("Hai mươi tư ngàn lẻ năm")
    Decimal('24005')
    >>> words_to_number("âm mười hai phẩy không năm")
    Decimal('-12.05')
    >>> words_to_number("một nghìn năm")
    Traceback (most recent call last):
    ...
    baocao_kt.errors.ParseError: 'một nghìn năm' is not a number in words: 'năm' right \
after 'nghìn' could be 'nghìn không trăm linh năm' (as written) or 'nghìn năm trăm' (as \
spoken); write the group in full (position 10); did you mean 'một nghìn không trăm linh năm'?
    """
    require_text(text, "words_to_number", "một nghìn không trăm linh năm")
    return _Reader(text).read()


def _fold(word: str) -> str:
    """The word without diacritics: ``mười`` → ``muoi``, ``đồng`` → ``dong``."""
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _folded_vocabulary() -> dict[str, tuple[str, ...]]:
    """The words of the vocabulary by their form without diacritics (``muoi``: two)."""
    found: dict[str, tuple[str, ...]] = {}
    for word in sorted(_VOCABULARY - set(_VARIANTS)):
        found[_fold(word)] = (*found.get(_fold(word), ()), word)
    return found


_FOLDED = _folded_vocabulary()


class _Reader:
    """A recursive-descent reader over the words of one text."""

    def __init__(self, text: str, *, check: bool = True) -> None:
        self.text = text
        self.check = check  # whether a suggestion must itself be readable
        self.tokens: list[_Token] = []
        for match in _WORD.finditer(text):
            word = unicodedata.normalize("NFC", match.group()).lower()
            self.tokens.append(_Token(word, _CANONICAL.get(word, word), match.start()))

    def read(self) -> Decimal:
        tokens = self.tokens
        if not tokens:
            raise self._error(0, "there is no word; write a number such as 'hai mươi mốt'")
        for index, token in enumerate(tokens):
            if token.key not in _VOCABULARY:
                raise self._unknown(index)
        first = 1 if tokens[0].key == "âm" else 0
        commas = [i for i, token in enumerate(tokens) if token.key == "phẩy"]
        for index in range(first, len(tokens)):
            if tokens[index].key == "âm":
                raise self._error(index, "'âm' (minus) only starts a number")
        if len(commas) > 1:
            raise self._error(commas[1], "a number has one 'phẩy' at most")
        end = commas[0] if commas else len(tokens)
        if end == first:
            if first == len(tokens):
                raise self._error(first, "'âm' must be followed by a number")
            suggestion = self._replace(first, first, "không")
            raise self._error(first, "'phẩy' needs a whole part before it", suggestion)
        integer = self._integer(first, end)
        fraction = self._fraction(end + 1, len(tokens)) if commas else ()
        negative = first and (integer or any(fraction))  # "âm không" is a plain zero
        return self._number(negative=bool(negative), integer=integer, fraction=fraction, end=end)

    def _number(
        self, *, negative: bool, integer: int, fraction: tuple[int, ...], end: int
    ) -> Decimal:
        """The number read, if within the bounds of a figure; ``end`` is where its words end."""
        # Built from digit tuples: exact at any size, and str(int) is limited to 4300 digits.
        digits = Decimal(integer).as_tuple().digits + fraction
        if len(digits) > MAX_TEXT_DIGITS:
            raise self._magnitude(
                end,
                f"holds a number of {len(digits)} digits; a number has at most {MAX_TEXT_DIGITS}",
            )
        number = Decimal((1 if negative else 0, digits, -len(fraction)))
        if not within_bounds(number):
            raise self._magnitude(end, out_of_bounds(number), value=number)
        return number

    def _integer(self, start: int, end: int) -> int:
        """A whole number: segments below 10^9 separated by ``tỷ``."""
        if end - start == 1 and self.tokens[start].key == "không":
            return 0
        billions = [i for i in range(start, end) if self.tokens[i].key == "tỷ"]
        if billions and billions[0] == start:
            raise self._error(start, f"'{self.tokens[start].word}' needs a number before it")
        bounds = [start - 1, *billions, end]
        value = 0
        last = len(bounds) - 2
        for index in range(last + 1):
            low, high = bounds[index] + 1, bounds[index + 1]
            value = value * 10**9 + self._segment(low, high, index=index, last=last)
            if value >= _TOO_LARGE:
                raise self._magnitude(high, out_of_bounds(Decimal(value)), value=value)
        return value

    def _segment(self, start: int, end: int, *, index: int, last: int) -> int:
        """A number below 10^9: groups followed by ``triệu``, ``nghìn`` or nothing."""
        value = 0
        rank = 3
        previous = ""
        position = start
        while position < end:
            leading = index == 0 and position == start
            strict = 0 < index < last and position == start
            group, after, bare = self._group(position, end, leading=leading, strict=strict)
            if after < end:
                scale = self.tokens[after]
                new_rank = _SCALE_RANKS[scale.key]
                if new_rank >= rank:
                    problem = "is repeated" if new_rank == rank else f"cannot follow '{previous}'"
                    raise self._error(
                        after,
                        f"'{scale.word}' {problem}: scales go down (triệu, nghìn, then units)",
                    )
                previous = scale.word
            else:
                new_rank = 0
                if bare and not leading:
                    raise self._ambiguous(position)
            value += group * 1000**new_rank
            rank = new_rank
            position = after + 1
        return value

    def _group(self, start: int, end: int, *, leading: bool, strict: bool) -> tuple[int, int, bool]:
        """One group below 1000; returns its value, where it stops and whether it is bare."""
        tokens = self.tokens
        key = tokens[start].key
        position = start
        hundreds: int | None = None
        if key in _DIGITS and start + 1 < end and tokens[start + 1].key == "trăm":
            if key == "không" and leading:
                rest = self._replace(start, start + 2, "") or "không"
                raise self._error(
                    start,
                    f"'{tokens[start].word}' cannot start a number: 'không trăm' only "
                    "follows a larger group",
                    rest,
                )
            hundreds = _DIGITS[key]
            position += 2
        elif key in {"trăm", "nghìn", "triệu"}:
            raise self._error(start, f"'{tokens[start].word}' needs a digit before it")
        below, position, bare = self._below_hundred(position, end, hundreds, leading=leading)
        if position < end and tokens[position].key not in _SCALE_RANKS:
            word, before = tokens[position].word, tokens[position - 1].word
            suggestion = None
            if tokens[position].key in _VARIANTS:
                suggestion = self._replace(position, position + 1, _VARIANTS[tokens[position].key])
            raise self._error(position, f"'{word}' cannot follow '{before}'", suggestion)
        if hundreds == 0 and not below:
            raise self._error(
                start,
                f"'{tokens[start].word} trăm' alone is nothing: an all-zero group is left out",
            )
        if strict and hundreds is None:
            insert = "không trăm linh" if bare else "không trăm"
            raise self._error(
                start,
                f"'{tokens[start].word}' between two 'tỷ' must be read in full "
                f"('{insert} …'), or the scales are ambiguous",
                self._replace(start, start, insert),
            )
        return (hundreds or 0) * 100 + below, position, bare

    def _below_hundred(
        self, position: int, end: int, hundreds: int | None, *, leading: bool
    ) -> tuple[int, int, bool]:
        """What follows ``trăm`` (or starts a group without it): value, stop, bare digit."""
        tokens = self.tokens
        key = tokens[position].key if position < end else ""
        if key == "linh":
            if hundreds is None and leading:
                raise self._error(
                    position, f"'{tokens[position].word}' only follows 'trăm'", self._drop(position)
                )
            return self._unit_after(position, end, _AFTER_LINH), position + 2, False
        if key == "mười" or (
            key in _UNITS and position + 1 < end and tokens[position + 1].key in {"mươi", "mười"}
        ):
            if key == "một":
                suggestion = self._replace(position, position + 2, "mười")
                one, suffix = tokens[position].word, tokens[position + 1].word
                reason = f"ten is 'mười', not '{one}' followed by '{suffix}'"
                raise self._error(position, reason, suggestion)
            tens, allowed = (1, _AFTER_TEN) if key == "mười" else (_UNITS[key], _AFTER_TENS)
            position += 1 if key == "mười" else 2
            if position < end and tokens[position].key in allowed:
                return tens * 10 + allowed[tokens[position].key], position + 1, False
            return tens * 10, position, False
        if key in _DIGITS:
            return self._bare_digit(position, end, hundreds), position + 1, True
        if key in _VARIANTS:
            word = tokens[position].word
            suggestion = self._replace(position, position + 1, _VARIANTS[key])
            where = "after 'linh' or 'mươi'" if key == "tư" else "after 'mươi'"
            if key in {"lăm", "nhăm"}:
                where = "after 'mười' or 'mươi'"
            raise self._error(position, f"'{word}' is only read {where}", suggestion)
        if hundreds is None:
            word = tokens[position].word if position < end else ""
            raise self._error(position, f"'{word}' cannot start a number; a digit comes first")
        return 0, position, False

    def _bare_digit(self, position: int, end: int, hundreds: int | None) -> int:
        """A digit read alone, which is only a number when no ``trăm`` comes before it."""
        tokens = self.tokens
        word = tokens[position].word
        if position + 1 < end and tokens[position + 1].key == "trăm":
            raise self._error(position + 1, "a group has one 'trăm'; a scale is missing")
        if word == "không":
            raise self._error(position, "'không' is read alone or as 'không trăm'")
        if hundreds is not None:
            raise self._error(
                position,
                f"'{word}' right after 'trăm' needs 'linh' ('trăm linh {word}'), "
                f"or it is the tens ('trăm {word} mươi')",
                self._replace(position, position, "linh"),
            )
        return _UNITS[word]

    def _unit_after(self, position: int, end: int, allowed: dict[str, int]) -> int:
        after = position + 1
        key = self.tokens[after].key if after < end else ""
        if key in allowed:
            return allowed[key]
        linh = self.tokens[position].word
        suggestion = self._replace(after, after + 1, _VARIANTS[key]) if key in _VARIANTS else None
        found = f"'{self.tokens[after].word}'" if after < len(self.tokens) else "nothing"
        raise self._error(after, f"'{linh}' is followed by a digit 1–9, not {found}", suggestion)

    def _fraction(self, start: int, end: int) -> tuple[int, ...]:
        """The digits after ``phẩy``: each leading ``không`` is a 0, then a whole number."""
        if start == end:
            raise self._error(start - 1, "'phẩy' must be followed by the decimals")
        position = start
        tokens = self.tokens
        while position < end and tokens[position].key == "không":
            if position + 1 < end and tokens[position + 1].key == "trăm":
                break
            position += 1
        if position - start > MAX_TEXT_DIGITS:
            reason = f"holds more than {MAX_TEXT_DIGITS} decimals; a number has at most that many"
            raise self._magnitude(start + MAX_TEXT_DIGITS, reason)
        zeros = (0,) * (position - start)
        if position == end:
            return zeros
        return zeros + Decimal(self._integer(position, end)).as_tuple().digits

    def _ambiguous(self, position: int) -> ParseError:
        word = self.tokens[position].word
        scale = self.tokens[position - 1].word
        spoken = {"nghìn": "trăm", "ngàn": "trăm", "triệu": "trăm nghìn"}.get(scale, "trăm triệu")
        return self._error(
            position,
            f"'{word}' right after '{scale}' could be '{scale} không trăm linh {word}' "
            f"(as written) or '{scale} {word} {spoken}' (as spoken); write the group in full",
            self._replace(position, position, "không trăm linh"),
        )

    def _unknown(self, index: int) -> ParseError:
        token = self.tokens[index]
        correct = _correct(token.word)
        if correct:
            corrected = [_correct(other.word) for other in self.tokens]
            suggestion = " ".join(w for w in corrected if w) if all(corrected) else None
            message = f"'{token.word}' is not a number word; write '{correct}'"
            return self._error(index, message, suggestion)
        candidates = _FOLDED.get(_fold(token.word), ())
        if candidates:
            spelled = " or ".join(f"'{word}'" for word in candidates)
            return self._error(index, f"'{token.word}' is not a number word; write {spelled}")
        hint, suggestion = "", None
        if index and index == len(self.tokens) - 1:
            hint = " (words_to_number reads the number only, not its unit)"
            suggestion = self.text[: token.start].rstrip()
        return self._error(index, f"'{token.word}' is not a number word{hint}", suggestion)

    def _replace(self, start: int, end: int, words: str) -> str:
        """The text's words with ``tokens[start:end]`` replaced by ``words``."""
        kept = [token.word for token in self.tokens]
        return " ".join([*kept[:start], *([words] if words else []), *kept[end:]])

    def _drop(self, index: int) -> str:
        return self._replace(index, index + 1, "")

    def _magnitude(self, index: int, reason: str, *, value: object = None) -> MagnitudeError:
        """The error for a number beyond the bounds of a figure, read up to word ``index``."""
        position = self._position(index)
        return MagnitudeError(
            f"{shown(self.text)} (position {position}) {reason}",
            value=self.text if value is None else value,
        )

    def _position(self, index: int) -> int:
        """Where word ``index`` starts in the text, or where the text ends."""
        if index < len(self.tokens):
            return self.tokens[index].start
        return max(len(self.text.rstrip()), len(self.text) - len(self.text.lstrip()))

    def _error(self, index: int, reason: str, suggestion: str | None = None) -> ParseError:
        position = self._position(index)
        if not suggestion or (self.check and not _readable(suggestion)):
            suggestion = None
        hint = f"; did you mean {shown(suggestion)}?" if suggestion else ""
        return ParseError(
            f"{shown(self.text)} is not a number in words: {reason} (position {position}){hint}",
            text=self.text,
            position=position,
            suggestion=suggestion,
        )


def _readable(text: str) -> bool:
    """Whether ``text`` reads as a number (so that it can be suggested)."""
    try:
        _Reader(text, check=False).read()
    except BaoCaoError:  # a ParseError, or a MagnitudeError
        return False
    return True


def _correct(word: str) -> str | None:
    """The vocabulary word meant by ``word``, if it is one or a known misspelling of one."""
    if word in _VOCABULARY:
        return word
    folded = _FOLDED.get(_fold(word), ())
    return _MISSPELLINGS.get(word) or (folded[0] if len(folded) == 1 else None)
