"""The harness itself: it must notice lost input, database changes and server errors, and it
must not complain about what the forms legitimately do (see ``harness.assert_input_kept``)."""

from __future__ import annotations

import sys

import pytest
from django.http import HttpResponse

from tests.helpers import FormData

from .harness import (
    FormPage,
    assert_input_kept,
    assert_no_server_error,
    assert_unchanged,
    compress,
    wrote,
)
from .strategies import DropField, RepeatField, SetField, Submission, short

FORM = """
<form method="post" action="/uitloggen/"><input type="hidden" name="csrfmiddlewaretoken"></form>
<form method="post" action="/x/">
  <input type="text" name="naam" value="{naam}">
  <textarea name="omschrijving">
{omschrijving}</textarea>
  <input type="hidden" name="rijen-TOTAL_FORMS" value="1">
  <input type="text" name="rijen-0-gemeente" value="{gemeente}">
  <input type="password" name="wachtwoord" value="">
</form>
"""
PAGE = FormPage(
    url="/x/",
    data=FormData(),
    kinds={
        "naam": "text",
        "omschrijving": "textarea",
        "rijen-TOTAL_FORMS": "hidden",
        "rijen-0-gemeente": "text",
        "wachtwoord": "password",
    },
)


def shown(naam="", omschrijving="", gemeente="") -> HttpResponse:
    return HttpResponse(FORM.format(naam=naam, omschrijving=omschrijving, gemeente=gemeente))


def test_kept_input_passes_with_allowed_normalisations():
    posted = FormData({"naam": ["eerst", " Zwolle &amp; <Kampen> "], "omschrijving": "a\r\nb"})
    posted["wachtwoord"] = "never shown again"
    response = shown(naam="Zwolle &amp;amp; &lt;Kampen&gt;", omschrijving="a\nb")
    assert_input_kept(response, PAGE, posted, "POST /x/")


def test_lost_input_is_reported():
    with pytest.raises(AssertionError, match="typed input lost.*naam"):
        assert_input_kept(shown(naam=""), PAGE, FormData({"naam": "Zwolle"}), "POST /x/")


def test_values_with_control_characters_and_tampered_rows_are_not_compared():
    posted = FormData({"naam": "a\x00b", "rijen-0-gemeente": "Zwolle", "rijen-TOTAL_FORMS": "x"})
    assert_input_kept(shown(), PAGE, posted, "POST /x/", skip_rows_of={"rijen"})
    with pytest.raises(AssertionError, match="rijen-0-gemeente"):
        assert_input_kept(shown(), PAGE, posted, "POST /x/")


def test_a_missing_form_is_reported_except_on_a_bad_request():
    with pytest.raises(AssertionError, match="without the form"):
        assert_input_kept(HttpResponse("<p>Fout</p>"), PAGE, FormData(), "POST /x/")
    assert_input_kept(HttpResponse("Bad Request", status=400), PAGE, FormData(), "POST /x/")


def test_server_errors_are_reported_with_the_line_that_raised():
    response = HttpResponse(status=200)
    try:
        int("abc")
    except ValueError:
        response.exc_info = sys.exc_info()
    with pytest.raises(AssertionError, match=r"ValueError: invalid literal.*\n.*test_harness.py"):
        assert_no_server_error(response, "POST /x/")
    with pytest.raises(AssertionError, match="HTTP 502"):
        assert_no_server_error(HttpResponse(status=502), "GET /x/")


def test_database_changes_are_reported():
    assert_unchanged({"a.B": (1, "x")}, {"a.B": (1, "x")}, "POST /x/")
    with pytest.raises(AssertionError, match=r"a.B': '1 -> 2 rows"):
        assert_unchanged({"a.B": (1, "x")}, {"a.B": (2, "y")}, "POST /x/")


def test_submissions_know_which_management_forms_they_touched():
    submission = Submission(
        (SetField("rijen-TOTAL_FORMS", "abc"), DropField("b-INITIAL_FORMS"), SetField("naam", "x"))
    )
    assert submission.tampered_prefixes == {"rijen", "b"}
    data = Submission((RepeatField("naam", ("a", "b")), DropField("x"))).apply(
        FormData({"naam": "z", "x": "1"})
    )
    assert data == {"naam": ["a", "b"]}
    assert short("x" * 100_000) == "'x' * 100000"


class Queries:
    def __init__(self, *sql):
        self.captured_queries = [{"sql": statement} for statement in sql]


def test_writing_statements_are_recognised_except_sessions_and_login_throttling():
    queries = Queries(
        'SELECT "verbanden_gemeente"."id" FROM "verbanden_gemeente"',
        'UPDATE "django_session" SET "expire_date" = 1',
        'INSERT INTO "axes_accessattempt" ("username") VALUES (1)',
        'SAVEPOINT "s1"',
    )
    assert wrote(queries) == []
    queries = Queries(
        'INSERT OR IGNORE INTO "verbanden_deelname" ("id") VALUES (1)',
        'UPDATE "kennisbank_publicatie" SET "titel" = 1',
        'DELETE FROM "evaluaties_bevinding" WHERE 1',
    )
    assert wrote(queries) == ["verbanden_deelname", "kennisbank_publicatie", "evaluaties_bevinding"]


def test_huge_values_in_error_messages_are_shortened():
    assert compress("got '" + "\\x00" * 1000 + "'") == "got ''\\\\x00' * 1000'"
    assert len(compress("abcdefghij" * 100)) < 450
