"""Slugs for objects with their own address (verbanden, partners, publicaties)."""

from __future__ import annotations

from django.db import models
from django.utils.text import slugify

# Path segments that are pages of their own (/verbanden/nieuw/, /kennisbank/nieuw/), never an
# object's slug.
RESERVED_SLUGS = frozenset({"nieuw"})


def unique_slug(
    model: type[models.Model], value: str, *, exclude_pk=None, reserved=RESERVED_SLUGS
) -> str:
    """A slug from ``value`` that no other row of ``model`` has yet (``-2``, ``-3``, ... appended).

    A ``reserved`` slug counts as taken. The suffix replaces the end of a long slug, so the
    result always fits the column.
    """
    max_length = model._meta.get_field("slug").max_length
    base = slugify(value)[:max_length] or "zonder-naam"
    others = model._default_manager.exclude(pk=exclude_pk)
    slug, n = base, 1
    while slug in reserved or others.filter(slug=slug).exists():
        n += 1
        suffix = f"-{n}"
        slug = base[: max_length - len(suffix)].rstrip("-") + suffix
    return slug


class UniqueSlugMixin(models.Model):
    """Gives a model with a ``slug`` field its address on the first save, from ``slug_source``.

    Also when a slug was typed (in beheer) that is a page of its own, like "nieuw".
    """

    slug_source = "naam"
    reserved_slugs = RESERVED_SLUGS

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        if not self.slug or self.slug in self.reserved_slugs:
            self.slug = unique_slug(
                type(self),
                getattr(self, self.slug_source),
                exclude_pk=self.pk,
                reserved=self.reserved_slugs,
            )
        super().save(*args, **kwargs)
