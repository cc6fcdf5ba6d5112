"""The checks every robustness test shares: post, then judge what came back.

After every request:

1. never a server error: a status below 500, and no exception raised in the view (the clients
   here are made with ``raise_request_exception=False``, so an exception is a 500 response
   whose ``exc_info`` is shown in the assertion with the project line that raised it);
2. a form shown again after a validation error (status 200, 400 or 409) still holds every text
   value that was typed (see ``assert_input_kept`` for the normalisations allowed; a 400
   without the form is Django refusing an unreadable request, not a validation error);
3. a submit that did not succeed (anything but a redirect away from the login page) changed
   nothing in the database (``snapshot``: row counts and a checksum of every table, compared
   whenever the request sent a writing SQL statement, see ``wrote``);
4. a submit that did succeed leads to a page that renders.

Each example runs inside ``isolated()``: a savepoint that is rolled back at its end, so that
Hypothesis' examples, which all run inside one test's transaction, never see each other's rows
(and all start from the same database, so ``Baseline`` takes the "before" snapshot once).
"""

from __future__ import annotations

import hashlib
import os
import re
import sysconfig
import traceback
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from hypothesis import event
from hypothesis import settings as hypothesis_settings
from hypothesis.control import currently_in_test_context

from samenwerking.middleware import role_of as logged_role_of
from tests.helpers import FormData, parse_form

from .strategies import (
    ID_NAME,
    FormShape,
    SetField,
    ShortRepr,
    Submission,
    management_prefix,
    row_prefix,
    short,
)

# Examples per test in the ci profile (tests/robustness/conftest.py); see ``examples``.
CI_EXAMPLES = 12

# Inputs whose value a person types; their value must survive a validation error.
TEXT_KINDS = {"text", "textarea", "email", "url", "search", "tel", "number"}
CHOICE_KINDS = {"select", "select-multiple", "radio", "checkbox"}
URLENCODED = "application/x-www-form-urlencoded"
# Statuses of a form shown again: invalid (200, or 400 in the kennisbank) or a conflict (409).
FORM_AGAIN = {200, 400, 409}
# Tables a request may legitimately write without saving anything: sessions and login throttling.
NOT_SNAPSHOTTED = {"sessions", "axes"}
IGNORED_TABLES = ("django_session", "axes_")
VOLATILE = {"last_login"}


def examples(n: int) -> hypothesis_settings:
    """``n`` examples in the ci profile, proportionally more in a bigger one (``thorough``)."""
    scale = hypothesis_settings.default.max_examples / CI_EXAMPLES
    return hypothesis_settings(max_examples=max(1, round(n * scale)))


# ---------------------------------------------------------------------------------------------
# Isolation and clients


@contextmanager
def isolated():
    """Run one Hypothesis example in a savepoint that is always rolled back."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def new_client(user=None) -> Client:
    """A client that turns a view's exception into a 500 response instead of raising it.

    Make it inside ``isolated()``: its session then disappears with the example.
    """
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    return client


def role_of(user) -> str:
    """``anonymous``, or the username with its role as the error log names it."""
    if user is None:
        return "anonymous"
    return f"{user.username} ({logged_role_of(user)})"


# ---------------------------------------------------------------------------------------------
# Property 1: no server errors


# Frames skipped for "last frame outside Django": Django itself and the database drivers.
FRAMEWORK = ("/site-packages/django/", "/site-packages/psycopg/", "/sqlite3/")
STDLIB = sysconfig.get_paths()["stdlib"]
REPEATS = re.compile(r"(.{1,4}?)\1{7,}", re.S)


def compress(text: str, limit: int = 400) -> str:
    """An error message with a huge value in it, readable: runs become ``'\\x00' * 100000``."""
    text = REPEATS.sub(lambda m: f"{m.group(1)!r} * {len(m.group(0)) // len(m.group(1))}", text)
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} characters)"


def describe_exception(exc_info) -> str:
    """The exception, where it was raised, and the last frame outside Django (and the database
    driver) that led there: the project's own, or a package such as django-simple-history."""
    if not exc_info:
        return ""
    exc_type, exc, tb = exc_info
    frames = traceback.extract_tb(tb)
    base = str(settings.BASE_DIR)
    own = [f for f in frames if f.filename.startswith(base) and "/.venv/" not in f.filename]
    not_django = [
        f
        for f in frames
        if not any(part in f.filename for part in FRAMEWORK) and not f.filename.startswith(STDLIB)
    ]
    lines = [f"{exc_type.__name__}: {compress(str(exc))}"]
    shown = set()
    for label, found in (
        ("raised at", frames[-1:]),
        ("last project frame", own[-1:]),
        ("last frame outside Django", not_django[-1:]),
    ):
        for frame in found:
            if (frame.filename, frame.lineno) in shown:
                continue
            shown.add((frame.filename, frame.lineno))
            path = os.path.relpath(frame.filename, base)
            lines.append(f"  {label} {path}:{frame.lineno} in {frame.name}: {frame.line}")
    return "\n".join(lines)


def assert_no_server_error(response, what: str) -> None:
    exc_info = getattr(response, "exc_info", None)
    assert response.status_code < 500 and not exc_info, (
        f"{what}\n  -> HTTP {response.status_code}\n{describe_exception(exc_info)}"
    )


def get_unchanged(client, url: str, what: str, before: dict):
    """GET ``url``: no server error, and no change in the database."""
    with watching_writes() as queries:
        response = client.get(url)
    assert_no_server_error(response, what)
    if wrote(queries):
        assert_unchanged(before, snapshot(), f"{what} (a GET that wrote to {wrote(queries)})")
    return response


def get_ok(client, url: str, what: str = "", *, status: int | None = None):
    """GET ``url``: never a server error, and ``status`` exactly if given."""
    response = client.get(url)
    assert_no_server_error(response, f"GET {url} {what}".rstrip())
    if status is not None:
        assert response.status_code == status, (
            f"GET {url} {what}: HTTP {response.status_code}, expected {status}"
        )
    return response


# ---------------------------------------------------------------------------------------------
# Property 3: nothing changes on an invalid submit


def snapshot() -> dict[str, tuple[int, str]]:
    """Row count and checksum of every table (history and many-to-many tables included).

    Left out: sessions and the login throttling tables (``NOT_SNAPSHOTTED``), and users'
    ``last_login``, which logging a test client in sets.
    """
    state = {}
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.app_label in NOT_SNAPSHOTTED or meta.proxy or not meta.managed:
            continue
        columns = [f.attname for f in meta.concrete_fields if f.attname not in VOLATILE]
        rows = list(model._base_manager.order_by("pk").values_list(*columns))
        state[meta.label] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()[:16])
    return state


WRITE = re.compile(
    r'^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+"?(\w+)',
    re.I,
)


@contextmanager
def watching_writes():
    """Record the SQL of a request, for ``wrote``."""
    with CaptureQueriesContext(connection) as queries:
        yield queries


def wrote(queries) -> list[str]:
    """The tables (other than ``NOT_SNAPSHOTTED``) that statements in ``queries`` wrote to.

    No such statement means the database cannot have changed, so the full ``snapshot`` is
    only taken after a request that wrote something (perhaps rolled back since).
    """
    tables = []
    for query in queries.captured_queries:
        match = WRITE.match(query["sql"])
        if match and not match.group(1).startswith(IGNORED_TABLES):
            tables.append(match.group(1))
    return tables


class Baseline:
    """The database as every example of one test starts (each example is rolled back, so
    they all start alike): taken once, at the start of the first example."""

    def __init__(self):
        self.state: dict | None = None

    def get(self) -> dict:
        if self.state is None:
            self.state = snapshot()
        return self.state


def assert_unchanged(before: dict, after: dict, what: str) -> None:
    changed = {
        label: f"{before.get(label, (0,))[0]} -> {after.get(label, (0,))[0]} rows"
        for label in before.keys() | after.keys()
        if before.get(label) != after.get(label)
    }
    assert not changed, f"{what}\n  -> the database changed: {changed}"


# ---------------------------------------------------------------------------------------------
# Reading forms


class _FieldParser(HTMLParser):
    """Per form: its attributes, and per field name its kind, CSS class and offered values."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: str | None = None
        self._option: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: ("" if v is None else v) for k, v in attrs}
        if tag == "form":
            self._form = {"attrs": a, "kinds": {}, "classes": {}, "options": {}, "limits": {}}
            self.forms.append(self._form)
            return
        form = self._form
        name = a.get("name")
        if form is None:
            return
        if tag == "input" and name:
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset"):
                return
            if "hidden" in a or "readonly" in a:
                kind = "hidden"  # shown for password managers, never typed in
            form["kinds"][name] = kind
            if a.get("maxlength", "").isdigit():
                form["limits"][name] = int(a["maxlength"])
            form["classes"][name] = a.get("class", "")
            if kind in ("checkbox", "radio"):
                form["options"].setdefault(name, []).append(a.get("value", "on"))
        elif tag == "textarea" and name:
            form["kinds"][name] = "textarea"
            if a.get("maxlength", "").isdigit():
                form["limits"][name] = int(a["maxlength"])
            form["classes"][name] = a.get("class", "")
        elif tag == "select" and name:
            form["kinds"][name] = "select-multiple" if "multiple" in a else "select"
            form["classes"][name] = a.get("class", "")
            form["options"].setdefault(name, [])
            self._select = name
        elif tag == "option" and self._select:
            self._option = {"value": a.get("value"), "text": []}

    def handle_data(self, data):
        if self._option is not None:
            self._option["text"].append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "option" and self._option is not None and self._form is not None:
            value = self._option["value"]
            if value is None:
                value = "".join(self._option["text"]).strip()
            self._form["options"][self._select].append(value)
            self._option = None


FORM_HTML = re.compile(r"<form\b[^>]*>.*?</form>", re.S | re.I)
LOGOUT_ACTION = re.compile(r"/(uitloggen|logout)/$")


def main_form(html: str) -> tuple[str, dict] | None:
    """The page's own POST form (not the header's logout form): its HTML and fields."""
    best = None
    for match in FORM_HTML.finditer(html):
        parser = _FieldParser()
        parser.feed(match.group(0))
        if not parser.forms:
            continue
        form = parser.forms[0]
        if form["attrs"].get("method", "get").lower() != "post":
            continue
        if LOGOUT_ACTION.search(form["attrs"].get("action", "")):
            continue
        if best is None or len(form["kinds"]) > len(best[1]["kinds"]):
            best = (match.group(0), form)
    return best


def read_main_form(html: str) -> tuple[FormData, dict] | None:
    """What the page's own form submits unchanged (``tests.helpers.parse_form``), and its fields."""
    found = main_form(html)
    if found is None:
        return None
    form_html, fields = found
    containing = next(iter(fields["kinds"]), "csrfmiddlewaretoken")
    return parse_form(form_html, containing=containing), fields


@dataclass(repr=False)
class FormPage(ShortRepr):
    """A form as the page renders it: where it posts, what it submits, what its fields are."""

    url: str
    data: FormData
    kinds: dict[str, str]
    enctype: str = "application/x-www-form-urlencoded"
    classes: dict[str, str] = field(default_factory=dict)
    options: dict[str, list[str]] = field(default_factory=dict)
    buttons: list[tuple[str, str]] = field(default_factory=list)
    real_ids: tuple[str, ...] = ()
    limits: dict[str, int] = field(default_factory=dict)  # the maxlength of text fields

    def typed_fields(self) -> list[str]:
        """The fields a person types in: text inputs, textareas and passwords."""
        return sorted(n for n, kind in self.kinds.items() if kind in TEXT_KINDS | {"password"})

    def id_fields(self) -> list[str]:
        """Fields that send a choice or an id: selects, boxes, and hidden row and parent ids."""
        return sorted(
            name
            for name, kind in self.kinds.items()
            if kind in CHOICE_KINDS or (kind == "hidden" and ID_NAME.search(name))
        )

    def every(self, fields: str, value_for) -> Submission:
        """All ``typed``, ``id`` or ``initial`` (``-INITIAL_FORMS``) fields at once set to
        ``value_for(page, name)``."""
        names = {
            "typed": self.typed_fields(),
            "id": self.id_fields(),
            "initial": sorted(n for n in self.kinds if n.endswith("-INITIAL_FORMS")),
        }[fields]
        return Submission(tuple(SetField(name, value_for(self, name)) for name in names))

    def shape(self) -> FormShape:
        initial_rows = {}
        for name, values in self.data.items():
            if name.endswith("-INITIAL_FORMS") and values and values[0].isdigit():
                initial_rows[management_prefix(name)] = int(values[0])
        return FormShape(
            names=sorted(self.kinds),
            kinds=self.kinds,
            options=self.options,
            classes=self.classes,
            buttons=self.buttons,
            real_ids=self.real_ids,
            initial_rows=initial_rows,
        )

    def __repr__(self) -> str:
        return f"FormPage({self.url})"


def read_form(client, url: str, *, real_ids: tuple[str, ...] = ()) -> FormPage:
    """GET ``url`` and read its form the way a browser would submit it."""
    response = get_ok(client, url, status=200)
    found = read_main_form(response.content.decode())
    assert found is not None, f"GET {url}: no form on the page"
    data, fields = found
    return FormPage(
        url=url,
        data=data,
        kinds=fields["kinds"],
        enctype=fields["attrs"].get("enctype") or "application/x-www-form-urlencoded",
        classes=fields["classes"],
        options={k: v for k, v in fields["options"].items() if v},
        buttons=list(data.buttons),
        real_ids=real_ids,
        limits=fields["limits"],
    )


# ---------------------------------------------------------------------------------------------
# Property 2: typed input is kept


def comparable(value: str) -> bool:
    """False for values with control characters (NUL and friends) other than tab and newlines.

    Django refuses NUL in every CharField, PostgreSQL cannot store it, and browsers drop or
    replace control characters, so such a value need not come back verbatim.
    """
    return not any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in value)


def normalise(value: str) -> str:
    """Line breaks as a browser submits them (CRLF and CR become LF), surrounding blanks off.

    Django's CharField strips surrounding whitespace (``strip=True``) and browsers normalise a
    textarea's line breaks, so neither counts as losing input.
    """
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def assert_input_kept(
    response, page: FormPage, posted: FormData, what: str, *, skip_rows_of=frozenset()
) -> None:
    """Every text value that was sent is shown again in the re-rendered form.

    Compared: text inputs and textareas of the form as the GET page rendered them (never
    passwords, hidden fields or files), after HTML-unescaping (``parse_form``) and
    ``normalise``. Allowed exceptions:

    - a field sent several times is compared by its last value (Django reads the last one);
    - values with control characters (``comparable``) are not compared;
    - the beheer's template row for "add another" (``<prefix>-__prefix__-<field>``) is not a
      row: Django never reads it, and renders it empty;
    - rows of a formset whose management form was tampered with (``skip_rows_of``) are not
      compared: the management form decides which rows exist, so rows beyond it cannot be
      shown again.
    """
    html = response.content.decode()
    found = read_main_form(html)
    if found is None and response.status_code == 400:
        return  # Django refused the request itself (unparsable, too big): no form to compare
    assert found is not None, f"{what}\n  -> HTTP {response.status_code} without the form"
    shown, _ = found
    lost = {}
    for name, values in posted.items():
        if page.kinds.get(name) not in TEXT_KINDS or not values:
            continue
        if row_prefix(name) in skip_rows_of or "__prefix__" in name:
            continue
        sent = values[-1]
        if not comparable(sent):
            continue
        got = shown.get(name)
        if got is None or normalise(got[-1]) != normalise(sent):
            lost[name] = f"sent {short(sent)}, shown {short(got[-1]) if got else '(no field)'}"
    assert not lost, f"{what}\n  -> typed input lost on HTTP {response.status_code}: {lost}"


# ---------------------------------------------------------------------------------------------
# A whole submit


def statistics(outcome: str) -> None:
    """Count an outcome for ``--hypothesis-show-statistics`` (only inside a Hypothesis test)."""
    if currently_in_test_context():
        event(outcome)


def is_redirect(response) -> bool:
    return response.status_code in (301, 302, 303, 307, 308)


def to_login(response) -> bool:
    location = response.get("Location", "")
    return "/account/inloggen/" in location or "/beheer/login/" in location


def submit(
    client,
    page: FormPage,
    data: FormData | None,
    what: str,
    *,
    body: bytes | None = None,
    content_type: str | None = None,
    skip_rows_of=frozenset(),
    before: dict | None = None,
):
    """POST and check properties 1-3 (and 4's first step: the page a success leads to).

    ``body`` and ``content_type`` post raw bytes instead of ``data``; ``data`` is then what
    Django decodes from them (or None), for the comparison of typed input. ``before`` is the
    database before the POST (``Baseline``), taken now if not given.
    """
    if before is None:
        before = snapshot()
    with watching_writes() as queries:
        if body is not None:  # exactly these bytes (``post`` would re-encode them per charset)
            response = client.generic("POST", page.url, body, content_type=content_type)
        elif page.enctype == "multipart/form-data":
            response = client.post(page.url, data)
        else:  # as a browser posts a form without file inputs
            response = client.post(page.url, urlencode(data, doseq=True), content_type=URLENCODED)
    assert_no_server_error(response, what)
    saved = is_redirect(response) and not to_login(response)
    statistics("saved" if saved else f"not saved (HTTP {response.status_code})")
    if saved:
        get_ok(client, response["Location"], f"(after {what})")
        return response
    if wrote(queries):
        assert_unchanged(before, snapshot(), what)
    if response.status_code in FORM_AGAIN and data is not None:
        assert_input_kept(response, page, data, what, skip_rows_of=skip_rows_of)
    return response


def describe(method: str, url: str, user, detail) -> str:
    return f"{method} {url} as {role_of(user)} with {detail!r}"


def all_of(*checks) -> None:
    """Run every check, even after one fails, and report all their failures together."""
    failures = []
    for check in checks:
        try:
            check()
        except Exception as failure:  # reported below, with the others
            failures.append(failure)
    if len(failures) == 1:
        raise failures[0]
    if failures:
        raise ExceptionGroup(f"{len(failures)} checks failed", failures)
