"""Every form of the site survives bodies no browser sends: invalid UTF-8 and broken escapes in
a field, a wrong or unknown charset, and bodies that do not match their content type.

The body is the real form, urlencoded, with the drawn bytes put into one field as they are.
Where Django can read the body as a form, the typed input it decoded (``QueryDict``, with
U+FFFD for undecodable bytes) must be shown again after a validation error.
"""

from __future__ import annotations

import codecs
from urllib.parse import urlencode

from django.conf import settings
from django.http import QueryDict
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import FormData

from .harness import describe, examples, isolated, submit
from .strategies import ShortRepr, management_prefix

RAW_VALUES = [
    b"%ff%fe",
    b"\xff\xfe",
    b"%c0%af",
    b"%ed%a0%80",
    b"%e2%82",
    b"\xe2\x82",
    b"%00",
    b"caf\xe9",
    b"%",
    b"%zz",
    b"&&",
    b"=",
    b"%f0%9f%98%80" * 1000,
]
URLENCODED = [
    "application/x-www-form-urlencoded; charset=utf-8",
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=latin-1",
    "application/x-www-form-urlencoded; charset=utf-16",
    "application/x-www-form-urlencoded; charset=onbekend",
]
OTHER = [
    "multipart/form-data; boundary=grens",
    "multipart/form-data",
    "text/plain",
    "application/json",
]
PLACEHOLDER = "PLAATSHOUDER"


class RawBody(ShortRepr):
    def __init__(self, field: str | None, raw: bytes, content_type: str):
        self.field, self.raw, self.content_type = field, raw, content_type

    def __repr__(self) -> str:
        raw = self.raw if len(self.raw) <= 40 else self.raw[:20] + b"..."
        return f"{self.field}={raw!r} as {self.content_type!r}"

    def body(self, data: FormData) -> bytes:
        data = data.copy()
        if self.field is not None:
            data[self.field] = PLACEHOLDER
        else:
            data.add(PLACEHOLDER, "1")
        return urlencode(data, doseq=True).encode().replace(PLACEHOLDER.encode(), self.raw)

    def decoded(self, body: bytes) -> FormData | None:
        """What Django reads from the body as a form, or None if it reads none."""
        if not self.content_type.startswith("application/x-www-form-urlencoded"):
            return None
        _, _, charset = self.content_type.partition("charset=")
        try:
            encoding = codecs.lookup(charset).name if charset else settings.DEFAULT_CHARSET
        except LookupError:
            encoding = settings.DEFAULT_CHARSET
        return FormData(QueryDict(body, encoding=encoding).lists())


def raw_bodies(names: list[str]) -> st.SearchStrategy[RawBody]:
    fields = st.sampled_from(names) if names else st.none()
    return st.builds(
        RawBody,
        st.one_of(fields, fields, st.none()),
        st.sampled_from(RAW_VALUES),
        st.one_of(st.sampled_from(URLENCODED), st.sampled_from(URLENCODED), st.sampled_from(OTHER)),
    )


@examples(4)
@given(data=st.data())
def test_site_form_survives_invalid_bytes(world, spec, form_page, baseline, data):
    page = form_page
    names = sorted(n for n in page.kinds if n != "csrfmiddlewaretoken")
    raw = data.draw(raw_bodies(names), label="body")
    body = raw.body(page.data)
    with isolated():
        client = spec.client(world)
        submit(
            client,
            page,
            raw.decoded(body),
            describe("POST", page.url, spec.user(world), raw),
            body=body,
            content_type=raw.content_type,
            # Bytes in a management form tamper with it: its rows need not come back.
            skip_rows_of={management_prefix(raw.field or "")} - {None},
            before=baseline.get(),
        )
