"""Hypothesis strategies for hostile and careless input.

Values are what a careless person types (blanks, a date in the wrong order, an amount with the
wrong separators) and what a hostile client sends (NUL bytes, a hundred thousand characters,
numbers beyond the database's range, ids of other people's rows, tampered formset management
forms). ``submissions`` turns the data of a real form into a few such changes at once.

Every generated change has a short ``repr`` (long strings are shown as ``'x' * 100000``), so
that a failing example in the test report is itself the reproduction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from hypothesis import strategies as st

from tests.helpers import FormData

# ---------------------------------------------------------------------------------------------
# Values

HUGE = 100_000

BLANK = ["", " ", "   ", "\t", "\r\n", "\n\n\n", "\u00a0", "\u3000 \u2003"]
CONTROL = [
    "\x00",
    "a\x00b",
    "\x00" * 8,
    "\x01\x02\x03",
    "\x1b[31mrood\x1b[0m",
    "\x7f",
    "\x08\x0b\x0c",
]
UNICODE = [
    "😀" * 40,
    "\u202eesrever\u202c",
    "\u200b",
    "\ufeffBOM",
    "e\u0301" * 40,
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "ß" * 300,
    "ﷺ",
    "\U0010ffff",
    "\ufffd",
    "Fryslân",
    "'s-Hertogenbosch",
]
INJECTION = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' OR '1'='1",
    "'; DROP TABLE verbanden_samenwerkingsverband; --",
    "%s%s%s%n",
    "%(naam)s",
    "{0}{1}",
    "{{ 7*7 }}",
    "{% debug %}",
    "../../../etc/passwd",
    "\\",
    "null",
    "None",
    "[]",
    "javascript:alert(1)",
    "https://",
    "http://[::1",
    "//evil.example",
    "a" * 101,
    "a" * 256,
    "a" * 501,
]
DATES = [
    "31-12-9999",
    "01-01-0001",
    "30-02-2024",
    "2024-13-45",
    "abc",
    "00-00-0000",
    "29-02-2023",
    "31-12-99999",
    "1-1-10000",
    "0001-01-01",
    "9999-12-31",
    "01-01-00",
    "31/12/9999",
    "31.12.9999",
    "32-01-2024",
    "-01-01-2024",
    "1e3",
    "١٥-٠٦-٢٠٢٤",
    "15-06-2024 12:00",
    " 15-06-2024 ",
    "15\u201006\u20102024",
]
NUMBERS = [
    "1e5",
    "١٢٣",
    "-0",
    "NaN",
    "Infinity",
    "-Infinity",
    "9" * 40,
    "-" + "9" * 40,
    "0x10",
    "1_000",
    "1,5",
    "1.5",
    "€ 1.234,56",
    "1.234.567,89",
    "99999999999999.99",
    "1E+999999",
    "1e-7",
    "１２３",
    "+5",
    "5e-324",
    "sNaN",
    "∞",
    "½",
    "-1",
    ",-",
]
IDS = [
    str(2**63),
    str(2**63 - 1),
    str(2**64),
    str(10**30),
    str(-(2**63) - 1),
    "-1",
    "0",
    "1.0",
    "abc",
    " 1",
    "١",
]
# The ``pagina`` parameter of paged lists.
PAGES = ["abc", "-1", "0", "9" * 30, "last", "", "1.5", "١", str(2**63)]
# Values for a formset's TOTAL_FORMS.
TOTAL_FORMS = ["abc", "1.5", "-1", "100000", "", str(2**63), "١٢٣", "0"]


def _huge() -> st.SearchStrategy[str]:
    return st.builds(
        lambda char, size: char * size,
        st.sampled_from(["x", "é", "😀", "a\n", "\x00"]),
        st.sampled_from([HUGE, 1_001, 10_000]),
    )


def hostile_text() -> st.SearchStrategy[str]:
    """Any string at all: constants that broke forms before, random Unicode, huge strings."""
    return st.one_of(
        st.sampled_from(BLANK + CONTROL + UNICODE + INJECTION),
        st.text(st.characters(codec="utf-8"), max_size=30),
        _huge(),
    )


def hostile_dates() -> st.SearchStrategy[str]:
    """Out-of-range, impossible and malformed dates, and real ones in odd notations."""
    return st.one_of(
        st.sampled_from(DATES),
        st.dates().map(lambda d: f"{d.day:02d}-{d.month:02d}-{d.year:04d}"),
    )


def hostile_numbers() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(NUMBERS), st.integers().map(str))


def hostile_ids(real: list[str] | tuple[str, ...] = ()) -> st.SearchStrategy[str]:
    """Ids beyond any database's range, negative and malformed ids, and ids of other rows."""
    strategies = [st.sampled_from(IDS)]
    if real:
        strategies.append(st.sampled_from(sorted(real)))
    return st.one_of(*strategies)


def hostile_value(real_ids: tuple[str, ...] = ()) -> st.SearchStrategy[str]:
    return st.one_of(hostile_text(), hostile_dates(), hostile_numbers(), hostile_ids(real_ids))


# ---------------------------------------------------------------------------------------------
# Changes to a form


class ShortRepr:
    """Hypothesis prints dataclasses field by field; these print their own short ``repr``."""

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(repr(self))


def short(value: str) -> str:
    """A readable repr of a possibly huge value: ``'x' * 100000``."""
    if len(value) <= 60:
        return repr(value)
    for size in (1, 2):
        unit = value[:size]
        if unit * (len(value) // size) == value:
            return f"{unit!r} * {len(value) // size}"
    return f"{value[:30]!r} + ... ({len(value)} characters)"


@dataclass(frozen=True)
class SetField(ShortRepr):
    """Send ``value`` as the only value of ``name``."""

    name: str
    value: str

    def apply(self, data: FormData) -> None:
        data[self.name] = self.value

    def __repr__(self) -> str:
        return f"set {self.name}={short(self.value)}"


@dataclass(frozen=True)
class RepeatField(ShortRepr):
    """Send a single-valued field several times."""

    name: str
    values: tuple[str, ...]

    def apply(self, data: FormData) -> None:
        data[self.name] = list(self.values)

    def __repr__(self) -> str:
        return f"repeat {self.name}=[{', '.join(short(v) for v in self.values)}]"


@dataclass(frozen=True)
class DropField(ShortRepr):
    """Leave a field out, as a browser does with an unchecked box (or a tampering client)."""

    name: str

    def apply(self, data: FormData) -> None:
        data.pop(self.name, None)

    def __repr__(self) -> str:
        return f"drop {self.name}"


@dataclass(frozen=True)
class AddField(ShortRepr):
    """A field the form does not have."""

    name: str
    value: str

    def apply(self, data: FormData) -> None:
        data.add(self.name, self.value)

    def __repr__(self) -> str:
        return f"add {short(self.name)}={short(self.value)}"


@dataclass(frozen=True)
class Press(ShortRepr):
    """Submit with this button (a ``name=value`` pair that only the pressed button sends)."""

    name: str
    value: str

    def apply(self, data: FormData) -> None:
        data[self.name] = self.value

    def __repr__(self) -> str:
        return f"press {self.name}={self.value!r}"


MANAGEMENT_FIELDS = ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS")
ROW = re.compile(r"^(?P<prefix>.+?)-(?:\d+-.+|__prefix__-.+)$")


def management_prefix(name: str) -> str | None:
    """``deelnames`` for ``deelnames-TOTAL_FORMS``, else None."""
    prefix, _, suffix = name.rpartition("-")
    return prefix if prefix and suffix in MANAGEMENT_FIELDS else None


def row_prefix(name: str) -> str | None:
    """``deelnames`` for ``deelnames-3-gemeente``, else None."""
    match = ROW.match(name)
    return match.group("prefix") if match else None


@dataclass(frozen=True)
class Submission(ShortRepr):
    """A few changes to the data of a real form, applied in order."""

    changes: tuple = ()

    def apply(self, base: FormData) -> FormData:
        data = base.copy()
        for change in self.changes:
            change.apply(data)
        return data

    @property
    def tampered_prefixes(self) -> set[str]:
        """Formsets whose management form was changed or left out."""
        return {
            prefix
            for change in self.changes
            if isinstance(change, SetField | RepeatField | DropField | AddField)
            for prefix in [management_prefix(change.name)]
            if prefix
        }

    def __repr__(self) -> str:
        return "Submission(" + "; ".join(repr(c) for c in self.changes) + ")"


# Heuristics that pick the value family for a field from its name and widget.
DATE_NAME = re.compile(r"(_op|datum|date|_joined|last_login)(_\d)?$")
NUMBER_NAME = re.compile(r"(termijn|jaren|bijdrage|score|volgorde|inwoners|versie|aantal|FORMS)")
ID_NAME = re.compile(r"(^|-)(id|verband|evaluatie|partner|gemeente|criterium|vervolg_op)$")


@dataclass
class FormShape:
    """What ``submissions`` needs to know about a form (see ``harness.FormPage``)."""

    names: list[str]
    kinds: dict[str, str]
    options: dict[str, list[str]] = field(default_factory=dict)
    classes: dict[str, str] = field(default_factory=dict)
    buttons: list[tuple[str, str]] = field(default_factory=list)
    real_ids: tuple[str, ...] = ()
    initial_rows: dict[str, int] = field(default_factory=dict)


def field_values(shape: FormShape, name: str) -> st.SearchStrategy[str]:
    """Hostile values for ``name``, biased towards what its kind of field breaks on."""
    kind = shape.kinds.get(name, "text")
    css = shape.classes.get(name, "")
    families = []
    if shape.options.get(name):
        families.append(st.sampled_from(shape.options[name]))
    if DATE_NAME.search(name) or "vDateField" in css or "vTimeField" in css:
        families.append(hostile_dates())
    if NUMBER_NAME.search(name) or kind == "number" or "IntegerField" in css:
        families.append(hostile_numbers())
    if ID_NAME.search(name) or kind in ("select", "checkbox", "radio") or "vForeignKey" in css:
        families.append(hostile_ids(shape.real_ids))
    families.append(hostile_text())
    return st.one_of(*families)


def _management_changes(shape: FormShape, prefix: str) -> st.SearchStrategy:
    initial = shape.initial_rows.get(prefix, 0)
    # More rows than there are, fewer (stored rows then look new), and no number at all.
    wrong_initial = sorted(
        {str(initial + 1), str(initial + 5), "1000", "0", str(max(initial - 1, 0)), "abc", "-1"}
    ) + [str(2**63)]
    return st.one_of(
        st.sampled_from(TOTAL_FORMS).map(lambda v: SetField(f"{prefix}-TOTAL_FORMS", v)),
        st.sampled_from(wrong_initial).map(lambda v: SetField(f"{prefix}-INITIAL_FORMS", v)),
        st.sampled_from(MANAGEMENT_FIELDS).map(lambda f: DropField(f"{prefix}-{f}")),
        hostile_numbers().map(lambda v: SetField(f"{prefix}-MAX_NUM_FORMS", v)),
    )


@st.composite
def submissions(draw, shape: FormShape, *, max_changes: int = 3) -> Submission:
    """One to ``max_changes`` changes to a form's data, sometimes with a button pressed."""
    names = [n for n in shape.names if n != "csrfmiddlewaretoken"]
    prefixes = sorted({p for n in names if (p := management_prefix(n))})
    unknown_names = st.one_of(
        st.sampled_from(["id", "pk", "versie", "DELETE", "_save", "csrfmiddlewaretoken"]),
        st.sampled_from(BLANK + CONTROL + UNICODE + INJECTION),
    )
    kinds = [st.builds(AddField, unknown_names, hostile_value(shape.real_ids))]
    if names:
        one_value = st.sampled_from(names).flatmap(
            lambda n: field_values(shape, n).map(lambda v, n=n: SetField(n, v))
        )
        several_values = st.sampled_from(names).flatmap(
            lambda n: st.lists(field_values(shape, n), min_size=2, max_size=3).map(
                lambda vs, n=n: RepeatField(n, tuple(vs))
            )
        )
        # Most often: a hostile value in one field.
        kinds += [
            one_value,
            one_value,
            one_value,
            several_values,
            st.sampled_from(names).map(DropField),
        ]
    if prefixes:
        management = st.sampled_from(prefixes).flatmap(lambda p: _management_changes(shape, p))
        kinds += [management, management]
    changes = draw(st.lists(st.one_of(*kinds), min_size=1, max_size=max_changes))
    if shape.buttons and draw(st.booleans()):
        changes.append(Press(*draw(st.sampled_from(shape.buttons))))
    return Submission(tuple(changes))


# ---------------------------------------------------------------------------------------------
# Whatever Hypothesis draws: every field of a kind at once (``harness.FormPage.every``)

SWEEPS = {
    "typed over the limit": ("typed", lambda page, name: "a" * (page.limits.get(name, HUGE) + 1)),
    "typed huge": ("typed", lambda page, name: "x" * HUGE),
    "typed NUL byte": ("typed", lambda page, name: "a\x00b"),
    "ids not a number": ("id", lambda page, name: "abc"),
    "ids beyond any database": ("id", lambda page, name: str(2**64)),
    # A tampered management form: the stored rows of every formset sent as if they were new.
    "stored rows as new": ("initial", lambda page, name: "0"),
}


# ---------------------------------------------------------------------------------------------
# Query strings


# Raw query strings that are not what ``urlencode`` makes: broken escapes, invalid UTF-8.
RAW_QUERIES = [
    "q=%ff%fe",
    "%ff=1",
    "q=%",
    "q=%zz",
    "&&&",
    "=",
    "q",
    "q=%00",
    "pagina=%00",
    "a=1;b=2",
    "q=%e2%82",
    "q=%C0%AF",
    "q=%ED%A0%80",
    "q=" + "%41" * 5000,
]


@dataclass(frozen=True)
class Query(ShortRepr):
    """A query string, shown decoded and shortened."""

    text: str

    def __repr__(self) -> str:
        from urllib.parse import parse_qsl

        pairs = parse_qsl(self.text, keep_blank_values=True)
        if urlencode(pairs) != self.text:
            return f"raw query string {short(self.text)}"
        return "query " + ", ".join(f"{short(k)}={short(v)}" for k, v in pairs)


def queries(keys: list[str], valid: dict[str, list[str]]) -> st.SearchStrategy[Query]:
    """Query strings for a list page: see ``query_strings``, and raw ones (``RAW_QUERIES``)."""
    encoded = query_strings(keys, valid).map(lambda pairs: Query(urlencode(pairs)))
    return st.one_of(encoded, encoded, st.sampled_from(RAW_QUERIES).map(Query))


@st.composite
def query_strings(draw, keys: list[str], valid: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(key, value) pairs for a list page: its real filter names, repeated and hostile."""

    def values(key: str) -> st.SearchStrategy[str]:
        families = [hostile_value()]
        if valid.get(key):
            families.insert(0, st.sampled_from(valid[key]))
        if key == "pagina":
            families.insert(0, st.sampled_from(PAGES))
        return st.one_of(*families)

    key = st.one_of(st.sampled_from(keys), st.sampled_from(keys), hostile_text())
    pairs = draw(
        st.lists(
            key.flatmap(
                lambda k: st.lists(values(k), min_size=1, max_size=3).map(
                    lambda vs, k=k: [(k, v) for v in vs]
                )
            ),
            min_size=1,
            max_size=4,
        )
    )
    return [pair for group in pairs for pair in group]


# ---------------------------------------------------------------------------------------------
# Valid but extreme values

EXTREME_DATES = [
    "01-01-0001",
    "31-12-9999",
    "01-01-1000",
    "01-01-1800",
    "31-12-2999",
    "31-12-2199",
    "29-02-2000",
    "01-01-1900",
]


def extreme_dates() -> st.SearchStrategy[str]:
    """Far past and far future dates (the form may refuse some; the test accepts that)."""
    return st.one_of(
        st.sampled_from(EXTREME_DATES),
        st.dates().map(lambda d: f"{d.day:02d}-{d.month:02d}-{d.year:04d}"),
    )


def text_of_length(size: int) -> st.SearchStrategy[str]:
    """Exactly ``size`` characters: a field filled up to its maximum length."""
    return st.one_of(
        st.sampled_from(["W", "é", "😀", "ß", "a b", "<&>"]).map(
            lambda unit: (unit * size)[:size].strip() or "W" * size
        ),
        st.text(
            st.characters(codec="utf-8", categories=["L", "N", "P", "S"]),
            min_size=size,
            max_size=size,
        ),
    )


def long_text() -> st.SearchStrategy[str]:
    """A long text of many lines (a text field has no maximum length)."""
    return st.sampled_from([10_000, HUGE]).map(
        lambda size: (
            "Samenwerking van gemeenten in de regio, met \u201cbijzondere\u201d tekens.\n" * size
        )[:size]
    )
