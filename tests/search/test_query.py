"""The search box parser: what a typed query means, and that nothing typed can break out of it.

These are pure unit tests, without a database. That PostgreSQL accepts the queries built by
``postgres_query``, and that they mean the same as the SQLite fallback, is checked in
``test_search_both_databases``; here only their structure is checked, and that every piece of
typed text becomes a query parameter.
"""

from __future__ import annotations

import json
import re

import pytest
from django.contrib.postgres.search import CombinedSearchQuery, SearchConfig, SearchQuery
from django.db.models import Value
from django.db.models.sql import Query as SQLQuery
from django.db.utils import ConnectionHandler

from kennisbank.models import Publicatie
from samenwerking.search import Query, parse
from samenwerking.search.backends import postgres_query
from samenwerking.search.config import TS_CONFIG
from samenwerking.search.query import MAX_LENGTH, MAX_TERMS, MIN_PREFIX, Term
from samenwerking.search.text import GAP


def shape(query: Query) -> list[list[str]]:
    """The clauses, each a list of alternatives, in a notation for these tests only.

    ``word*`` matches as a prefix, ``word`` exactly, ``"a b"`` is a phrase (its folded words),
    and ``-`` marks an exclusion.
    """

    def notation(term: Term) -> str:
        if term.is_phrase:
            text = '"' + " ".join(term.words) + '"'
        else:
            assert len(term.words) == 1, term
            text = term.words[0] + ("*" if term.prefix else "")
        return f"-{text}" if term.negated else text

    return [[notation(term) for term in clause] for clause in query.clauses]


# ---------------------------------------------------------------------------------------------
# Words, prefixes and phrases


def test_single_word_matches_as_prefix():
    """Dutch glues words together: "samenwerking" must also find "samenwerkingsverbanden"."""
    query = parse("samenwerking")
    assert query
    (term,) = query.terms
    assert term == Term(("samenwerking",))
    assert term.prefix
    assert not term.is_phrase
    assert not term.negated
    assert term.stems == ("samenwerk",)
    assert shape(query) == [["samenwerking*"]]
    assert query.fuzzy_words == ("samenwerking",)


def test_prefix_highlights_both_stem_and_word():
    """ "raad" finds "raadsleden", whose stem "raadsled" does not start with "rad"."""
    query = parse("raad")
    (term,) = query.terms
    assert term.prefix
    assert term.stems == ("rad",)
    assert ("rad", True) in query.highlight
    assert ("raad", True) in query.highlight
    assert query.highlight == [("rad", True), ("raad", True)]


def test_words_are_folded_and_all_required():
    query = parse("Fryslân Samenwerking")
    assert shape(query) == [["fryslan*"], ["samenwerking*"]]
    assert query.fuzzy_words == ("fryslan", "samenwerking")


def test_hyphenated_word_is_two_required_words():
    query = parse("Súdwest-Fryslân")
    assert shape(query) == [["sudwest*"], ["fryslan*"]]
    assert query.fuzzy_words == ("sudwest", "fryslan")


def test_short_words_are_not_prefixes():
    """ "jz" as a prefix would match every word starting with those letters."""
    query = parse("jz 12")
    assert shape(query) == [["jz"], ["12"]]
    assert not any(term.prefix for term in query.terms)
    # Not a prefix, so only the stem is marked.
    assert query.highlight == [("jz", False), ("12", False)]
    assert shape(parse("wmo")) == [["wmo*"]]
    assert len("wmo") == MIN_PREFIX


def test_phrase_is_exact_and_in_order():
    query = parse('"sociaal domein"')
    (clause,) = query.clauses
    (term,) = clause
    assert term.is_phrase
    assert not term.prefix
    assert term.phrase == "sociaal domein"
    assert term.words == ("sociaal", "domein")
    assert shape(query) == [['"sociaal domein"']]
    assert query.highlight == [("sociaal", False), ("domein", False)]


def test_quoted_single_word_is_an_exact_phrase():
    query = parse('"afval"')
    (term,) = query.terms
    assert term.is_phrase
    assert not term.prefix
    assert term.phrase == "afval"
    assert shape(query) == [['"afval"']]
    assert query.highlight == [("afval", False)]


def test_phrase_keeps_the_text_as_typed():
    """PostgreSQL parses the phrase like the documents, so the accents and hyphen stay."""
    query = parse('"gemeente Súdwest-Fryslân"')
    (term,) = query.terms
    assert term.is_phrase
    assert term.phrase == "gemeente Súdwest-Fryslân"
    assert term.words == ("gemeente", "sudwest", "fryslan")
    assert term.stems == ("gemeent", "sudwest", "fryslan")
    assert len(query.clauses) == 1


def test_phrase_whitespace_is_normalised():
    (term,) = parse('"sociaal \t  domein "').terms
    assert term.phrase == "sociaal domein"


def test_phrase_keeps_inner_stop_words_as_gaps():
    """ "raad van state" must not match "raad state" nor "state van raad"."""
    query = parse('"Raad van State"')
    (term,) = query.terms
    assert term.phrase == "Raad van State"
    assert term.words == ("raad", "van", "state")
    assert term.stems == ("rad", GAP, "stat")
    # The gap is never highlighted: it is not a word of the document.
    assert query.highlight == [("rad", False), ("stat", False)]


def test_phrase_drops_stop_words_at_its_ends():
    query = parse('"de gemeente van"')
    (term,) = query.terms
    assert term.words == ("gemeente",)
    # Still a phrase, and exact: PostgreSQL drops the stop words from the text itself.
    assert term.is_phrase
    assert not term.prefix
    assert shape(query) == [['"gemeente"']]
    assert query.highlight == [("gemeent", False)]


def test_unclosed_phrase_runs_to_the_end():
    query = parse('afval "sociaal domein')
    assert shape(query) == [["afval*"], ['"sociaal domein"']]
    assert query.terms[1].phrase == "sociaal domein"


# ---------------------------------------------------------------------------------------------
# Exclusion and or


def test_exclusion_is_exact_not_prefix():
    """ "-raad" must not also throw out everything about "raadsleden"."""
    query = parse("afval -reiniging")
    assert shape(query) == [["afval*"], ["-reiniging"]]
    excluded = query.clauses[1][0]
    assert excluded.negated
    assert not excluded.prefix
    assert excluded.stems == ("reinig",)
    # An exclusion asks for precision: no approximate name matches.
    assert query.fuzzy_words == ()
    # Excluded words are not marked.
    assert query.highlight == [("afval", True)]


def test_excluded_phrase():
    query = parse('afval -"sociaal domein"')
    assert shape(query) == [["afval*"], ['-"sociaal domein"']]
    excluded = query.terms[1]
    assert excluded.is_phrase
    assert excluded.negated
    assert excluded.phrase == "sociaal domein"


def test_lone_minus_is_ignored_not_an_exclusion():
    query = parse("afval - reiniging")
    assert shape(query) == [["afval*"], ["reiniging*"]]
    assert "-" in query.ignored


@pytest.mark.parametrize("operator", ["or", "OR", "of", "OF", "Of"])
def test_or_joins_alternatives(operator):
    query = parse(f"jeugd {operator} wmo")
    assert shape(query) == [["jeugd*", "wmo*"]]
    # "or" asks for precision: no approximate name matches.
    assert query.fuzzy_words == ()


def test_or_chains_and_binds_only_its_neighbours():
    query = parse("afval jeugd or wmo or participatie")
    assert shape(query) == [["afval*"], ["jeugd*", "wmo*", "participatie*"]]


def test_or_does_not_join_an_exclusion():
    """ "a or -b" cannot mean "a, or anything without b"; the exclusion stays a clause of its own."""
    assert shape(parse("afval or -reiniging")) == [["afval*"], ["-reiniging"]]


def test_trailing_or_is_harmless():
    query = parse("afval or")
    assert shape(query) == [["afval*"]]
    assert query.fuzzy_words == ("afval",)


# ---------------------------------------------------------------------------------------------
# Empty and meaningless queries


def test_stop_words_are_dropped():
    query = parse("de gemeente van het jaar")
    assert shape(query) == [["gemeente*"], ["jaar*"]]
    assert set(query.ignored) == {"de", "van", "het"}


@pytest.mark.parametrize(
    "text",
    [None, "", "   ", "\t\n", "de het een", '"de van"', "!!! ::: &&&", "*", '"', "-", "😀🎉"],
    ids=["none", "empty", "spaces", "whitespace", "stop-words", "stop-word-phrase",
         "punctuation", "star", "quote", "minus", "emoji"],
)  # fmt: skip
def test_query_without_words_is_empty(text):
    query = parse(text)
    assert not query
    assert query.clauses == ()
    assert query.terms == []
    assert query.fuzzy_words == ()
    assert query.highlight == []
    assert json.loads(query.as_json) == []


def test_negation_only_query_is_falsy():
    """Everything except X is not a search: the page shows nothing rather than the whole site."""
    query = parse("-afval -reiniging")
    assert not query
    assert len(query.clauses) == 2
    assert all(term.negated for term in query.terms)
    assert query.fuzzy_words == ()
    assert query.highlight == []


# ---------------------------------------------------------------------------------------------
# Limits


def test_query_at_max_length_is_not_truncated():
    text = "x" * (MAX_LENGTH - 6) + " afval"
    query = parse(text)
    assert not query.truncated
    assert query.text == text


def test_long_query_is_truncated_at_max_length():
    query = parse("samenwerking " * 1000)
    assert query.truncated
    assert len(query.text) == MAX_LENGTH
    assert query


def test_single_long_word_is_cut_to_max_length():
    query = parse("a" * 500)
    assert query.truncated
    assert shape(query) == [["a" * MAX_LENGTH + "*"]]


def test_at_most_max_terms():
    typed = [f"woord{i}" for i in range(MAX_TERMS + 5)]
    query = parse(" ".join(typed))
    assert query.truncated
    assert len(query.clauses) == MAX_TERMS
    assert shape(query) == [[f"{w}*"] for w in typed[:MAX_TERMS]]
    assert query.fuzzy_words == tuple(typed[:MAX_TERMS])


def test_max_terms_exactly_is_not_truncated():
    query = parse(" ".join(f"woord{i}" for i in range(MAX_TERMS)))
    assert not query.truncated
    assert len(query.clauses) == MAX_TERMS


def test_hyphenated_words_count_per_part():
    typed = " ".join(f"a{i}-b{i}" for i in range(MAX_TERMS))
    query = parse(typed)
    assert query.truncated
    assert len(query.clauses) == MAX_TERMS
    assert len(query.terms) == MAX_TERMS


# ---------------------------------------------------------------------------------------------
# Nothing typed changes the structure of the PostgreSQL query

# Values of ``SearchQuery.function`` back to the ``search_type`` that chose them.
_SEARCH_TYPES = {function: name for name, function in SearchQuery.SEARCH_TYPES.items()}
RAW_OPERAND = re.compile(r"[^\W_]+:\*")

HOSTILE = [
    "afval' & 'reiniging",
    "afval\\' | reiniging",
    "afval:* & !reiniging",
    "afval:A,B",
    "afval <-> reiniging",
    "afval <2> reiniging",
    "(afval | reiniging) & !(jeugd)",
    "!afval",
    "!!afval",
    "a&b|c!d",
    "'; DROP TABLE kennisbank_publicatie; --",
    "100% _afval_ \\x00",
    "afval\x00reiniging",
    'jeugd" or "wmo',
    'gemeente -"-afval" -- --reiniging',
    "Súdwest-Fryslân:* & ''",
    "ｆｕｌｌｗｉｄｔｈ　ｗｏｒｄｓ",
]


def search_queries(expression) -> list[SearchQuery]:
    """The ``SearchQuery`` leaves of ``expression``, left to right, checking the joins."""
    if isinstance(expression, CombinedSearchQuery):
        assert expression.connector in (SearchQuery.BITAND, SearchQuery.BITOR), expression
        return search_queries(expression.lhs) + search_queries(expression.rhs)
    assert type(expression) is SearchQuery, expression
    return [expression]


def parts(search_query: SearchQuery) -> tuple[str, str, str, bool]:
    """(search type, config, text, inverted) of one ``SearchQuery``."""
    config, value = search_query.get_source_expressions()
    assert isinstance(config, SearchConfig)
    assert isinstance(config.config, Value)
    assert isinstance(value, Value)
    assert isinstance(value.value, str)
    return (
        _SEARCH_TYPES[search_query.function],
        config.config.value,
        value.value,
        search_query.invert,
    )


def describe(query: Query) -> list[tuple[str, str, str, bool]]:
    return [parts(leaf) for leaf in search_queries(postgres_query(query))]


def test_postgres_query_structure():
    query = parse('raad -afval "Súdwest-Fryslân" jeugd or wmo jz')
    expression = postgres_query(query)
    # Clauses joined with &&, left to right; alternatives with ||.
    assert expression.connector == SearchQuery.BITAND
    assert describe(query) == [
        ("raw", TS_CONFIG, "raad:*", False),
        ("raw", "simple", "raad:*", False),
        ("plain", TS_CONFIG, "afval", True),
        ("phrase", TS_CONFIG, "Súdwest-Fryslân", False),
        ("raw", TS_CONFIG, "jeugd:*", False),
        ("raw", "simple", "jeugd:*", False),
        ("raw", TS_CONFIG, "wmo:*", False),
        ("raw", "simple", "wmo:*", False),
        ("plain", TS_CONFIG, "jz", False),
    ]
    # Clauses are joined left to right, so the fourth of five ("jeugd or wmo") is the right side
    # of the left side, and its alternatives are joined with ||.
    assert expression.lhs.rhs.connector == SearchQuery.BITOR


@pytest.mark.parametrize("text", HOSTILE)
def test_postgres_query_has_only_safe_values(text):
    query = parse(text)
    assert query, "every case has at least one real word"
    leaves = describe(query)
    assert leaves
    for search_type, config, value, _inverted in leaves:
        assert config in (TS_CONFIG, "simple")
        assert search_type in ("raw", "phrase", "plain"), search_type
        if search_type == "raw":
            # to_tsquery syntax: only letters and digits, then the prefix marker.
            assert RAW_OPERAND.fullmatch(value), value
        elif search_type == "plain":
            assert re.fullmatch(r"[^\W_]+", value), value
        else:
            assert "\x00" not in value, value
            assert value.strip(), value


@pytest.fixture(scope="module")
def offline_postgres():
    """A PostgreSQL connection object that never connects: enough to compile SQL."""
    handler = ConnectionHandler(
        {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "offline"}}
    )
    connection = handler["default"]
    yield connection
    assert connection.connection is None, "compiling must not connect"


@pytest.mark.parametrize("text", HOSTILE)
def test_typed_text_reaches_postgres_only_as_parameters(offline_postgres, text):
    query = parse(text)
    compiler = SQLQuery(Publicatie).get_compiler(connection=offline_postgres)
    sql, params = compiler.compile(postgres_query(query).resolve_expression(compiler.query))
    # Every leaf is a function of two parameters; besides them only brackets and operators.
    calls = r"(?:to_tsquery|plainto_tsquery|phraseto_tsquery)\(%s::regconfig, %s\)"
    assert re.fullmatch(r"[()|&! ]+", re.sub(calls, "", sql)), sql
    leaves = describe(query)
    assert list(params) == [piece for _, config, value, _ in leaves for piece in (config, value)]


def test_operators_typed_become_plain_words():
    assert shape(parse("afval:* & !reiniging")) == [["afval*"], ["reiniging*"]]
    assert shape(parse("afval <-> reiniging")) == [["afval*"], ["reiniging*"]]
    assert shape(parse("(afval | reiniging)")) == [["afval*"], ["reiniging*"]]


def test_nul_bytes_are_removed():
    query = parse("afval\x00reiniging\x00")
    assert "\x00" not in query.text
    assert shape(query) == [["afval*"], ["reiniging*"]]
    assert "\x00" not in query.as_json
    (term,) = parse('"sociaal\x00domein"').terms
    assert term.phrase == "sociaal domein"


# ---------------------------------------------------------------------------------------------
# What the SQLite functions and the snippets receive


def test_as_json_lists_stems_words_negation_and_prefix_per_clause():
    query = parse('gemeenten -afval "sociaal domein" jeugd or wmo')
    assert json.loads(query.as_json) == [
        [[["gemeent"], ["gemeenten"], False, True]],
        [[["afval"], ["afval"], True, False]],
        [[["sociaal", "domein"], ["sociaal", "domein"], False, False]],
        [[["jeugd"], ["jeugd"], False, True], [["wmo"], ["wmo"], False, True]],
    ]


def test_as_json_keeps_gaps_in_stems_and_stop_words_in_words():
    query = parse('"Raad van State"')
    assert json.loads(query.as_json) == [
        [[["rad", GAP, "stat"], ["raad", "van", "state"], False, False]]
    ]


def test_fuzzy_words_are_the_words_of_three_letters_or_more():
    assert parse("ODRU jz Groninegn").fuzzy_words == ("odru", "groninegn")
    assert parse("jz 12").fuzzy_words == ()


@pytest.mark.parametrize(
    "text",
    ["ODRU -afval Groninegn", 'ODRU "Groninegn"', "ODRU or Groninegn", "ODRU Groninegn or jz"],
)
def test_no_fuzzy_words_with_a_phrase_an_exclusion_or_or(text):
    assert parse(text).fuzzy_words == ()


def test_highlight_leaves_out_exclusions_and_marks_prefixes_twice():
    query = parse('gemeenten -afval "sociaal domein" jz')
    assert query.highlight == [
        ("gemeent", True),
        ("gemeenten", True),
        ("sociaal", False),
        ("domein", False),
        ("jz", False),
    ]


def test_parse_is_deterministic_and_hashable():
    """Parsed once per request, and compared in tests: equal input, equal query."""
    assert parse("afval -reiniging") == parse("afval -reiniging")
    assert hash(parse("afval").clauses) == hash(parse("afval").clauses)
