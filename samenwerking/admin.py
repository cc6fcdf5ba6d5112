"""Beheer: what every admin of the project shares, and the users."""

import datetime

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ChangeList
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import ValidationError
from django.db import models

from .lookups import is_integer_text
from .models import User
from .search.query import MAX_LENGTH as MAX_SEARCH_LENGTH


class PortalChangeList(ChangeList):
    def get_filters_params(self, params=None):
        lookup_params = super().get_filters_params(params)
        field = self.date_hierarchy
        year = lookup_params.get(f"{field}__year") if field else None
        month = lookup_params.get(f"{field}__month")
        last_year = year and year[-1] == str(datetime.MAXYEAR)
        if (
            last_year
            and (month is None or month[-1] == "12")
            and f"{field}__day" not in lookup_params
        ):
            # Django's date hierarchy filters up to the first day after the chosen year or
            # month, which does not exist after December 9999 (a typing error stored before
            # dates were bounded): filter from its start onwards instead.
            lookup_params.pop(f"{field}__year")
            lookup_params.pop(f"{field}__month", None)
            start = datetime.date(datetime.MAXYEAR, 12 if month else 1, 1)
            lookup_params[f"{field}__gte"] = [start.isoformat()]
        return lookup_params

    def get_filters(self, request):
        try:
            return super().get_filters(request)
        except (ValueError, OverflowError) as error:
            # Any other date the hierarchy cannot compute (a day link in December 9999): Django
            # then shows the list unfiltered with a notice, instead of a server error.
            raise IncorrectLookupParameters(error) from error


class PortalAdminMixin:
    """Every ModelAdmin of the project: no search text or date link can break a list."""

    # Web addresses typed without a scheme are https, as Django 6 will assume too.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_changelist(self, request, **kwargs):
        return PortalChangeList

    def history_view(self, request, object_id, extra_context=None):
        # django-simple-history's history pages look the id up unchecked: "%00" or "abc" in
        # the address would be a server error instead of Django's "does not exist" notice.
        if not self.is_pk_text(object_id):
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if not (self.is_pk_text(object_id) and is_integer_text(version_id)):
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        return super().history_form_view(request, object_id, version_id, extra_context)

    def is_pk_text(self, object_id) -> bool:
        try:
            self.opts.pk.to_python(unquote(object_id))
        except ValidationError:
            return False
        return True

    def get_search_results(self, request, queryset, search_term):
        # As long as the site's own search box: SQLite refuses LIKE patterns of tens of
        # thousands of characters, and nothing longer names anything.
        return super().get_search_results(request, queryset, search_term[:MAX_SEARCH_LENGTH])


# The bookkeeping of an object edited in the site (``samenwerking.bookkeeping``), shown last.
BOOKKEEPING_FIELDS = ["aangemaakt_door", "aangemaakt_op", "gewijzigd_op", "versie"]


class EditedInSiteAdminMixin:
    """Admin of a model that is also edited in the site (verband, evaluatie, publicatie)."""

    readonly_fields = ["aangemaakt_op", "gewijzigd_op", "versie"]

    def save_model(self, request, obj, form, change):
        if not change and obj.aangemaakt_door_id is None:
            obj.aangemaakt_door = request.user
        if change:
            # A change in beheer is a new version too: an open edit form in the site then
            # gets the conflict page instead of silently overwriting it.
            obj.versie += 1
        super().save_model(request, obj, form, change)


@admin.register(User)
class GebruikerAdmin(PortalAdminMixin, UserAdmin):
    list_display = [
        "username",
        "email",
        "first_name",
        "last_name",
        "gemeente",
        "is_staff",
        "is_active",
    ]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups"]
    list_select_related = ["gemeente"]
    autocomplete_fields = ["gemeente"]
    fieldsets = [
        *UserAdmin.fieldsets,
        ("Organisatie", {"fields": ["gemeente"], "description": "Voor gemeente-medewerkers."}),
    ]
