"""`UnitCatalog`: the units a report names, their spellings, and the algebra of units.

A catalog is immutable. The default one is built on first use and shared; to add a unit
or a count noun, make a new catalog from it (`UnitCatalog.with_unit`,
`UnitCatalog.with_count`, `UnitCatalog.with_alias`): the default stays as it was, for
every other caller. A product or quotient of known units (``tạ/ha``, ``triệu đồng/hộ``,
``ha²``) is a derived unit; its size is computed exactly from its parts.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from fractions import Fraction

import attrs

from baocao_kt._text._input import require_text
from baocao_kt._units._defaults import Definition, default_definitions
from baocao_kt._units._names import (
    MAX_NAME_CHARACTERS,
    closest,
    is_scale_word,
    normalize,
    unknown_unit,
)
from baocao_kt._units._reading import QuantityLike, read_quantity
from baocao_kt._units._unit import Unit, dimension_of, factor_of, name_of
from baocao_kt.errors import OptionError, UnknownUnitError, ValueKindError

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: The most superscript digits of a power (``m²``, ``ha⁹⁹``); more is no unit of a report.
_MAX_POWER_DIGITS = 2
_FROM_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_NOT_FIRST = frozenset("0123456789+-−.,[")


@attrs.frozen(repr=False, cache_hash=True)
class UnitCatalog:
    """The units that quantities may have, by their Vietnamese names and usual spellings.

    `UnitCatalog.default` holds money (đồng to nghìn tỷ đồng), length and area (m, km,
    m², ha, km², sào, mẫu, sào Trung Bộ, công), mass (g, kg, yến, tạ, tấn) and the usual
    count nouns (hộ, người, hồ sơ, giấy chứng nhận, lượt, vụ việc, trường hợp, cơ sở,
    con, …). Any product or quotient of them is read too (``tạ/ha``).

    A catalog never changes. `with_unit`, `with_count` and `with_alias` return a new
    catalog with one more unit or spelling; the catalog they start from, the default one
    included, is left as it was.

    >>> local = UnitCatalog.default().with_unit("thước", "24 m²").with_count("lượt khách")
    >>> local.unit("thước"), "thước" in UnitCatalog.default()
    (Unit('thước'), False)
    """

    _definitions: tuple[Definition, ...] = attrs.field(alias="definitions")
    _named: dict[str, Unit] = attrs.field(init=False, eq=False)  # casefolded → named unit
    _spellings: dict[str, Unit] = attrs.field(init=False, eq=False)  # as written → unit
    _derived: dict[str, Unit] = attrs.field(init=False, eq=False)  # name → derived unit
    _products: dict[tuple[Unit, Unit, int], tuple[Unit | None, Fraction]] = attrs.field(
        init=False, eq=False
    )

    def __attrs_post_init__(self) -> None:
        named: dict[str, Unit] = {}
        spellings: dict[str, Unit] = {}
        for definition in self._definitions:
            unit = Unit(definition.name, definition.dimension, definition.factor, (), self)
            for spelling in (definition.name, *definition.aliases):
                key = normalize(spelling).casefold()
                if key in named:
                    raise OptionError(
                        f"{spelling!r} is a spelling of both {named[key].name!r} and "
                        f"{definition.name!r}; a spelling names one unit",
                        option="definitions",
                        value=spelling,
                    )
                named[key] = spellings[spelling] = unit
        object.__setattr__(self, "_named", named)
        object.__setattr__(self, "_spellings", spellings)
        object.__setattr__(self, "_derived", {})
        object.__setattr__(self, "_products", {})

    @classmethod
    def default(cls) -> UnitCatalog:
        """The catalog of the units Vietnamese reports use, built once, on first use.

        >>> UnitCatalog.default().unit("m2")
        Unit('m²')
        """
        return _default_catalog()

    @property
    def units(self) -> tuple[Unit, ...]:
        """The named units, in the order they were defined (derived units are not listed)."""
        return tuple(dict.fromkeys(self._named.values()))

    def spellings(self, unit: str | Unit) -> tuple[str, ...]:
        """The canonical name of a named unit, then its other spellings.

        >>> UnitCatalog.default().spellings("triệu đồng")
        ('triệu đồng', 'tr.đ', 'tr. đ', 'trđ', 'tr đ', 'tr.đồng', 'triệu đ')
        """
        name = unit.name if isinstance(unit, Unit) else self.unit(unit).name
        for definition in self._definitions:
            if definition.name == name:
                return (definition.name, *definition.aliases)
        return (name,)

    def unit(self, spelling: str) -> Unit:
        """The unit a name denotes, in any of its spellings, or a derived unit.

        Raises:
            UnknownUnitError: No unit of this catalog has that name; its ``suggestions``
                are the closest names that do.

        >>> catalog = UnitCatalog.default()
        >>> catalog.unit("tr.đ"), catalog.unit("tạ/héc-ta"), catalog.unit("Sào Bắc Bộ")
        (Unit('triệu đồng'), Unit('tạ/ha'), Unit('sào'))
        >>> catalog.unit("triệu đồg")
        Traceback (most recent call last):
        ...
        baocao_kt.errors.UnknownUnitError: 'triệu đồg' is not a unit of this catalog; \
did you mean 'triệu đồng'? (to add a unit or a count noun, make a new catalog with \
with_unit or with_count)
        """
        found = self._spellings.get(spelling) if type(spelling) is str else None
        if found is None:
            found = self.find(spelling)
            if found is None:
                raise self.unknown(spelling)
            self._spellings[spelling] = found
        return found

    def find(self, spelling: str) -> Unit | None:
        """Like `unit`, but ``None`` for a name that is not known.

        >>> UnitCatalog.default().find("hộ"), UnitCatalog.default().find("hồ")
        (Unit('hộ'), None)
        """
        found = self._spellings.get(require_text(spelling, "UnitCatalog.unit", "ha"))
        if found is not None:
            return found
        text = normalize(spelling)
        found = self._named.get(text.casefold())
        if found is not None or not text or len(text) > MAX_NAME_CHARACTERS:
            return found
        terms = self._terms(text)
        unit = None if terms is None else self._literal(terms)
        return unit if unit is not None and unit.dimension else None  # ha/m² is a number

    def __contains__(self, spelling: object) -> bool:
        return isinstance(spelling, str) and self.find(spelling) is not None

    def product(self, left: Unit, right: Unit, exponent: int = 1) -> tuple[Unit | None, Fraction]:
        """The unit of ``left × right ** exponent``, and the exact number to multiply by.

        Units of one dimension merge into the first of them (``tạ/ha × m²`` is in ``tạ``,
        the number is 1/10.000); a unit with no dimension left is ``None``, the result a
        plain number. Exponent 1 multiplies, -1 divides.

        >>> catalog = UnitCatalog.default()
        >>> catalog.product(catalog.unit("tạ/ha"), catalog.unit("ha"))
        (Unit('tạ'), Fraction(1, 1))
        >>> catalog.product(catalog.unit("ha"), catalog.unit("m²"), -1)
        (None, Fraction(10000, 1))
        """
        key = (left, right, exponent)
        found = self._products.get(key)
        if found is None:
            terms = [*left.terms, *((unit, power * exponent) for unit, power in right.terms)]
            found = self._products[key] = self._simplify(terms)
        return found

    def with_unit(
        self, name: str, definition: str | QuantityLike, *, aliases: Iterable[str] = ()
    ) -> UnitCatalog:
        """A new catalog with one more unit, defined as a quantity of a known one.

        Args:
            name: The canonical name (not a spelling this catalog knows already).
            definition: How big one of it is: text such as ``"24 m²"`` or ``"1.296 m²"``
                (Vietnamese notation, read by this catalog) or a `Quantity`.
            aliases: Other spellings of the name.

        Raises:
            OptionError: The name or an alias is taken, or is not a name; the size is
                not positive.

        >>> local = UnitCatalog.default().with_unit("công tầm lớn", "1.296 m²")
        >>> Quantity(3, local.unit("công tầm lớn")).to("m²")
        Quantity('3888', 'm²')
        """
        if isinstance(definition, str):
            magnitude, unit = read_quantity(self, definition)
        elif isinstance(getattr(definition, "unit", None), Unit):
            magnitude, unit = definition.magnitude, definition.unit
        else:
            raise ValueKindError(
                f"definition={definition!r} is not a quantity; pass text such as '24 m²' "
                "or a Quantity",
                value=definition,
            )
        if magnitude <= 0:
            raise OptionError(
                f"definition={definition!r} is not a size a unit can have; give a positive "
                "quantity such as '24 m²'",
                option="definition",
                value=definition,
            )
        names = self._new_names(name, aliases)
        factor = Fraction(magnitude) * unit.factor
        return self._plus(Definition(names[0], names[1:], unit.dimension, factor))

    def with_count(self, noun: str, *, aliases: Iterable[str] = ()) -> UnitCatalog:
        """A new catalog with one more count noun: a dimension of its own.

        >>> local = UnitCatalog.default().with_count("lượt khách", aliases=["lượt du khách"])
        >>> Quantity(120, local.unit("lượt du khách"))
        Quantity('120', 'lượt khách')
        """
        names = self._new_names(noun, aliases)
        return self._plus(Definition(names[0], names[1:], ((names[0], 1),), Fraction(1)))

    def with_alias(self, spelling: str, unit: str) -> UnitCatalog:
        """A new catalog where ``spelling`` is one more name of the named unit ``unit``.

        >>> local = UnitCatalog.default().with_alias("triệu VNĐ", "triệu đồng")
        >>> local.unit("triệu VNĐ")
        Unit('triệu đồng')
        """
        target = self.unit(unit).name
        (alias,) = self._new_names(spelling, ())
        definitions = tuple(
            attrs.evolve(d, aliases=(*d.aliases, alias)) if d.name == target else d
            for d in self._definitions
        )
        if definitions == self._definitions:
            raise OptionError(
                f"{unit!r} is a derived unit; an alias names a unit of the catalog",
                option="unit",
                value=unit,
            )
        return UnitCatalog(definitions)

    def unknown(self, spelling: str) -> UnknownUnitError:
        """The error for a name no unit of this catalog has, naming the closest ones."""
        text = normalize(spelling) if isinstance(spelling, str) else ""
        if len(text) > MAX_NAME_CHARACTERS:
            return unknown_unit(spelling, ())
        number = "/" in text and self._terms(text) is not None  # ha/m², hộ/hộ
        return unknown_unit(spelling, () if number else self.suggest(spelling), number=number)

    def suggest(self, spelling: str) -> tuple[str, ...]:
        """The known unit names closest to ``spelling``, best first (at most three).

        >>> UnitCatalog.default().suggest("triệu đồg"), UnitCatalog.default().suggest("tạ/hà")
        (('triệu đồng',), ('tạ/ha',))
        """
        text = normalize(spelling)
        if len(text) > MAX_NAME_CHARACTERS:
            return ()
        if "/" not in text and "·" not in text:
            return closest(text, self._named)
        parts = []
        for part in text.split("/"):
            pieces = []
            for piece in (piece.strip() for piece in part.split("·")):
                if piece != "1" and self._term(piece) is None:
                    best = closest(piece, self._named)
                    if not best:
                        return ()
                    piece = best[0]  # noqa: PLW2901 - the corrected piece
                pieces.append(piece)
            parts.append("·".join(pieces))
        return ("/".join(parts),)

    def __repr__(self) -> str:
        units = self.units
        shown = ", ".join(unit.name for unit in units[:5])
        return f"<UnitCatalog of {len(units)} units: {shown}, …>"

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        if self == _default_catalog():  # by its public name: a pickle names no private module
            return UnitCatalog.default, ()
        return UnitCatalog, (self._definitions,)

    def _plus(self, definition: Definition) -> UnitCatalog:
        return UnitCatalog((*self._definitions, definition))

    def _new_names(self, name: str, aliases: Iterable[str]) -> tuple[str, ...]:
        """The name and aliases, normalized, if each is a name and none is taken."""
        names: list[str] = []
        for spelling in (name, *([aliases] if isinstance(aliases, str) else aliases)):
            text = normalize(require_text(spelling, "UnitCatalog.with_unit", "thước"))
            key = text.casefold()
            problem = None
            if not text or text[0] in _NOT_FIRST or "/" in text or "·" in text:
                problem = (
                    "is not a unit name: it must not be empty, start like a number or hold / or ·"
                )
            elif len(text) > MAX_NAME_CHARACTERS:
                problem = f"is not a unit name: a name has at most {MAX_NAME_CHARACTERS} characters"
            elif is_scale_word(key):
                problem = "is a scale word; write the unit it scales, such as 'triệu người'"
            elif key in self._named:
                problem = f"is already a spelling of {self._named[key].name!r} in this catalog"
            elif any(key == other.casefold() for other in names):
                problem = "is given twice"
            if problem:
                raise OptionError(f"{spelling!r} {problem}", option="name", value=spelling)
            names.append(text)
        return tuple(names)

    def _terms(self, text: str) -> list[tuple[Unit, int]] | None:
        """The units and exponents of a derived unit's name, or ``None``."""
        head, *below = text.split("/")
        terms: list[tuple[Unit, int]] = []
        pieces = [(piece, 1) for piece in head.split("·")] if head.strip() != "1" else []
        pieces += [(piece, -1) for part in below for piece in part.split("·")]
        for piece, sign in pieces:
            term = self._term(piece.strip())
            if term is None:
                return None
            terms.append((term[0], sign * term[1]))
        return terms

    def _term(self, piece: str) -> tuple[Unit, int] | None:
        unit = self._named.get(piece.casefold())
        if unit is not None:
            return unit, 1
        # A name, maybe in parentheses, then a power in superscript digits: ``(ha)²``.
        # Read from the end by stripping, not by a backtracking pattern: linear in time.
        name = piece.rstrip(_SUPERSCRIPTS)
        power = piece[len(name) :]
        if not power or not name or len(power) > _MAX_POWER_DIGITS:
            return None
        if len(name) > 1 and name[0] == "(":
            name = name[1:]
        if len(name) > 1 and name[-1] == ")":
            name = name[:-1]
        unit = self._named.get(name.strip().casefold())
        exponent = int(power.translate(_FROM_SUPERSCRIPTS))
        return None if unit is None or not exponent else (unit, exponent)

    def _literal(self, terms: Iterable[tuple[Unit, int]]) -> Unit | None:
        """The unit with exactly these terms (equal units summed), ``None`` if none are left."""
        exponents: dict[Unit, int] = {}
        for unit, exponent in terms:
            exponents[unit] = exponents.get(unit, 0) + exponent
        kept = [(unit, power) for unit, power in exponents.items() if power > 0]
        kept += [(unit, power) for unit, power in exponents.items() if power < 0]
        if not kept:
            return None
        if len(kept) == 1 and kept[0][1] == 1:
            return kept[0][0]
        name = name_of(kept)
        found = self._derived.get(name)
        if found is None:
            dimension, factor = dimension_of(kept), factor_of(kept)
            found = self._named.get(name.casefold())
            if found is None or (found.dimension, found.factor) != (dimension, factor):
                found = Unit(name, dimension, factor, tuple(kept), self)
            self._derived[name] = found
        return found

    def _simplify(self, terms: list[tuple[Unit, int]]) -> tuple[Unit | None, Fraction]:
        """Merge units of one dimension into the first of them; see `product`."""
        units: list[Unit] = []
        powers: list[int] = []
        multiplier = Fraction(1)
        for unit, exponent in terms:
            for index, into in enumerate(units):
                if into.dimension == unit.dimension:
                    multiplier *= (unit.factor / into.factor) ** exponent
                    powers[index] += exponent
                    break
            else:
                units.append(unit)
                powers.append(exponent)
        kept = [(unit, power) for unit, power in zip(units, powers, strict=True) if power]
        if not kept:
            return None, multiplier
        lead, power = kept[0]
        if len(kept) > 1 and power == 1 and lead.dimension == dimension_of(kept):
            return lead, multiplier * factor_of(kept) / lead.factor
        return self._literal(kept), multiplier


@functools.cache
def _default_catalog() -> UnitCatalog:
    return UnitCatalog(default_definitions())
