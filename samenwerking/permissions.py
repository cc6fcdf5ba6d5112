"""Who may do what: roles as groups, and the object rules on top of them.

The single place where permissions are decided. Views, templates (``{% has_perm %}`` from
``rules``) and the admin all ask ``user.has_perm(...)``; the rules below answer for objects.
"""

from __future__ import annotations

import rules

from verbanden.models import Deelname

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


@rules.predicate
def is_aanmaker(user, verband) -> bool:
    return verband is not None and verband.aangemaakt_door_id == user.pk


@rules.predicate
def is_betrokken_adviseur(user, verband) -> bool:
    return verband is not None and verband.betrokken_adviseurs.filter(pk=user.pk).exists()


@rules.predicate
def is_lid_gemeente(user, verband) -> bool:
    """The user works for a gemeente that takes part in the verband today."""
    return (
        verband is not None
        and bool(getattr(user, "gemeente_id", None))
        and Deelname.objects.active().filter(verband=verband, gemeente_id=user.gemeente_id).exists()
    )


may_edit_verband = is_beheerder | (is_adviseur & (is_aanmaker | is_betrokken_adviseur))

rules.add_perm("verbanden.add_samenwerkingsverband", is_beheerder | is_adviseur)
rules.add_perm("verbanden.change_samenwerkingsverband", may_edit_verband)
rules.add_perm("verbanden.delete_samenwerkingsverband", may_edit_verband)


@rules.predicate
def is_evaluatie_aanmaker(user, evaluatie) -> bool:
    return evaluatie is not None and evaluatie.aangemaakt_door_id == user.pk


@rules.predicate
def is_betrokken_bij_evaluatie(user, evaluatie) -> bool:
    return evaluatie is not None and is_betrokken_adviseur(user, evaluatie.verband)


# An evaluation is added to a verband (the permission object is the verband) by those who
# may edit the verband; it is edited by beheerders and the adviseurs involved with it.
rules.add_perm("evaluaties.add_evaluatie", may_edit_verband)
may_edit_evaluatie = is_beheerder | (
    is_adviseur & (is_evaluatie_aanmaker | is_betrokken_bij_evaluatie)
)
rules.add_perm("evaluaties.change_evaluatie", may_edit_evaluatie)
rules.add_perm("evaluaties.delete_evaluatie", may_edit_evaluatie)


# ---------------------------------------------------------------------------------------------
# Kennisbank: adviseurs add publicaties; each edits their own, beheerders all of them.


@rules.predicate
def is_publicatie_aanmaker(user, publicatie) -> bool:
    return publicatie is not None and publicatie.aangemaakt_door_id == user.pk


rules.add_perm("kennisbank.add_publicatie", is_beheerder | is_adviseur)
may_edit_publicatie = is_beheerder | (is_adviseur & is_publicatie_aanmaker)
rules.add_perm("kennisbank.change_publicatie", may_edit_publicatie)
rules.add_perm("kennisbank.delete_publicatie", may_edit_publicatie)
