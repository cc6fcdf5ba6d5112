"""A hidden evaluation is 404 on every page for whoever may not see it, and absent from lists.

Hidden: a concept, or definitief but not openbaar. Who may see it: the verband's betrokken
adviseurs, its creator, gemeente-medewerkers of a gemeente that takes part today, beheerders
(``tests/evaluaties/conftest.py`` lists the roles).
"""

from __future__ import annotations

import datetime
import re
from http import HTTPStatus

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from evaluaties.filters import EvaluatieFilterSet
from evaluaties.models import Evaluatie
from evaluaties.sections import verband_evaluaties
from evaluaties.verwacht import evaluatie_verwacht
from tests.evaluaties.conftest import MAY_EDIT, ROLES, SEES_HIDDEN
from tests.evaluaties.factories import EvaluatieFactory, pdf_bytes
from tests.factories import AdviseurFactory, VerbandFactory, gemeente
from tests.helpers import page_text

pytestmark = pytest.mark.django_db

WHICH = ["publiek", "besloten", "concept"]
STAPPEN = ["basis", "scores", "bevindingen", "aanbevelingen", "controle"]


def sees(role: str, which: str) -> bool:
    return which == "publiek" or role in SEES_HIDDEN


def may_edit(role: str, which: str) -> bool:
    # "aanmaker" made the hidden two, not the public one.
    if role == "aanmaker":
        return which != "publiek"
    return role in MAY_EDIT


def page_urls(evaluatie: Evaluatie, publiek: Evaluatie) -> dict[str, str]:
    compare = reverse("evaluaties:evaluatie_compare")
    urls = {
        "detail": reverse("evaluaties:evaluatie_detail", args=[evaluatie.pk]),
        "rapport": reverse("evaluaties:evaluatie_rapport", args=[evaluatie.pk]),
        "verwijderen": reverse("evaluaties:evaluatie_delete", args=[evaluatie.pk]),
        "vergelijken": f"{compare}?evaluatie={publiek.pk}&evaluatie={evaluatie.pk}",
        "vergelijken_omgekeerd": f"{compare}?evaluatie={evaluatie.pk}&evaluatie={publiek.pk}",
    }
    for stap in STAPPEN:
        urls[f"stap_{stap}"] = reverse(
            "evaluaties:evaluatie_stap", kwargs={"pk": evaluatie.pk, "stap": stap}
        )
    return urls


PAGES = [
    "detail",
    "rapport",
    "verwijderen",
    "vergelijken",
    "vergelijken_omgekeerd",
    *[f"stap_{s}" for s in STAPPEN],
]


def expected_status(role: str, which: str, pagina: str) -> HTTPStatus:
    if not sees(role, which):
        return HTTPStatus.NOT_FOUND
    if pagina.startswith("stap_") or pagina == "verwijderen":
        if may_edit(role, which):
            return HTTPStatus.OK
        if role == "anoniem":
            return HTTPStatus.FOUND  # to the login page
        return HTTPStatus.FORBIDDEN
    return HTTPStatus.OK


@pytest.fixture
def scene_met_rapporten(scene, media_root):
    for evaluatie in (scene.publiek, scene.besloten, scene.concept):
        evaluatie.rapport.save("rapport.pdf", ContentFile(pdf_bytes(evaluatie.titel)))
    return scene


@pytest.mark.parametrize("pagina", PAGES)
@pytest.mark.parametrize("role", ROLES)
def test_status_per_role_and_page(client, scene_met_rapporten, role, pagina):
    """The public, the besloten and the concept evaluation on one page, for one role."""
    scene = scene_met_rapporten
    scene.login(client, role)
    for which in WHICH:
        evaluatie = getattr(scene, which)
        url = page_urls(evaluatie, scene.publiek)[pagina]

        response = client.get(url)

        expected = expected_status(role, which, pagina)
        assert response.status_code == expected, (which, url)
        if expected == HTTPStatus.FOUND:
            assert response.url == f"{reverse('login')}?next={url}".replace("&", "%26")
        if expected in (HTTPStatus.NOT_FOUND, HTTPStatus.FORBIDDEN):
            # An error page that names nothing of the evaluation.
            body = response.content.decode()
            assert evaluatie.titel not in body, which
            assert "Vertrouwelijke samenvatting" not in body, which
        if pagina == "rapport" and expected == HTTPStatus.OK:
            assert response["Content-Type"] == "application/pdf"
            with evaluatie.rapport.open("rb") as stored:
                assert b"".join(response.streaming_content) == stored.read()


NOT_SEEING = [role for role in ROLES if role not in SEES_HIDDEN]


@pytest.mark.parametrize("which", ["besloten", "concept"])
@pytest.mark.parametrize("role", NOT_SEEING)
def test_post_on_hidden_evaluation_is_404_and_changes_nothing(client, scene, role, which):
    """Writing to a hidden evaluation: 404 before anything else, and nothing changes."""
    evaluatie = getattr(scene, which)
    scene.login(client, role)
    urls = page_urls(evaluatie, scene.publiek)
    for pagina in ["stap_basis", "stap_controle", "verwijderen"]:
        response = client.post(urls[pagina], {"titel": "Gekaapt", "status": "definitief"})
        assert response.status_code == HTTPStatus.NOT_FOUND, pagina
    evaluatie.refresh_from_db()
    assert evaluatie.titel != "Gekaapt"
    assert Evaluatie.objects.filter(pk=evaluatie.pk).exists()


@pytest.mark.parametrize("role", ROLES)
def test_compare_of_two_hidden_ones(client, scene, role):
    scene.login(client, role)
    response = client.get(
        reverse("evaluaties:evaluatie_compare"),
        {"evaluatie": [scene.besloten.pk, scene.concept.pk]},
    )
    expected = HTTPStatus.OK if role in SEES_HIDDEN else HTTPStatus.NOT_FOUND
    assert response.status_code == expected


@pytest.mark.parametrize("query", ["evaluatie=abc", "evaluatie=999999", "evaluatie=1.5"])
def test_compare_with_bad_or_unknown_id_is_404(client, scene, query):
    url = reverse("evaluaties:evaluatie_compare")
    response = client.get(f"{url}?evaluatie={scene.publiek.pk}&{query}")
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_unknown_step_is_404_even_for_beheerder(client, scene):
    scene.login(client, "beheerder")
    url = reverse("evaluaties:evaluatie_stap", kwargs={"pk": scene.publiek.pk, "stap": "geheim"})
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


# ---------------------------------------------------------------------------------------------
# Lists: the overview and its filters


def test_overview_filter_form_builds(db):
    """563c571 passed empty_label to a TypedChoiceFilter: a TypeError, /evaluaties/ a 500 (fixed in
    1bc0c79)."""
    filterset = EvaluatieFilterSet({}, queryset=Evaluatie.objects.all())
    assert list(filterset.form.fields) == ["q", "soort", "jaar", "domein", "status"]
    assert filterset.is_valid()


def overview(client, **params):
    response = client.get(reverse("evaluaties:evaluatie_list"), params)
    assert response.status_code == HTTPStatus.OK
    return response


def listed_pks(response) -> set[int]:
    return {e.pk for e in response.context["evaluaties"]}


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"status": "concept"},
        {"status": "definitief"},
        {"jaar": "2021"},
        {"jaar": "2023"},
        {"soort": "zelfevaluatie"},
        {"domein": "omgevingsdienst"},
        {"pagina": "1"},
    ],
    ids=lambda p: "&".join(f"{k}={v}" for k, v in p.items()) or "geen-filter",
)
@pytest.mark.parametrize("role", ROLES)
def test_overview_lists_only_what_role_may_see(client, scene, role, params):
    scene.login(client, role)
    response = overview(client, **params)
    html = response.content.decode()
    listed = listed_pks(response)
    for which in WHICH:
        evaluatie = getattr(scene, which)
        if not sees(role, which):
            assert evaluatie.pk not in listed, (which, params)
            assert evaluatie.titel not in html, (which, params)
            assert evaluatie.get_absolute_url() not in html, (which, params)
    if not params:
        assert listed == {getattr(scene, w).pk for w in WHICH if sees(role, w)}


def jaar_options(response) -> list[str]:
    return re.findall(r'name="jaar" value="(\d{4})"', response.content.decode())


@pytest.mark.parametrize("role", ROLES)
def test_overview_jaar_choices_only_from_visible_evaluations(client, scene, role):
    scene.login(client, role)
    response = overview(client)
    (jaar,) = [facet for facet in response.context["facets"] if facet.name == "jaar"]
    expected = ["2023", "2021", "2019"] if role in SEES_HIDDEN else ["2019"]
    assert [option.value for option in jaar.options] == expected
    assert jaar_options(response) == expected


@pytest.mark.parametrize("role", NOT_SEEING)
def test_overview_jaar_of_hidden_evaluation_gives_nothing(client, scene, role):
    scene.login(client, role)
    response = overview(client, jaar="2023")
    assert not listed_pks(response)


# ---------------------------------------------------------------------------------------------
# The verband page: timeline and chart


def render_inclusion_tag(user, verband) -> str:
    request = RequestFactory().get(verband.get_absolute_url())
    request.user = user
    template = Template('{% load samenwerking_tags %}{% sections "verband.end" verband %}')
    return template.render(Context({"request": request, "verband": verband}))


@pytest.mark.parametrize("role", ROLES)
def test_inclusion_tag_context_has_only_visible_evaluations(scene, role):
    request = RequestFactory().get("/")
    request.user = scene.users[role] or AnonymousUser()
    context = verband_evaluaties({"request": request}, scene.verband)
    expected = [getattr(scene, w).pk for w in WHICH if sees(role, w)]  # oldest first
    assert [e.pk for e in context["evaluaties"]] == expected
    assert [e.pk for e in context["tijdlijn"]] == expected[::-1]
    grafiek = context["grafiek"]
    assert [e.pk for e in grafiek.columns] == expected
    assert all(len(row) == len(expected) for _, row in grafiek.rows)
    # The public evaluation scored 2, 3, 3, 2, 4; the hidden ones only 1 and 5.
    if not SEES_HIDDEN & {role}:
        assert [row for _, row in grafiek.rows] == [[2], [3], [3], [2], [4]]
        assert {p.score for s in grafiek.series for p in s.points} == {2, 3, 4}


def hidden_markers(scene) -> list[str]:
    """Text that the hidden evaluations put on the verband page for those who may see them."""
    markers = []
    for evaluatie in scene.hidden:
        markers += [
            evaluatie.titel,
            evaluatie.get_absolute_url(),
            f"{evaluatie.uitgevoerd_op:%d-%m-%Y}",  # the chart's marker titles
            f'datetime="{evaluatie.uitgevoerd_op:%Y-%m-%d}"',  # the timeline
            date_format(evaluatie.uitgevoerd_op, "j F Y"),
        ]
    return markers


def assert_hidden_only_for_seers(html: str, scene, role: str) -> None:
    for marker in hidden_markers(scene):
        assert (marker in html) == (role in SEES_HIDDEN), marker
    if role not in SEES_HIDDEN:
        assert "Vertrouwelijke samenvatting" not in html


@pytest.mark.parametrize("role", ROLES)
def test_inclusion_tag_html_hides_hidden_evaluations(scene, role):
    html = render_inclusion_tag(scene.users[role] or AnonymousUser(), scene.verband)
    assert scene.publiek.titel in html
    assert_hidden_only_for_seers(html, scene, role)


@pytest.mark.parametrize("role", ROLES)
def test_verband_page_hides_hidden_evaluations(client, scene, role):
    scene.login(client, role)
    response = client.get(scene.verband.get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert scene.publiek.titel in html, "the verband page does not show its evaluations"
    assert_hidden_only_for_seers(html, scene, role)
    # The hidden years are not chart labels either (a year occurs nowhere else on this page).
    text = page_text(html)
    for evaluatie in scene.hidden:
        assert (str(evaluatie.uitgevoerd_op.year) in text) == (role in SEES_HIDDEN)


# ---------------------------------------------------------------------------------------------
# Evaluatie verwacht


def years_ago(years: int, days: int = 0) -> datetime.date:
    today = timezone.localdate()
    return today.replace(year=today.year - years) - datetime.timedelta(days=days)


@pytest.fixture
def verwacht_scene(scene):
    """The scene's verband (termijn 4 jaar) with dates relative to today: the public evaluation
    5 years ago (so it is due), the besloten one last year, a concept last month."""
    Evaluatie.objects.filter(pk=scene.publiek.pk).update(uitgevoerd_op=years_ago(5))
    Evaluatie.objects.filter(pk=scene.besloten.pk).update(uitgevoerd_op=years_ago(1, days=40))
    Evaluatie.objects.filter(pk=scene.concept.pk).update(
        uitgevoerd_op=timezone.localdate() - datetime.timedelta(days=30)
    )
    for evaluatie in (scene.publiek, scene.besloten, scene.concept):
        evaluatie.refresh_from_db()
    return scene


@pytest.mark.parametrize("role", ROLES)
def test_evaluatie_verwacht_helper_counts_only_visible_definitive(verwacht_scene, role):
    scene = verwacht_scene
    user = scene.users[role] or AnonymousUser()
    verwacht = {v.verband.pk: v for v in evaluatie_verwacht(user)}
    if role in SEES_HIDDEN:
        # The besloten evaluation of last year counts for them: not due.
        assert scene.verband.pk not in verwacht
    else:
        # For the others the last one they may see is 5 years old: due since a year.
        v = verwacht[scene.verband.pk]
        assert v.laatste_evaluatie == scene.publiek.uitgevoerd_op
        assert v.verwacht_sinds == years_ago(1)


@pytest.mark.parametrize("role", ROLES)
def test_evaluatie_verwacht_page(client, verwacht_scene, role):
    scene = verwacht_scene
    scene.login(client, role)
    response = client.get(reverse("evaluaties:evaluatie_verwacht"))
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    listed = {v.verband.pk for v in response.context["verwacht"]}
    assert (scene.verband.pk in listed) == (role not in SEES_HIDDEN)
    assert (scene.verband.naam in html) == (role not in SEES_HIDDEN)
    for datum in (scene.besloten.uitgevoerd_op, scene.concept.uitgevoerd_op):
        assert date_format(datum, "j F Y") not in html
        assert f"{datum:%Y-%m-%d}" not in html
    assert scene.besloten.titel not in html


def test_concept_does_not_count_as_last_evaluation(verwacht_scene):
    """Only the betrokken adviseur and the creator see the recent concept; it does not count."""
    scene = verwacht_scene
    scene.besloten.delete()
    for role in ["betrokken_adviseur", "aanmaker", "beheerder", "anoniem"]:
        user = scene.users[role] or AnonymousUser()
        verwacht = {v.verband.pk: v for v in evaluatie_verwacht(user)}
        assert verwacht[scene.verband.pk].laatste_evaluatie == scene.publiek.uitgevoerd_op, role


def test_verwacht_without_evaluations_counts_from_oprichting(db):
    verband = VerbandFactory(evaluatietermijn_jaren=4, opgericht_op=years_ago(4, days=1))
    nieuw = VerbandFactory(evaluatietermijn_jaren=4, opgericht_op=years_ago(3))
    zonder_termijn = VerbandFactory(evaluatietermijn_jaren=None, opgericht_op=years_ago(30))
    opgeheven = VerbandFactory(evaluatietermijn_jaren=4, opgericht_op=years_ago(30), opgeheven=True)
    pks = {v.verband.pk for v in evaluatie_verwacht(AnonymousUser())}
    assert verband.pk in pks
    assert not pks & {nieuw.pk, zonder_termijn.pk, opgeheven.pk}


def test_verwacht_section_for_a_gemeente(verwacht_scene):
    """The "evaluatie verwacht" section of the gemeente profile follows the same visibility."""
    scene = verwacht_scene
    template = Template('{% load samenwerking_tags %}{% sections "gemeente.summary" gemeente %}')
    anderen = VerbandFactory(naam="Niet van Zwolle", evaluatietermijn_jaren=1)
    for role, expected in [("anoniem", True), ("medewerker_deelnemer", False)]:
        request = RequestFactory().get("/")
        request.user = scene.users[role] or AnonymousUser()
        context = {"request": request, "verbanden": [scene.verband], "gemeente": None}
        html = template.render(Context(context))
        assert (f">{scene.verband.naam}</a>" in html) == expected, role
        assert anderen.naam not in html


@pytest.mark.parametrize("role", ["anoniem", "medewerker_deelnemer", "medewerker_nooit"])
def test_gemeente_profile_verwacht(client, verwacht_scene, role):
    """The samenwerkingsprofiel of Zwolle shows the verband as due only to who cannot see the
    besloten evaluation of last year."""
    scene = verwacht_scene
    scene.login(client, role)
    response = client.get(gemeente("Zwolle").get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    verwacht = response.context.get("verwacht")
    if verwacht is None:
        pytest.fail("the samenwerkingsprofiel shows no 'evaluatie verwacht'")
    listed = {v.verband.pk for v in verwacht}
    assert (scene.verband.pk in listed) == (role not in SEES_HIDDEN)


# ---------------------------------------------------------------------------------------------
# A leak through the step flow


def test_aanbevelingen_step_does_not_show_hidden_previous_evaluation(client, scene):
    """The adviseur who registered the verband (not betrokken) may add an evaluation, but may
    not see the besloten and concept evaluations of others; the aanbevelingen step must not
    show their open aanbevelingen as 'the previous evaluation'."""
    maker = scene.users["verband_aanmaker"]
    client.force_login(maker)
    nieuw = EvaluatieFactory(
        verband=scene.verband,
        aangemaakt_door=maker,
        uitgevoerd_op=timezone.localdate(),
        titel="Nieuwe evaluatie van de maker",
    )
    url = reverse("evaluaties:evaluatie_stap", kwargs={"pk": nieuw.pk, "stap": "aanbevelingen"})
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    for evaluatie in scene.hidden:
        assert evaluatie.titel not in html
        for aanbeveling in evaluatie.aanbevelingen.all():
            assert aanbeveling.tekst not in html
    vorige = response.context["vorige"]
    assert vorige is None or vorige.pk == scene.publiek.pk


def test_verband_maker_may_add_but_not_see_hidden(client, scene):
    """Sanity for the leak test: that adviseur may indeed add one (and then see it)."""
    maker = scene.users["verband_aanmaker"]
    assert maker.has_perm("evaluaties.add_evaluatie", scene.verband)
    assert not AdviseurFactory().has_perm("evaluaties.add_evaluatie", scene.verband)
    assert not Evaluatie.objects.visible_to(maker).filter(pk__in=[e.pk for e in scene.hidden])


# ---------------------------------------------------------------------------------------------
# Aanbevelingen that follow up (or are followed up in) another evaluation


@pytest.fixture
def opvolging(scene):
    """A public evaluation (2024) whose aanbeveling follows up one of the besloten evaluation,
    and a later concept that follows up one of the public 2019 evaluation."""
    geheim = scene.besloten.aanbevelingen.first()
    geheim.tekst = "Geheime aanbeveling over de directeur Zuiderzee."
    geheim.save()
    publiek_2024 = EvaluatieFactory(
        verband=scene.verband,
        titel="Publieke evaluatie 2024",
        uitgevoerd_op=datetime.date(2024, 2, 2),
        openbaar=True,
        aangemaakt_door=scene.users["betrokken_adviseur"],
    )
    vervolg = publiek_2024.aanbevelingen.create(
        tekst="De directie is versterkt.", status="afgerond", vervolg_op=geheim
    )
    scene.concept.aanbevelingen.create(
        tekst="Nog bezig.", status="in_uitvoering", vervolg_op=scene.publiek.aanbevelingen.first()
    )
    return scene, publiek_2024, vervolg


@pytest.mark.parametrize("role", NOT_SEEING)
def test_public_detail_does_not_name_hidden_evaluations_it_links_to(client, opvolging, role):
    scene, publiek_2024, _ = opvolging
    scene.login(client, role)
    for evaluatie in (publiek_2024, scene.publiek):
        html = client.get(evaluatie.get_absolute_url()).content.decode()
        for hidden in scene.hidden:
            assert hidden.titel not in html
            assert f'href="{hidden.get_absolute_url()}"' not in html


@pytest.mark.parametrize("role", ["anoniem", "medewerker_nooit"])
def test_public_detail_does_not_quote_aanbeveling_of_hidden_evaluation(client, opvolging, role):
    scene, publiek_2024, _ = opvolging
    scene.login(client, role)
    html = client.get(publiek_2024.get_absolute_url()).content.decode()
    assert "Geheime aanbeveling" not in html


def test_creator_not_betrokken_does_not_see_title_of_hidden_earlier_evaluation(client, scene):
    aanmaker = scene.users["aanmaker"]
    eigen = EvaluatieFactory(
        verband=scene.verband, aangemaakt_door=aanmaker, uitgevoerd_op=datetime.date(2025, 1, 1)
    )
    ander = EvaluatieFactory(
        verband=scene.verband, titel="Besloten evaluatie van een ander", besloten=True
    )
    eigen.aanbevelingen.create(tekst="Vervolg.", vervolg_op=ander.aanbevelingen.create(tekst="X"))
    client.force_login(aanmaker)
    assert client.get(ander.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND
    html = client.get(eigen.get_absolute_url()).content.decode()
    assert ander.titel not in html
    assert ander.get_absolute_url() not in html


@pytest.mark.parametrize("role", ROLES)
def test_compare_does_not_name_hidden_follow_ups(client, opvolging, role):
    scene, publiek_2024, _ = opvolging
    scene.login(client, role)
    response = client.get(
        reverse("evaluaties:evaluatie_compare"),
        {"evaluatie": [scene.publiek.pk, publiek_2024.pk]},
    )
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    for hidden in scene.hidden:
        assert (f'href="{hidden.get_absolute_url()}"' in html) is False or role in SEES_HIDDEN
