"""Keep a verband's search index current when its domeinen change (the row itself is not saved)."""

from __future__ import annotations

from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from .models import Samenwerkingsverband


@receiver(
    m2m_changed, sender=Samenwerkingsverband.domeinen.through, dispatch_uid="verbanden.domeinen"
)
def reindex_on_domeinen_change(sender, instance, action: str, reverse: bool, **kwargs) -> None:
    if action in {"post_add", "post_remove", "post_clear"} and not reverse:
        instance.update_search_index()
