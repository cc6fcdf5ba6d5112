"""Keep the search index of verbanden current when what it contains changes elsewhere: their
domeinen (a many-to-many change does not save the verband) and a domein's name."""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from samenwerking.search.indexed import m2m_reindexer, schedule_reindex_of

from .models import Domein, Samenwerkingsverband

m2m_changed.connect(
    m2m_reindexer(Samenwerkingsverband),
    sender=Samenwerkingsverband.domeinen.through,
    dispatch_uid="verbanden.domeinen",
    weak=False,
)


@receiver(post_save, sender=Domein, dispatch_uid="verbanden.domein_renamed")
def reindex_verbanden_of_domein(sender, instance: Domein, created: bool, **kwargs) -> None:
    if not created and not kwargs.get("raw"):
        schedule_reindex_of(Samenwerkingsverband.objects.filter(domeinen=instance))
