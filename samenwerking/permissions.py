"""Who may see and do what: roles as groups, and the object rules on top of them.

The single place where permissions are decided. Each condition on an object (made it, betrokken
adviseur, the user's gemeente takes part) is written once, as a ``Q`` factory. ``visible_to(user)``
on a QuerySet filters by the model's visibility ``Q``; the object rules that views, templates
(``{% has_perm %}`` from ``rules``) and the admin ask through ``user.has_perm(...)`` evaluate the
same ``Q`` for one object in one query. Lists never ask per object: they come from
``visible_to``.
"""

from __future__ import annotations

import rules
from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.db.models import Exists, OuterRef, Q

from evaluaties.choices import Status as EvaluatieStatus
from kennisbank.choices import Status as PublicatieStatus
from verbanden.models import Deelname, Samenwerkingsverband

BEHEERDER = "beheerder"
ADVISEUR = "adviseur"
GEMEENTE_MEDEWERKER = "gemeente-medewerker"
ROLLEN = (BEHEERDER, ADVISEUR, GEMEENTE_MEDEWERKER)


@rules.predicate
def is_beheerder(user) -> bool:
    return user.is_active and (user.is_superuser or rules.is_group_member(BEHEERDER)(user))


# A deactivated account keeps its groups but loses every right, as with Django's own backend.
is_adviseur = rules.is_active & rules.is_group_member(ADVISEUR)


@rules.predicate
def is_gemeente_medewerker(user) -> bool:
    return (
        user.is_active
        and bool(user.gemeente_id)
        and rules.is_group_member(GEMEENTE_MEDEWERKER)(user)
    )


# ---------------------------------------------------------------------------------------------
# The conditions, once. ``verband`` names the path from the filtered model to its verband.

EVERYTHING = Q()
NOTHING = Q(pk__in=[])


def made_by(user) -> Q:
    return Q(aangemaakt_door=user.pk)


def betrokken_adviseur(user, verband: str) -> Q:
    through = Samenwerkingsverband.betrokken_adviseurs.through
    return Q(Exists(through.objects.filter(samenwerkingsverband=OuterRef(verband), user=user.pk)))


def gemeente_takes_part(user, verband: str) -> Q:
    """The gemeente the user works for takes part in the verband today."""
    if not is_gemeente_medewerker(user):
        return NOTHING
    deelnames = Deelname.objects.active().filter(
        verband=OuterRef(verband), gemeente_id=user.gemeente_id
    )
    return Q(Exists(deelnames))


def verband_editable_q(user) -> Q:
    """Verbanden an adviseur may edit: those they registered or are betrokken adviseur of."""
    return made_by(user) | betrokken_adviseur(user, "pk")


def evaluatie_editable_q(user) -> Q:
    return made_by(user) | betrokken_adviseur(user, "verband")


def evaluatie_visible_q(user) -> Q:
    """Public definitive evaluations for everyone; for a logged-in user also those they may
    edit and (gemeente-medewerkers) those of verbanden their gemeente takes part in.
    Beheerders see everything."""
    public = Q(status=EvaluatieStatus.DEFINITIEF, openbaar=True)
    if not user.is_authenticated:
        return public
    if is_beheerder(user):
        return EVERYTHING
    return public | evaluatie_editable_q(user) | gemeente_takes_part(user, "verband")


def publicatie_editable_q(user) -> Q:
    return made_by(user)


def publicatie_visible_q(user) -> Q:
    """Gepubliceerd for everyone; concepts only for their maker and for beheerders."""
    published = Q(status=PublicatieStatus.GEPUBLICEERD)
    if not user.is_authenticated:
        return published
    if is_beheerder(user):
        return EVERYTHING
    return published | publicatie_editable_q(user)


class VisibleQuerySet(models.QuerySet):
    """A QuerySet of a model that can be hidden; ``visibility`` is its ``Q`` factory."""

    visibility = staticmethod(lambda user: EVERYTHING)

    def visible_to(self, user) -> VisibleQuerySet:
        """What ``user`` may see; everything else is hidden: a 404, absent from every list,
        export, feed, search result and API response."""
        return self.filter(self.visibility(user))

    def public(self) -> VisibleQuerySet:
        """What everyone may see: the only thing feeds and anonymous pages show."""
        return self.visible_to(AnonymousUser())


def object_matches(condition) -> rules.Predicate:
    """A rule that holds when the object meets ``condition(user)``: one query for one object."""

    def check(user, obj) -> bool:
        if obj is None or obj.pk is None:
            return False
        q = condition(user)
        if q == EVERYTHING:
            return True
        return type(obj)._default_manager.filter(q, pk=obj.pk).exists()

    return rules.predicate(check, name=condition.__name__)


# ---------------------------------------------------------------------------------------------
# The rules

may_edit_verband = is_beheerder | (is_adviseur & object_matches(verband_editable_q))

rules.add_perm("verbanden.add_samenwerkingsverband", is_beheerder | is_adviseur)
rules.add_perm("verbanden.change_samenwerkingsverband", may_edit_verband)
rules.add_perm("verbanden.delete_samenwerkingsverband", may_edit_verband)

# An evaluation is added to a verband (the permission object is the verband) by those who
# may edit the verband; it is seen by whom ``evaluatie_visible_q`` lets see it and edited by
# beheerders and the adviseurs involved with it.
rules.add_perm("evaluaties.add_evaluatie", may_edit_verband)
rules.add_perm("evaluaties.view_evaluatie", object_matches(evaluatie_visible_q))
may_edit_evaluatie = is_beheerder | (is_adviseur & object_matches(evaluatie_editable_q))
rules.add_perm("evaluaties.change_evaluatie", may_edit_evaluatie)
rules.add_perm("evaluaties.delete_evaluatie", may_edit_evaluatie)

# Kennisbank: adviseurs add publicaties; each edits their own, beheerders all of them.
rules.add_perm("kennisbank.add_publicatie", is_beheerder | is_adviseur)
rules.add_perm("kennisbank.view_publicatie", object_matches(publicatie_visible_q))
may_edit_publicatie = is_beheerder | (is_adviseur & object_matches(publicatie_editable_q))
rules.add_perm("kennisbank.change_publicatie", may_edit_publicatie)
rules.add_perm("kennisbank.delete_publicatie", may_edit_publicatie)
