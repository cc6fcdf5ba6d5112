"""The NL Design System components in templates/components/ and their tags in samenwerking_tags:
{% alert %}, {% errorsummary %} and {% table %}."""

from __future__ import annotations

import re

import pytest
from django import forms
from django.template import Context, Template, TemplateSyntaxError


def render(source: str, **context) -> str:
    return Template("{% load samenwerking_tags %}" + source).render(Context(context))


def opening_tag(html: str, css_class: str) -> str:
    """The start tag of the first element whose class attribute starts with ``css_class``."""
    match = re.search(rf'<div class="{re.escape(css_class)}[^>]*>', html)
    assert match, html
    return match.group(0)


@pytest.mark.parametrize(
    ("kind", "role"),
    [("error", "alert"), ("warning", "alert"), ("info", "status"), ("ok", "status")],
)
def test_alert_type_and_default_role(kind, role):
    html = render(f'{{% alert "{kind}" %}}<p>Tekst</p>{{% endalert %}}')
    tag = opening_tag(html, "utrecht-alert")
    assert f'class="utrecht-alert utrecht-alert--{kind}"' in tag
    assert f'role="{role}"' in tag
    assert '<div class="utrecht-alert__content">' in html
    assert '<div class="utrecht-alert__message">\n      <p>Tekst</p>' in html


def test_alert_role_can_be_given_or_left_out():
    assert 'role="status"' in render('{% alert "warning" role="status" %}x{% endalert %}')
    assert "role=" not in render('{% alert "warning" role="" %}x{% endalert %}')


def test_alert_accepts_message_level_tags():
    html = render("{% alert tag %}x{% endalert %}", tag="success")
    assert 'class="utrecht-alert utrecht-alert--ok"' in html


def test_alert_escapes_variables_in_its_content():
    html = render(
        '{% alert "info" %}<p>{{ tekst }}</p>{% endalert %}', tekst="<script>alert(1)</script>"
    )
    assert "<script>" not in html
    assert "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>" in html


def test_alert_heading_names_the_alert():
    html = render(
        '{% alert "error" heading=kop heading_id="kop-id" id="melding" extra_class="sp-x" '
        'focus=True data="sp-error-summary" %}x{% endalert %}',
        kop="Controleer <uw> invoer",
    )
    tag = opening_tag(html, "utrecht-alert")
    assert 'class="utrecht-alert utrecht-alert--error sp-x"' in tag
    assert 'id="melding"' in tag
    assert 'aria-labelledby="kop-id"' in tag
    assert "data-sp-error-summary" in tag and "data-sp-focus" in tag
    assert (
        '<h2 class="nl-heading nl-heading--level-2 sp-alert-heading" id="kop-id">'
        "Controleer &lt;uw&gt; invoer</h2>"
    ) in html


def test_alert_without_heading_has_no_label():
    html = render('{% alert "info" %}x{% endalert %}')
    assert "aria-labelledby" not in html and "<h2" not in html


def test_alert_rejects_an_unknown_type_and_argument():
    with pytest.raises(TemplateSyntaxError):
        render('{% alert "danger" %}x{% endalert %}')
    with pytest.raises(TemplateSyntaxError):
        render('{% alert "info" kleur="rood" %}x{% endalert %}')


class VoorbeeldForm(forms.Form):
    naam = forms.CharField(label="Naam")
    soort = forms.MultipleChoiceField(
        label="Soort", choices=[("a", "A"), ("b", "B")], widget=forms.CheckboxSelectMultiple
    )

    def clean(self):
        raise forms.ValidationError("Het geheel <klopt> niet.")


@pytest.fixture
def invalid_form():
    form = VoorbeeldForm(data={})
    assert not form.is_valid()
    return form


def test_error_summary_links_every_error_to_its_field(invalid_form):
    html = render(
        '{% errorsummary form heading="Nog niet opgeslagen" %}'
        '<li><a href="#rij-1">Rij 1: fout</a></li>{% enderrorsummary %}',
        form=invalid_form,
    )
    tag = opening_tag(html, "utrecht-alert")
    assert 'class="utrecht-alert utrecht-alert--error sp-error-summary"' in tag
    assert "data-sp-error-summary" in tag
    assert 'aria-labelledby="foutoverzicht-kop"' in tag
    # Focus moves here (site.js), which announces it: no role unless asked for.
    assert "data-sp-focus" in tag and "role=" not in tag
    assert 'id="foutoverzicht-kop">Nog niet opgeslagen</h2>' in html
    assert "<li>Het geheel &lt;klopt&gt; niet.</li>" in html
    assert '<a class="nl-link" href="#id_naam">Naam: Dit veld is verplicht.</a>' in html
    # A field drawn as a fieldset: to its first option.
    assert '<a class="nl-link" href="#id_soort_0">Soort: Dit veld is verplicht.</a>' in html
    assert '<li><a href="#rij-1">Rij 1: fout</a></li>' in html


def test_error_summary_defaults(invalid_form):
    html = render(
        '{% errorsummary form role="alert" focus=False %}{% enderrorsummary %}',
        form=invalid_form,
    )
    tag = opening_tag(html, "utrecht-alert")
    assert 'role="alert"' in tag and "data-sp-focus" not in tag
    assert ">Controleer uw invoer</h2>" in html


def test_error_summary_leaves_focus_to_a_conflict(invalid_form):
    html = render("{% errorsummary form %}{% enderrorsummary %}", form=invalid_form, conflict=True)
    assert "data-sp-focus" not in html


def test_error_summary_only_shows_with_errors():
    valid = forms.Form(data={})
    assert valid.is_valid()
    assert render("{% errorsummary form %}{% enderrorsummary %}", form=valid).strip() == ""
    assert render("{% errorsummary form %}{% enderrorsummary %}", form=None).strip() == ""
    # Errors of formsets alone (the items between the tags) also show it.
    html = render("{% errorsummary form %}<li>Rij 2: fout</li>{% enderrorsummary %}", form=None)
    assert "sp-error-summary" in html and "<li>Rij 2: fout</li>" in html


def test_table_with_caption_head_body_and_foot():
    html = render(
        '{% table id="t-bijschrift" hide_caption=True wrapper_class="sp-table-compact" %}'
        "Verbanden van {{ naam }}{% thead %}"
        '{% th "Verband" %}{% th "Bijdrage" numeric=True extra_class="sp-col-15" %}'
        '{% tbody %}<tr class="utrecht-table__row"><td>1</td></tr>'
        "{% tfoot %}<tr><td>Totaal</td></tr>{% endtable %}",
        naam="<b>Twente</b>",
    )
    assert (
        '<div class="sp-table-wrapper sp-table-compact" role="region" '
        'aria-labelledby="t-bijschrift" tabindex="0">'
    ) in html
    assert (
        '<caption class="utrecht-table__caption sp-visually-hidden" id="t-bijschrift">'
        "Verbanden van &lt;b&gt;Twente&lt;/b&gt;</caption>"
    ) in html
    assert '<th class="utrecht-table__header-cell" scope="col">Verband</th>' in html
    assert (
        '<th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column '
        'sp-col-15" scope="col">Bijdrage</th>'
    ) in html
    assert '<tbody class="utrecht-table__body">' in html
    assert '<tfoot class="utrecht-table__footer">' in html


def test_table_without_id_is_no_region():
    html = render('{% table %}Bijschrift{% thead %}{% th "A" %}{% tbody %}{% endtable %}')
    assert '<div class="sp-table-wrapper">' in html
    assert "tfoot" not in html
