"""Site search, end to end, with the same expectations on SQLite and on PostgreSQL.

The suite runs once on SQLite and once with ``DATABASE_URL`` pointing at PostgreSQL; every case
here runs on both, because the SQLite fallback is only worth having if it finds what PostgreSQL
finds (``dutch_unaccent`` + GIN + pg_trgm there, stored stems + Python functions here). The only
database-specific tests are the two at the end that check PostgreSQL's schema objects.

Publicaties get neutral titles ("Publicatie 0001") unless a case is about the title: the title
is also compared by trigram similarity, which would otherwise blur what a case shows.
"""

from __future__ import annotations

import io
import re

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

from evaluaties.models import Evaluatie
from kennisbank.models import Publicatie
from samenwerking.search import parse, search, snippets
from samenwerking.search.backends import FUZZY_THRESHOLD
from samenwerking.search.maintenance import index_missing, index_missing_after_migrate, missing_q
from samenwerking.search.text import stem, words
from tests.evaluaties.factories import BevindingFactory, EvaluatieFactory
from tests.factories import VerbandFactory, domein, gemeente
from tests.kennisbank.factories import PublicatieFactory, ThemaFactory
from verbanden.models import Gemeente, Samenwerkingsverband

pytestmark = pytest.mark.django_db

NEUTRAL = "Een tekst over iets anders."


def found(queryset, text: str) -> list:
    """The rows ``text`` finds in ``queryset``, best first (ties by pk, so the order is fixed)."""
    return list(search(queryset, parse(text)).order_by("-zoek_rang", "pk"))


def publicaties(text: str) -> list[Publicatie]:
    return found(Publicatie.objects.all(), text)


def matching(text: str) -> set[Publicatie]:
    """The publicaties ``text`` finds, unordered: for queries that may well find nothing."""
    return set(search(Publicatie.objects.all(), parse(text)))


def publicatie(inhoud: str = NEUTRAL, **kwargs) -> Publicatie:
    return PublicatieFactory(inhoud=inhoud, **kwargs)


def marked_words(html: str) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", html)


def assert_only_mark_tags(html: str) -> None:
    """Balanced ``<mark>`` elements and no other markup or unescaped ``&``."""
    assert html.count("<mark>") == html.count("</mark>"), html
    rest = re.sub(r"</?mark>", "", html)
    assert "<" not in rest and ">" not in rest, html
    assert not re.search(r"&(?!amp;|lt;|gt;|quot;|#x27;)", rest), html


# ---------------------------------------------------------------------------------------------
# Dutch: stems, prefixes, accents


@pytest.mark.parametrize(
    ("query", "matching", "other"),
    [
        ("gemeente", "De gemeenten in de regio werken samen.", "Provincies en waterschappen."),
        ("gemeenten", "De gemeente werkt samen.", "Provincies en waterschappen."),
        ("regeling", "Over gemeenschappelijke regelingen.", "Over convenanten."),
        (
            "gemeenschappelijke regeling",
            "Een gemeenschappelijke regelingen-wijziging in de Wgr.",
            "Gemeenschappelijk optrekken zonder afspraken.",
        ),
        ("bevindingen", "Eén bevinding uit de evaluatie.", "Een aanbeveling uit de evaluatie."),
    ],
    ids=["gemeente-gemeenten", "gemeenten-gemeente", "regeling", "two-words", "bevinding"],
)
def test_dutch_stemming(query, matching, other):
    hit = publicatie(matching)
    publicatie(other)
    assert publicaties(query) == [hit]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("samenwerking", "Over samenwerkingsverbanden van gemeenten."),
        ("veiligheid", "De veiligheidsregio en de brandweer."),
        ("afval", "Afvalinzameling in de regio."),
        ("jeugd", "Jeugdzorg wordt regionaal ingekocht."),
        # The stems of these are not prefixes of the stems of the longer words ("raad" -> "rad",
        # "raadsleden" -> "raadsled"), but a person typing "raad" expects "raadsleden".
        ("raad", "De raadsleden van de deelnemende gemeenten."),
        ("bestuur", "Het bestuursorgaan van de regeling."),
    ],
    ids=["samenwerking", "veiligheid", "afval", "jeugd", "raad-raadsleden", "bestuur"],
)
def test_word_finds_longer_words_it_starts(query, text):
    """query.py: a single word also finds longer words that start with it."""
    hit = publicatie(text)
    publicatie("Een tekst over provincies.")
    assert publicaties(query) == [hit]


def test_short_words_are_not_prefixes():
    """ "jz" must not find every word that starts with it; only the word itself."""
    exact = publicatie("Een tekst over JZ.")
    publicatie("Een tekst over jzbla.")
    assert publicaties("jz") == [exact]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Fryslan", "Samenwerking in Fryslân."),
        ("Fryslân", "Samenwerking in Fryslan."),
        ("fryslân", "Samenwerking in FRYSLÂN."),
        ("sudwest fryslan", "De gemeente Súdwest-Fryslân werkt samen."),
        ("Súdwest-Fryslân", "De gemeente Sudwest Fryslan werkt samen."),
        ("cooperatie", "Een coöperatie van gemeenten."),
    ],
    ids=["without-accent", "with-accent", "case", "hyphenated", "hyphen-typed", "trema"],
)
def test_accents_are_folded_both_ways(query, text):
    hit = publicatie(text)
    publicatie("Samenwerking in Groningen.")
    assert publicaties(query) == [hit]


@pytest.mark.parametrize("query", ["sudwest fryslan", "Súdwest-Fryslân", "SUDWEST-FRYSLAN"])
def test_gemeente_with_accents_is_found_without(query):
    result = found(Gemeente.objects.all(), query)
    assert result[0] == gemeente("Súdwest-Fryslân")
    assert gemeente("Groningen") not in result


def test_gemeente_found_by_cbs_code():
    assert found(Gemeente.objects.all(), "GM0014")[0] == gemeente("Groningen")


# ---------------------------------------------------------------------------------------------
# Phrases, exclusion, or


def test_phrase_matches_adjacent_words_only():
    adjacent = publicatie("Regionale samenwerking in het sociaal domein.")
    apart = publicatie("Het domein van de zorg is niet altijd even sociaal.")
    with_stop_word = publicatie("Sociaal en domein.")
    assert publicaties('"sociaal domein"') == [adjacent]
    assert set(publicaties("sociaal domein")) == {adjacent, apart, with_stop_word}


def test_phrase_with_stop_word_inside():
    hit = publicatie("Het advies van de Raad van State.")
    publicatie("De raad en de state zijn hier niet verbonden.")
    assert publicaties('"raad van state"') == [hit]


def test_phrase_with_a_hyphenated_name():
    """A phrase "must occur as written" (query.py), also when it contains a hyphenated name.

    PostgreSQL's parser gives "súdwest-fryslân" a position of its own before its parts, so the
    word before the name is two positions from "sudwest" in the tsvector.
    """
    hit = publicatie("De gemeente Súdwest-Fryslân werkt samen met Noardeast-Fryslân.")
    publicatie("De gemeente werkt samen, ook met Súdwest-Fryslân.")
    assert publicaties('"gemeente Súdwest-Fryslân"') == [hit]


def test_excluded_phrase():
    kept = publicatie("Afval in het fysieke domein.")
    publicatie("Afval en het sociaal domein.")
    assert publicaties('afval -"sociaal domein"') == [kept]


def test_exclusion():
    kept = publicatie("Afvalinzameling in de regio.")
    publicatie("Afval en reiniging in de regio.")
    publicatie("Reiniging van straten.")
    assert publicaties("afval -reiniging") == [kept]


def test_exclusion_is_exact():
    """ "-raad" does not also throw out everything about "raadsleden" (query.py)."""
    kept = publicatie("Afval en de raadsleden.")
    publicatie("Afval en de raad.")
    assert publicaties("afval -raad") == [kept]


@pytest.mark.parametrize(
    ("query", "kept_text", "other_title"),
    [
        ("afval -reiniging", "Afvalinzameling in de regio.", "Afval en reiniging"),
        (
            '"sociaal domein"',
            "Regionale samenwerking in het sociaal domein.",
            "Het domein van de zorg is niet altijd even sociaal",
        ),
    ],
    ids=["exclusion", "phrase"],
)
def test_query_syntax_also_holds_for_a_similar_title(query, kept_text, other_title):
    """ "-word must not occur", "a phrase must occur as written" (query.py): also in titles.

    The title is compared by trigram similarity to find names and typos; that must not bring
    back a publicatie the person explicitly excluded, or one without the phrase.
    """
    kept = publicatie(kept_text)
    publicatie(titel=other_title, inhoud="Over het ophalen en schoonmaken.")
    assert publicaties(query) == [kept]


def test_negation_only_finds_nothing():
    publicatie("Afval en reiniging in de regio.")
    publicatie("Over iets anders.")
    assert matching("-afval") == set()


@pytest.mark.parametrize("query", ["jeugd or wmo", "jeugd OF wmo", "Jeugd Of Wmo"])
def test_or(query):
    jeugd = publicatie("Jeugdhulp in de regio.")
    wmo = publicatie("De Wmo in de regio.")
    publicatie("Participatie in de regio.")
    assert set(publicaties(query)) == {jeugd, wmo}


def test_or_binds_its_neighbours_and_other_words_stay_required():
    both = publicatie("Afval en jeugd.")
    publicatie("Jeugdhulp in de regio.")
    publicatie("Afval in de regio.")
    assert publicaties("afval jeugd or wmo") == [both]


# ---------------------------------------------------------------------------------------------
# Ranking


def test_title_match_ranks_above_body_match():
    body = publicatie("De kostenverdeling tussen de deelnemers.")
    title = publicatie(titel="Kostenverdeling in gemeenschappelijke regelingen")
    assert publicaties("kostenverdeling") == [title, body]


def test_samenvatting_ranks_above_pdf_text():
    pdf = publicatie()
    Publicatie.objects.filter(pk=pdf.pk).update(
        bestand_tekst="Hoofdstuk 3 gaat over de kostenverdeling."
    )
    pdf.refresh_from_db()
    pdf.update_search_index()
    samenvatting = publicatie(samenvatting="Over de kostenverdeling tussen gemeenten.")
    assert publicaties("kostenverdeling") == [samenvatting, pdf]


def test_verband_name_ranks_above_description():
    described = VerbandFactory(omschrijving="Een omgevingsdienst voor milieutaken.")
    named = VerbandFactory(naam="Omgevingsdienst Rivierenland", omschrijving="Milieutaken.")
    assert found(Samenwerkingsverband.objects.all(), "omgevingsdienst") == [named, described]


# ---------------------------------------------------------------------------------------------
# Trigram similarity on names: abbreviations and typos


@pytest.mark.parametrize("query", ["ODRU", "odru"])
def test_verband_found_by_abbreviation(query):
    odru = VerbandFactory(naam="Omgevingsdienst regio Utrecht", afkorting="ODRU")
    VerbandFactory(naam="Omgevingsdienst Rivierenland", afkorting="ODR")
    assert found(Samenwerkingsverband.objects.all(), query)[0] == odru


def test_typo_finds_gemeente():
    result = found(Gemeente.objects.all(), "Groninegn")
    assert gemeente("Groningen") in result
    assert gemeente("Zwolle") not in result


def test_typo_finds_verband():
    regio = VerbandFactory(naam="Veiligheidsregio Groningen")
    other = VerbandFactory(naam="Veiligheidsregio Twente")
    result = found(Samenwerkingsverband.objects.all(), "Groninegn")
    assert regio in result
    assert other not in result


def test_titles_match_by_words_not_approximately():
    """Approximate matching is for names and abbreviations (verbanden, gemeenten); a title is
    found by its words, so the kennisbank is searched with the GIN index alone."""
    publicatie(titel="Opdrachtgeverschap bij verbonden partijen")
    assert publicaties("Opdrachtgeverchap") == []
    assert len(publicaties("opdrachtgeverschap")) == 1


def test_typo_in_accented_name():
    """Accents are folded in the index and in the query; the trigram comparison must too.

    "sudwst fryslan" is 0.72 similar to "sudwest-fryslan", but 0.40 to "Súdwest-Fryslân".
    """
    result = found(Gemeente.objects.all(), "sudwst fryslan")
    assert gemeente("Súdwest-Fryslân") in result
    assert gemeente("Groningen") not in result


# ---------------------------------------------------------------------------------------------
# PDF text, querysets, models


def test_pdf_text_is_searchable_after_update_search_index():
    pub = publicatie()
    Publicatie.objects.filter(pk=pub.pk).update(
        bestand_tekst="Bijlage: de begrotingscyclus van de regeling."
    )
    assert publicaties("begrotingscyclus") == []  # the stored index is what is searched
    pub.refresh_from_db()
    pub.update_search_index()
    assert publicaties("begrotingscyclus") == [pub]


def test_search_keeps_the_filters_of_the_queryset():
    published = publicatie("Over afvalinzameling.")
    publicatie("Over afvalinzameling, nog niet klaar.", status="concept")
    assert found(Publicatie.objects.public(), "afval") == [published]


def test_search_evaluaties_by_their_verband_and_texts():
    verband = VerbandFactory(naam="Regionale Uitvoeringsdienst IJsselland")
    evaluatie = EvaluatieFactory(verband=verband, samenvatting="Het vertrouwen is gegroeid.")
    EvaluatieFactory()
    evaluaties = Evaluatie.objects.all()
    assert found(evaluaties, "ijsselland") == [evaluatie]
    assert found(evaluaties, "vertrouwen") == [evaluatie]


# ---------------------------------------------------------------------------------------------
# Nothing typed breaks the search


@pytest.fixture
def some_publicaties():
    return [
        publicatie("Samenwerking van gemeenten in de regio."),
        publicatie("Afval en reiniging, 100% geregeld, met _onderstrepingen_ en \\backslash."),
        publicatie("Het sociaal domein."),
    ]


@pytest.mark.parametrize(
    "query",
    ["", "   ", "\t\n", "de het een van", '"de van"', "-afval", "-afval -reiniging"],
    ids=["empty", "spaces", "whitespace", "stop-words", "stop-word-phrase", "negation",
         "negations"],
)  # fmt: skip
def test_empty_query_finds_nothing(some_publicaties, query):
    result = search(Publicatie.objects.all(), parse(query))
    assert not result.exists()
    assert list(result) == []
    assert snippets(Publicatie, [p.pk for p in some_publicaties], parse(query)) == {}


def test_empty_result_can_be_ordered_by_rank(some_publicaties):
    """backends.py: ``search`` annotates ``zoek_rang`` and the caller orders by it.

    The empty result of an empty query must carry the annotation too, or a caller that does
    not test ``if query:`` first gets a FieldError instead of an empty page.
    """
    for query in ["", "   ", "de het een", "-afval", "!!! ::: &&&"]:
        assert found(Publicatie.objects.all(), query) == [], query


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("!!! ::: &&&", []),
        ("*", []),
        ('"', []),
        ("-", []),
        ("😀🎉 🇳🇱", []),
        ("中文 Ωμέγα", []),
        ("gemeente " * 1200, [0]),
        ("x" * 10_000, []),
        ("a" * 500, []),
        ("samenwerking:* & !regio | (gemeente <->)", [0]),
        ("afval' & 'reiniging", [1]),
        ("sociaal\x00domein", [2]),
        (r"\' \\ \" \x00 \u0000", []),
        ("((((((((((", []),
    ],
    ids=["punctuation", "star", "quote", "minus", "emoji", "other-scripts", "10000-chars",
         "10000-char-word", "500-char-word", "tsquery-syntax", "quotes", "nul", "escapes",
         "brackets"],
)  # fmt: skip
def test_absurd_queries(some_publicaties, query, expected):
    assert matching(query) == {some_publicaties[i] for i in expected}
    pks = [p.pk for p in some_publicaties]
    page = snippets(Publicatie, pks, parse(query))
    assert set(page) <= set(pks)
    for html in page.values():
        assert_only_mark_tags(html)


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE kennisbank_publicatie; --",
        "' OR '1'='1",
        '" OR ""="',
        "%",
        "%%",
        "_",
        "%_%",
        "\\",
        "\\%",
        "1; SELECT 1",
    ],
)
def test_sql_special_characters(some_publicaties, query):
    assert matching(query) == set()
    assert Publicatie.objects.count() == len(some_publicaties)
    assert publicaties("samenwerking") == [some_publicaties[0]]


def test_sql_special_characters_next_to_a_word(some_publicaties):
    """A word with LIKE wildcards around it is the word, not a pattern that matches all."""
    assert publicaties("%afval%") == [some_publicaties[1]]
    assert publicaties("100%") == [some_publicaties[1]]
    assert publicaties("_onderstrepingen_") == [some_publicaties[1]]


# ---------------------------------------------------------------------------------------------
# Snippets


def test_snippet_escapes_html_from_the_document():
    pub = publicatie(
        "<script>alert(1)</script> De gemeente & de regio <b>werken</b> samen.",
        samenvatting="Over <img src=x onerror=alert(2)> gemeenten.",
    )
    html = snippets(Publicatie, [pub.pk], parse("gemeente"))[pub.pk]
    assert "<script>" not in html
    assert "<img" not in html
    assert "<b>" not in html
    assert_only_mark_tags(html)
    assert {stem(w) for m in marked_words(html) for w in words(m)} == {"gemeent"}
    assert "<mark>gemeente</mark>" in html


def test_snippet_marks_only_matched_words():
    pub = publicatie(
        "De samenwerkingsverbanden van gemeenten in Fryslân hebben veel bevoegdheden.",
        samenvatting="Een verkenning.",
    )
    html = snippets(Publicatie, [pub.pk], parse("samenwerking fryslan"))[pub.pk]
    assert sorted(marked_words(html)) == ["Fryslân", "samenwerkingsverbanden"]
    assert_only_mark_tags(html)


def test_snippet_does_not_mark_excluded_words():
    pub = publicatie("Afvalinzameling en straatreiniging in de regio.")
    html = snippets(Publicatie, [pub.pk], parse("afval -reiniging"))[pub.pk]
    assert marked_words(html) == ["Afvalinzameling"]


def test_snippets_for_a_page_of_results():
    hits = [publicatie(f"Gemeenten werken samen, deel {i}.") for i in range(3)]
    other = publicatie("Over provincies.")
    query = parse("gemeente")
    page = [p.pk for p in found(Publicatie.objects.all(), "gemeente")[:2]]
    result = snippets(Publicatie, page, query)
    assert set(result) == set(page)
    assert set(page) <= {p.pk for p in hits}
    assert other.pk not in result
    assert all("<mark>Gemeenten</mark>" in html for html in result.values())


def test_snippet_from_pdf_text():
    pub = publicatie()
    pub.bestand_tekst = "Hoofdstuk 4: de begrotingscyclus & de kadernota."
    pub.save()
    html = snippets(Publicatie, [pub.pk], parse("begrotingscyclus"))[pub.pk]
    assert "<mark>begrotingscyclus</mark> &amp; de kadernota" in html


def test_snippet_of_evaluatie():
    evaluatie = EvaluatieFactory(conclusies="Het vertrouwen tussen de deelnemers is gegroeid.")
    html = snippets(Evaluatie, [evaluatie.pk], parse("vertrouwen"))[evaluatie.pk]
    assert marked_words(html) == ["vertrouwen"]


# ---------------------------------------------------------------------------------------------
# The index stays current


def test_renaming_thema_reindexes_its_publicaties():
    thema = ThemaFactory(naam="Governance")
    pub = publicatie(themas=[thema])
    other = publicatie()
    assert publicaties("governance") == [pub]
    thema.naam = "Opdrachtgeverschap"
    thema.save()
    assert publicaties("opdrachtgeverschap") == [pub]
    assert publicaties("governance") == []
    assert other not in publicaties("opdrachtgeverschap")


def test_adding_and_removing_thema_reindexes():
    thema = ThemaFactory(naam="Stelselregie")
    pub = publicatie()
    pub.themas.add(thema)
    assert publicaties("stelselregie") == [pub]
    pub.themas.remove(thema)
    assert publicaties("stelselregie") == []


def test_setting_verband_domeinen_reindexes():
    verband = VerbandFactory(domeinen=["jeugd"])
    verbanden = Samenwerkingsverband.objects.all()
    assert found(verbanden, "jeugd") == [verband]
    assert found(verbanden, "afval") == []
    verband.domeinen.set([domein("afval")])
    assert found(verbanden, "afval") == [verband]
    assert found(verbanden, "jeugd") == []
    verband.domeinen.clear()
    assert found(verbanden, "afval") == []


def test_adding_bevinding_reindexes_evaluatie():
    evaluatie = EvaluatieFactory()
    EvaluatieFactory()
    assert found(Evaluatie.objects.all(), "vergaderdiscipline") == []
    bevinding = BevindingFactory(evaluatie=evaluatie, tekst="De vergaderdiscipline is matig.")
    assert found(Evaluatie.objects.all(), "vergaderdiscipline") == [evaluatie]
    bevinding.delete()
    assert found(Evaluatie.objects.all(), "vergaderdiscipline") == []


def test_renaming_verband_reindexes_its_evaluaties():
    verband = VerbandFactory(naam="Regio Rivierenland")
    evaluatie = EvaluatieFactory(verband=verband)
    EvaluatieFactory()
    evaluaties = Evaluatie.objects.all()
    assert found(evaluaties, "rivierenland") == [evaluatie]
    verband.naam = "Regio Achterhoek"
    verband.save()
    assert found(evaluaties, "achterhoek") == [evaluatie]
    assert found(evaluaties, "rivierenland") == []
    assert found(Samenwerkingsverband.objects.all(), "achterhoek") == [verband]


def test_saving_publicatie_reindexes_it():
    pub = publicatie("Over afval.")
    pub.inhoud = "Over jeugdhulp."
    pub.save()
    assert publicaties("jeugdhulp") == [pub]
    assert publicaties("afval") == []


# ---------------------------------------------------------------------------------------------
# Building and rebuilding the index


def clear_index(model) -> None:
    model.objects.update(zoekvector=None, zoektermen="")


def test_zoekindex_bijwerken_rebuilds():
    pub = publicatie("Over afvalinzameling.")
    verband = VerbandFactory(omschrijving="Toezicht en handhaving van milieuregels.")
    clear_index(Publicatie)
    clear_index(Samenwerkingsverband)
    # Words that are in no name: a name would still be found by trigram similarity.
    assert publicaties("afval") == []
    assert found(Samenwerkingsverband.objects.all(), "handhaving") == []
    out = io.StringIO()
    call_command("zoekindex_bijwerken", stdout=out)
    assert publicaties("afval") == [pub]
    assert found(Samenwerkingsverband.objects.all(), "handhaving") == [verband]
    output = out.getvalue()
    assert "publicaties: 1" in output
    assert "samenwerkingsverbanden: 1" in output
    assert f"gemeenten: {Gemeente.objects.count()}" in output
    assert "Zoekindex bijgewerkt." in output


@pytest.mark.parametrize(
    ("model", "make", "query"),
    [
        (Publicatie, lambda: publicatie("Over afvalinzameling."), "afval"),
        (Samenwerkingsverband, lambda: VerbandFactory(omschrijving="Handhaving."), "handhaving"),
        (Evaluatie, lambda: EvaluatieFactory(conclusies="Het vertrouwen groeit."), "vertrouwen"),
        (Gemeente, lambda: gemeente("Súdwest-Fryslân"), "GM1900"),
    ],
    ids=["publicatie", "verband", "evaluatie", "gemeente"],
)
def test_index_missing_fills_cleared_rows(model, make, query):
    """The queries are words in no name: a name is also found by similarity, without index."""
    obj = make()
    clear_index(model)
    assert obj not in found(model.objects.all(), query)
    assert index_missing(model) == model.objects.count()
    assert obj in found(model.objects.all(), query)
    assert not model.objects.filter(missing_q(connection.vendor)).exists()
    assert index_missing(model) == 0  # nothing left to do


def test_index_missing_after_migrate():
    """post_migrate builds the index of rows made before it existed (or bulk-created)."""
    pub = publicatie("Over afvalinzameling.")
    clear_index(Publicatie)
    index_missing_after_migrate(apps.get_app_config("kennisbank"), using="default")
    assert publicaties("afval") == [pub]


def test_index_missing_indexes_more_rows_than_one_batch():
    """index_missing: "Index the rows without an index", also when there are more than 500."""
    Publicatie.objects.bulk_create(
        Publicatie(
            titel=f"Bulk {i}",
            slug=f"bulk-{i}",
            soort="onderzoek",
            samenvatting="Ingelezen.",
            inhoud="Over de begrotingscyclus.",
            verschenen_op="2024-01-01",
            status="gepubliceerd",
        )
        for i in range(501)
    )
    assert publicaties("begrotingscyclus") == []
    assert index_missing(Publicatie) == 501
    assert not Publicatie.objects.filter(missing_q(connection.vendor)).exists()
    assert len(publicaties("begrotingscyclus")) == 501


# ---------------------------------------------------------------------------------------------
# PostgreSQL's schema objects (the only per-database tests)


def test_postgresql_has_gin_indexes():
    if connection.vendor != "postgresql":
        pytest.skip("GIN indexes exist only on PostgreSQL")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tablename, indexdef FROM pg_indexes WHERE indexname LIKE %s",
            ["%zoekvector_gin"],
        )
        indexes = dict(cursor.fetchall())
    assert set(indexes) == {
        "kennisbank_publicatie",
        "verbanden_gemeente",
        "verbanden_samenwerkingsverband",
        "evaluaties_evaluatie",
    }
    assert all("USING gin (zoekvector)" in d for d in indexes.values()), indexes

    # Names and abbreviations: trigram indexes on the accent-folded text, which the ``<%``
    # operator of the approximate name match can use, with the threshold the SQLite side uses.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE %s", ["%_trgm"]
        )
        trigram = dict(cursor.fetchall())
        cursor.execute("SHOW pg_trgm.word_similarity_threshold")
        threshold = float(cursor.fetchone()[0])
        cursor.execute("SELECT public.sp_unaccent('Súdwest-Fryslân')")
        folded = cursor.fetchone()[0]
    assert set(trigram) == {
        "verbanden_samenwerkingsverband_naam_trgm",
        "verbanden_samenwerkingsverband_afkorting_trgm",
        "verbanden_gemeente_naam_trgm",
    }
    assert all("sp_unaccent" in d and "gin_trgm_ops" in d for d in trigram.values()), trigram
    assert threshold == FUZZY_THRESHOLD
    assert folded == "Sudwest-Fryslan"


def test_postgresql_has_dutch_unaccent_configuration():
    if connection.vendor != "postgresql":
        pytest.skip("text search configurations exist only on PostgreSQL")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace "
            "WHERE n.nspname = 'public' AND c.cfgname = 'dutch_unaccent'"
        )
        assert cursor.fetchone()[0] == 1
        cursor.execute("SELECT to_tsvector('public.dutch_unaccent', 'Súdwest-Fryslân gemeenten')")
        vector = cursor.fetchone()[0]
    assert "'fryslan'" in vector
    assert "'gemeent'" in vector
