"""Form rendering in NL Design System markup, for every Django form in the project."""

from django.forms import BoundField
from django.forms.renderers import TemplatesSetting

# NL Design System (Utrecht) classes per Django widget type.
WIDGET_CLASSES = {
    "text": "utrecht-textbox",
    "email": "utrecht-textbox",
    "url": "utrecht-textbox",
    "number": "utrecht-textbox",
    "password": "utrecht-textbox",
    "search": "utrecht-textbox",
    "date": "utrecht-textbox",
    "dateinput": "utrecht-textbox",
    "datetime": "utrecht-textbox",
    "textarea": "utrecht-textarea",
    "select": "utrecht-select",
    "nullbooleanselect": "utrecht-select",
    "csvselect": "utrecht-select",  # django-filter's OrderingFilter widget
    "selectmultiple": "utrecht-select utrecht-select--multiple",
    "checkbox": "utrecht-checkbox utrecht-checkbox--html-input",
    "radioselect": "utrecht-radio-button utrecht-radio-button--html-input",
    "checkboxselectmultiple": "utrecht-checkbox utrecht-checkbox--html-input",
    "clearablefile": "utrecht-file-input",
    "file": "utrecht-file-input",
}
INVALID_SUFFIX = {
    "utrecht-textbox": "utrecht-textbox--invalid",
    "utrecht-select": "utrecht-select--invalid",
    "utrecht-textarea": "utrecht-textarea--invalid",
}


class NLDesignSystemBoundField(BoundField):
    """Adds the NLDS class (and its invalid modifier) to each widget.

    Django itself links help text and errors through ``aria-describedby`` and sets
    ``aria-invalid``; the field template gives the error list the matching id.
    """

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        widget = widget or self.field.widget
        css = WIDGET_CLASSES.get(self.widget_type, "")
        if css:
            classes = [css]
            base = css.split()[0]
            if self.errors and base in INVALID_SUFFIX:
                classes.append(INVALID_SUFFIX[base])
            existing = attrs.get("class") or widget.attrs.get("class", "")
            attrs["class"] = " ".join(filter(None, [existing, *classes]))
        return attrs


class NLDesignSystemFormRenderer(TemplatesSetting):
    """Renders forms with ``templates/forms/``; widget templates stay Django's own."""

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
    bound_field_class = NLDesignSystemBoundField
