"""Saving an edit costs a fixed number of queries, and the search index is written once.

As in ``tests/test_query_counts.py`` for pages, without magic numbers: the same save is made
with few and with many unchanged rows, and the two counts are compared; a difference lists the
queries that grew. The search index of a row (``zoektermen`` on SQLite, ``zoekvector`` on
PostgreSQL) goes into the row's own UPDATE when the row itself is saved; rows whose index
changed through many-to-many fields or child rows are reindexed once, when the request ends
(``samenwerking.search.indexed.batched_reindex``). Counted from the SQL each save sends.
"""

from __future__ import annotations

import re
from collections import Counter
from http import HTTPStatus

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from evaluaties.models import Evaluatie
from samenwerking import search
from tests.evaluaties.factories import (
    AanbevelingFactory,
    BevindingFactory,
    CriteriumFactory,
    EvaluatieFactory,
    criteria,
)
from tests.factories import AdviseurFactory, VerbandFactory
from tests.helpers import FormData, browser, page_text, parse_form
from tests.kennisbank.factories import PublicatieFactory, ThemaFactory

pytestmark = pytest.mark.django_db

# What a save may cost beyond the rows that changed, whatever the number of unchanged rows.
SMALL_CONSTANT = 2
INDEX_COLUMNS = ("zoektermen", "zoekvector")


def save_queries(client: Client, url: str, data: FormData) -> list[str]:
    """The SQL of one save (a POST that redirects)."""
    with CaptureQueriesContext(connection) as context:
        response = client.post(url, data)
    assert response.status_code == HTTPStatus.FOUND, page_text(response)[:3000]
    return [query["sql"] for query in context.captured_queries]


def shape(sql: str) -> str:
    """A query without its values and savepoint names, to see which kind of query grew."""
    sql = re.sub(r'"s\d+_x\d+"', "<savepoint>", sql)
    sql = re.sub(r"'(?:[^']|'')*'", "?", sql)
    sql = re.sub(r"\b\d+\b", "?", sql)
    sql = re.sub(r"\((?:\?, )+\?\)", "(?...)", sql)
    return sql[:180]


def assert_no_growth(few: list[str], many: list[str], rows: str, allowed: int = 0) -> None:
    if len(many) - len(few) > allowed:
        grown = Counter(map(shape, many)) - Counter(map(shape, few))
        listing = "\n".join(f"  +{n} {sql}" for sql, n in grown.most_common())
        pytest.fail(
            f"{len(few)} queries with few rows, {len(many)} with {rows} "
            f"(at most {allowed} more allowed); the queries that grew:\n{listing}"
        )


def index_writes(queries: list[str], table: str) -> list[str]:
    """The UPDATEs of ``table`` that write its search index column."""
    pattern = re.compile(rf'^UPDATE "{table}" SET .*?"(?:{"|".join(INDEX_COLUMNS)})" = ', re.DOTALL)
    return [sql for sql in queries if pattern.match(sql)]


def own_row_update(sql: str, field: str) -> bool:
    """The UPDATE that saves the row itself (``field`` is one of its own columns)."""
    return f'"{field}" = ' in sql


# ---------------------------------------------------------------------------------------------
# A verband with 5 and with 20 deelnames: one bijdrage changes


def verband_save(n_deelnames: int) -> list[str]:
    adviseur = AdviseurFactory()
    verband = VerbandFactory.met_deelnemers(
        n_deelnames, bijdrage=1000, aangemaakt_door=adviseur, betrokken_adviseurs=[adviseur]
    )
    client = browser(adviseur)
    url = reverse("verbanden:verband_update", args=[verband.slug])
    form = parse_form(client.get(url))
    assert form.value("deelnames-INITIAL_FORMS") == str(n_deelnames)
    form["deelnames-0-bijdrage"] = "2.500"
    queries = save_queries(client, url, form)
    bijdragen = sorted(verband.deelnames.values_list("bijdrage", flat=True))
    assert [int(b) for b in bijdragen] == [1000] * (n_deelnames - 1) + [2500]
    return queries


def test_verband_save_does_not_grow_with_unchanged_deelnames():
    few = verband_save(5)
    many = verband_save(20)
    assert_no_growth(few, many, "20 deelnames (15 more unchanged)", allowed=SMALL_CONSTANT)


# ---------------------------------------------------------------------------------------------
# A publicatie: its thema's, verbanden and gemeenten change, or none of them


@pytest.fixture
def publicatie_edit(db):
    adviseur = AdviseurFactory()
    governance, vertrouwen = ThemaFactory(naam="Governance"), ThemaFactory(naam="Vertrouwen")
    VerbandFactory(naam="Omgevingsdienst Regio Utrecht", afkorting="ODRU")
    ggd = VerbandFactory(naam="GGD Regio Utrecht", afkorting="GGDrU")
    publicatie = PublicatieFactory(
        titel="Regionaal opdrachtgeverschap",
        aangemaakt_door=adviseur,
        themas=[governance],
        verbanden=[ggd],
        gemeenten=["Zwolle"],
    )
    client = browser(adviseur)
    url = reverse("kennisbank:publicatie_update", args=[publicatie.slug])
    form = parse_form(client.get(url), containing="titel")
    return client, url, form, publicatie, vertrouwen


def test_publicatie_save_with_changed_links_reindexes_it_once(publicatie_edit):
    client, url, form, publicatie, vertrouwen = publicatie_edit
    form["titel"] = "Regionaal opdrachtgeverschap in de praktijk"
    form["themas"] = [vertrouwen.pk]
    form["verbanden"] = "ODRU\nGGD Regio Utrecht"
    form["gemeenten"] = "Utrecht\nZeist"

    queries = save_queries(client, url, form)

    writes = index_writes(queries, "kennisbank_publicatie")
    own = [sql for sql in writes if own_row_update(sql, "titel")]
    extra = [sql for sql in writes if not own_row_update(sql, "titel")]
    assert len(own) == 1, own
    assert len(extra) == 1, f"{len(extra)} reindexes of the publicatie:\n" + "\n".join(
        sql[:200] for sql in extra
    )
    # ... and that one reindex is written after every link was saved.
    last_link = max(
        i
        for i, sql in enumerate(queries)
        if re.match(r'^(INSERT|DELETE).*"kennisbank_publicatie_', sql)
    )
    assert queries.index(extra[0]) > last_link
    publicatie.refresh_from_db()
    assert list(publicatie.themas.values_list("naam", flat=True)) == ["Vertrouwen"]
    assert sorted(publicatie.verbanden.values_list("afkorting", flat=True)) == ["GGDrU", "ODRU"]
    assert sorted(publicatie.gemeenten.values_list("naam", flat=True)) == ["Utrecht", "Zeist"]


def test_publicatie_save_without_changed_links_writes_the_index_only_with_the_row(
    publicatie_edit,
):
    client, url, form, publicatie, _ = publicatie_edit
    form["titel"] = "Regionaal opdrachtgeverschap in de praktijk"

    queries = save_queries(client, url, form)

    writes = index_writes(queries, "kennisbank_publicatie")
    assert len(writes) == 1, "\n".join(sql[:200] for sql in writes)
    assert own_row_update(writes[0], "titel")
    # No link was touched.
    assert not [
        sql for sql in queries if re.match(r'^(INSERT|DELETE).*"kennisbank_publicatie_', sql)
    ]


# ---------------------------------------------------------------------------------------------
# Every step of an evaluation, with few and with many unchanged rows

STAPPEN = ["basis", "scores", "bevindingen", "aanbevelingen", "controle"]


def evaluatie_met(rows: int, extra_criteria: int) -> tuple[Evaluatie, Client]:
    """A concept evaluation scored on every active criterium (the five seeded ones plus
    ``extra_criteria``), with ``rows`` bevindingen and ``rows`` aanbevelingen, and the browser
    of the adviseur betrokken on its verband."""
    for _ in range(extra_criteria):
        CriteriumFactory()
    adviseur = AdviseurFactory()
    verband = VerbandFactory(betrokken_adviseurs=[adviseur])
    evaluatie = EvaluatieFactory(
        verband=verband, aangemaakt_door=adviseur, scores=[3] * len(criteria())
    )
    assert evaluatie.beoordelingen.count() == len(criteria())
    BevindingFactory.create_batch(rows, evaluatie=evaluatie)
    AanbevelingFactory.create_batch(rows, evaluatie=evaluatie)
    return evaluatie, browser(adviseur)


def step_save(evaluatie: Evaluatie, client: Client, stap: str) -> list[str]:
    """Change one thing in the step and save it; the SQL of the save."""
    url = reverse("evaluaties:evaluatie_stap", kwargs={"pk": evaluatie.pk, "stap": stap})
    eerste = criteria()[0]
    containing = {
        "basis": "titel",
        "scores": f"toelichting_{eerste.pk}",
        "bevindingen": "bevindingen-TOTAL_FORMS",
        "aanbevelingen": "aanbevelingen-TOTAL_FORMS",
        "controle": "samenvatting",
    }[stap]
    form = parse_form(client.get(url), containing=containing)
    if stap == "basis":
        form["titel"] = "Een nieuwe titel"
    elif stap == "scores":
        form[f"score_{eerste.pk}"] = "5"
    elif stap in ("bevindingen", "aanbevelingen"):
        form[f"{stap}-0-tekst"] = "Een nieuwe tekst over de kwartelkoning."
    else:
        form["samenvatting"] = "Een nieuwe samenvatting."
    queries = save_queries(client, url, form)
    evaluatie.refresh_from_db()
    assert evaluatie.versie == 2
    return queries


@pytest.mark.parametrize("stap", STAPPEN)
def test_step_save_does_not_grow_with_unchanged_rows(stap):
    few = step_save(*evaluatie_met(rows=1, extra_criteria=0), stap)
    many = step_save(*evaluatie_met(rows=5, extra_criteria=5), stap)
    assert_no_growth(few, many, "5 bevindingen, 5 aanbevelingen and 10 scores (1 changed at most)")


@pytest.mark.parametrize("stap", STAPPEN)
def test_step_save_writes_the_evaluatie_index_at_most_once(stap):
    evaluatie, client = evaluatie_met(rows=5, extra_criteria=0)
    queries = step_save(evaluatie, client, stap)
    writes = index_writes(queries, "evaluaties_evaluatie")
    assert len(writes) <= 1, f"the index of the evaluatie written {len(writes)} times:\n" + (
        "\n".join(sql[:200] for sql in writes)
    )
    # Whatever the step changed is in the index afterwards.
    if stap in ("bevindingen", "aanbevelingen"):
        found = search.search(Evaluatie.objects.all(), search.parse("kwartelkoning"))
        assert list(found.values_list("pk", flat=True)) == [evaluatie.pk]
