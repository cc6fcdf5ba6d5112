"""Bookkeeping of the objects edited in the site (verband, evaluatie, publicatie).

Who made one and when, when it last changed, and the version that keeps two people's edits
apart (``samenwerking.editing``). Beheer shows the same fields the same way
(``samenwerking.admin.EditedInSiteAdminMixin``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

# Never in an object's history: every record has its own time, and the search index is derived.
HISTORY_EXCLUDED_FIELDS = ["gewijzigd_op", "zoekvector", "zoektermen"]


class EditedInSite(models.Model):
    aangemaakt_op = models.DateTimeField("aangemaakt op", auto_now_add=True)
    gewijzigd_op = models.DateTimeField("gewijzigd op", auto_now=True)
    # Raised on every save through the site; a save with an older number is a conflict.
    versie = models.PositiveIntegerField("versie", default=1, editable=False)

    class Meta:
        abstract = True


def created_by(related_name: str) -> models.ForeignKey:
    """The ``aangemaakt_door`` of an object edited in the site; kept when the account goes."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="aangemaakt door",
        on_delete=models.SET_NULL,
        related_name=related_name,
        null=True,
        blank=True,
    )
