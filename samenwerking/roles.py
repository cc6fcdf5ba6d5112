"""The roles as Django groups with model permissions, kept in sync after every ``migrate``.

A ``post_migrate`` handler rather than a data migration: permissions only exist after all
migrations ran, and new models (evaluaties, kennisbank) join a role by adding a line here.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission

from .permissions import ADVISEUR, BEHEERDER, GEMEENTE_MEDEWERKER

VIEW = ("view",)
EDIT = ("add", "change", "delete", "view")

# role -> {"app_label.model": actions}
ROLE_PERMISSIONS: dict[str, dict[str, tuple[str, ...]]] = {
    GEMEENTE_MEDEWERKER: {
        "evaluaties.evaluatie": VIEW,
        "verbanden.samenwerkingsverband": VIEW,
        "verbanden.deelname": VIEW,
        "verbanden.partnerdeelname": VIEW,
    },
    ADVISEUR: {
        "kennisbank.publicatie": EDIT,
        "kennisbank.thema": VIEW,
        "evaluaties.evaluatie": EDIT,
        "evaluaties.beoordeling": EDIT,
        "evaluaties.bevinding": EDIT,
        "evaluaties.aanbeveling": EDIT,
        "verbanden.samenwerkingsverband": EDIT,
        "verbanden.deelname": EDIT,
        "verbanden.partnerdeelname": EDIT,
        "verbanden.partner": ("add", "view"),
    },
    BEHEERDER: {
        "kennisbank.publicatie": EDIT,
        "kennisbank.thema": EDIT,
        "evaluaties.evaluatie": EDIT,
        "evaluaties.beoordeling": EDIT,
        "evaluaties.bevinding": EDIT,
        "evaluaties.aanbeveling": EDIT,
        "evaluaties.criterium": EDIT,
        "verbanden.samenwerkingsverband": EDIT,
        "verbanden.deelname": EDIT,
        "verbanden.partnerdeelname": EDIT,
        "verbanden.partner": EDIT,
        "verbanden.gemeente": EDIT,
        "verbanden.provincie": EDIT,
        "verbanden.domein": EDIT,
        "samenwerking.user": EDIT,
        "auth.group": VIEW,
    },
}


def permissions_for(role: str) -> list[Permission]:
    wanted = [
        (model.split(".")[0], f"{action}_{model.split('.')[1]}")
        for model, actions in ROLE_PERMISSIONS[role].items()
        for action in actions
    ]
    found = {
        (p.content_type.app_label, p.codename): p
        for p in Permission.objects.select_related("content_type").filter(
            codename__in=[codename for _, codename in wanted]
        )
    }
    return [found[key] for key in wanted if key in found]


def sync_roles(**kwargs) -> None:
    """Create the three role groups and give each exactly its permissions. Idempotent."""
    for role in ROLE_PERMISSIONS:
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set(permissions_for(role))
