"""Every form of the site, submitted by the role that may, survives hostile and careless input.

Each test reads the real form (GET, ``parse_form``), then Hypothesis changes one to three
fields: hostile values, fields sent twice or left out, tampered formset management forms,
extra fields, and sometimes a different button. ``harness.submit`` checks the outcome.
Besides, whatever Hypothesis draws, every form gets all its typed fields at once just over
their ``maxlength``, a hundred thousand characters long and with a NUL byte, and all its
choices and ids at once not a number and beyond any database's range, and its stored rows sent
as new rows (``SWEEPS``).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .harness import all_of, describe, examples, isolated, new_client, submit
from .site_forms import DELETE_FORMS
from .strategies import SWEEPS, submissions


def test_site_form_survives_hostile_input(world, spec, form_page, baseline):
    """Every field of a kind hostile at once (``SWEEPS``), then Hypothesis' examples."""
    all_of(
        lambda: every_field_at_once(world, spec, form_page, baseline),
        lambda: hostile_examples(world, spec, form_page, baseline),
    )


def every_field_at_once(world, spec, page, baseline) -> None:
    for sweep, (fields, value_for) in SWEEPS.items():
        submission = page.every(fields, value_for)
        with isolated():
            submit(
                spec.client(world),
                page,
                submission.apply(page.data),
                describe("POST", page.url, spec.user(world), f"{sweep}: {submission!r}"),
                skip_rows_of=submission.tampered_prefixes,
                before=baseline.get(),
            )


@examples(10)
@given(data=st.data())
def hostile_examples(world, spec, page, baseline, data) -> None:
    submission = data.draw(submissions(page.shape()), label="submission")
    with isolated():
        submit(
            spec.client(world),
            page,
            submission.apply(page.data),
            describe("POST", page.url, spec.user(world), submission),
            skip_rows_of=submission.tampered_prefixes,
            before=baseline.get(),
        )


@pytest.fixture(params=DELETE_FORMS, ids=repr)
def delete_spec(request):
    return request.param


@examples(4)
@given(data=st.data())
def test_delete_form_survives_hostile_input_and_other_roles(world, delete_spec, baseline, data):
    """Extra fields change nothing; a role that may not delete changes nothing either."""
    page = delete_spec.read(world)
    role = data.draw(st.sampled_from(["adviseur", "ander_adviseur", "medewerker", None]))
    submission = data.draw(submissions(page.shape()), label="submission")
    with isolated():
        user = getattr(world, role) if role else None
        submit(
            new_client(user),
            page,
            submission.apply(page.data),
            describe("POST", page.url, user, submission),
            before=baseline.get(),
        )
