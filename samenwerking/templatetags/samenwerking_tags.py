"""The portal's template tags, for every app: Dutch amounts, pagination, breadcrumbs, bars,
the section slots other apps fill (``samenwerking/sections.py``) and the NL Design System
components as block tags (alert, table, data list item, form section)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import template
from django.core.paginator import Page
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from .. import sections as page_sections

register = template.Library()

NBSP = "\u00a0"


@register.filter
def euro(value, decimals: str | int | None = None) -> str:
    """Format an amount in euro the Dutch way: ``€ 1.234.567`` or ``€ 1.234,50``.

    Whole euros are shown without cents unless ``decimals`` asks for them
    (``{{ bedrag|euro:2 }}``). ``None`` and empty strings give an empty string.
    """
    if value is None or value == "":
        return ""
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    places = 2 if decimals is None else int(decimals)
    amount = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if decimals is None and amount == amount.to_integral_value():
        places = 0
    text = f"{abs(amount):,.{places}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    sign = "-" if amount < 0 else ""
    return f"€{NBSP}{sign}{text}"


@register.simple_tag
def page_range(page: Page, on_each_side: int = 2, on_ends: int = 1) -> list:
    """Page numbers around the current page, with ``None`` where pages are left out."""
    ellipsis = page.paginator.ELLIPSIS
    return [
        None if number == ellipsis else number
        for number in page.paginator.get_elided_page_range(
            page.number, on_each_side=on_each_side, on_ends=on_ends
        )
    ]


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, *items):
    """An NL Design System breadcrumb trail.

    Arguments alternate label and URL; the last label (the current page) needs no URL:
    ``{% breadcrumbs "Home" home_url "Verbanden" list_url verband.naam %}``.
    """
    pairs = [
        (items[i], items[i + 1] if i + 1 < len(items) else "") for i in range(0, len(items), 2)
    ]
    request = context.get("request")
    current_url = request.path if request else ""
    crumbs = []
    for index, (label, url) in enumerate(pairs):
        is_current = index == len(pairs) - 1
        crumbs.append(
            {"label": label, "url": current_url if is_current else url, "current": is_current}
        )
    return {"crumbs": crumbs}


@register.simple_tag
def bar_step(value, total) -> int:
    """``value`` as a share of ``total`` in steps of 5 (0-100), for CSS bar classes.

    Any non-zero value gets at least step 5, so that it stays visible.
    """
    try:
        value, total = float(value or 0), float(total or 0)
    except (TypeError, ValueError):
        return 0
    if value <= 0 or total <= 0:
        return 0
    step = round(min(value / total, 1) * 20) * 5
    return max(step, 5)


@register.filter
def max_aantal(items) -> int:
    """The largest count in ``items``: ``(label, count)`` pairs or objects with ``.aantal``."""
    counts = [
        item[1] if isinstance(item, (tuple, list)) else getattr(item, "aantal", 0)
        for item in items or ()
    ]
    return max(counts, default=0)


@register.simple_tag(takes_context=True)
def sections(context, slot: str, obj=None):
    """What other apps contribute to this page at ``slot`` (see ``samenwerking/sections.py``)."""
    return page_sections.render(slot, context, obj)


# NL Design System components as block tags --------------------------------------------------
#
# Each tag renders a template in templates/components/ around the content between its start and
# end tag. The content is rendered in the page's own context (so it is escaped like the rest of
# the page) and handed to the component as ``content``, together with the tag's arguments.


class ComponentNode(template.Node):
    """Renders ``template_name`` with the tag's arguments and its rendered sections."""

    def __init__(self, template_name, args, kwargs, sections, prepare):
        self.template_name = template_name
        self.args = args
        self.kwargs = kwargs
        self.sections = sections
        self.prepare = prepare
        # So that Django finds the nodes inside (such as {% block %}) like in any block tag.
        self.child_nodelists = tuple(f"section_{name}" for name in sections)
        for name, nodelist in sections.items():
            setattr(self, f"section_{name}", nodelist or template.NodeList())

    def render(self, context):
        args = [arg.resolve(context) for arg in self.args]
        kwargs = {name: value.resolve(context) for name, value in self.kwargs.items()}
        if getattr(self.prepare, "takes_context", False):
            args.insert(0, context)
        values = self.prepare(*args, **kwargs)
        for name, nodelist in self.sections.items():
            values[name] = mark_safe(nodelist.render(context).strip()) if nodelist else ""
        cache = context.render_context.setdefault(self, {})
        if "template" not in cache:
            cache["template"] = context.template.engine.get_template(self.template_name)
        return cache["template"].render(context.new(values))


def component_tag(name, template_name, sections=("content",), allowed=()):
    """Register ``prepare`` as the block tag ``name`` that renders ``template_name``.

    ``sections``: the first one is the content right after the start tag; each further one starts
    at a tag of that name (``{% thead %}``) and may be left out. ``allowed``: the keyword
    arguments the tag takes; an unknown one is a syntax error when the template is compiled.
    """

    def decorator(prepare):
        def compile_tag(parser, token):
            bits = token.split_contents()
            args, kwargs = [], {}
            for bit in bits[1:]:
                kwarg = template.base.token_kwargs([bit], parser)
                if kwarg:
                    unknown = set(kwarg) - set(allowed)
                    if unknown:
                        raise template.TemplateSyntaxError(
                            f"{{% {name} %}} takes no argument {', '.join(sorted(unknown))}"
                        )
                    kwargs.update(kwarg)
                elif kwargs:
                    raise template.TemplateSyntaxError(
                        f"{{% {name} %}}: positional argument {bit} after keyword arguments"
                    )
                else:
                    args.append(parser.compile_filter(bit))
            if hasattr(prepare, "check"):
                prepare.check(args)
            end = f"end{name}"
            found = {}
            current = sections[0]
            while True:
                nodelist = parser.parse((end, *sections[1:]))
                found[current] = nodelist
                current = parser.next_token().contents
                if current == end:
                    break
            for section in sections:
                found.setdefault(section, None)
            return ComponentNode(template_name, args, kwargs, found, prepare)

        register.tag(name, compile_tag)
        return prepare

    return decorator


ALERT_TYPES = {
    "info": "info",
    "ok": "ok",
    "warning": "warning",
    "error": "error",
    # Django's message level tags (components/messages.html)
    "success": "ok",
    "debug": "info",
}


def _check_alert(args):
    if len(args) != 1:
        raise template.TemplateSyntaxError(
            '{% alert %} takes one type: "info", "ok", "warning" or "error"'
        )
    literal = args[0].var
    if isinstance(literal, str) and not args[0].filters and literal not in ALERT_TYPES:
        raise template.TemplateSyntaxError(f"{{% alert %}}: unknown type {literal!r}")


@component_tag(
    "alert",
    "components/alert.html",
    allowed=("role", "id", "heading", "heading_id", "labelledby", "extra_class", "focus", "data"),
)
def alert(
    kind,
    role=None,
    id="",
    heading="",
    heading_id="",
    labelledby="",
    extra_class="",
    focus=False,
    data="",
):
    """An NL Design System alert: ``{% alert "warning" %}<p ...>...</p>{% endalert %}``.

    ``kind``: info, ok, warning or error (or a Django message level tag). ``role``: "alert" for
    error and warning, "status" otherwise; ``role=""`` leaves the role out, for a notice that is
    part of the page rather than news (a screen reader need not announce it). ``heading``: an
    h2 at the top, with ``heading_id`` as its id and the alert's aria-labelledby (``labelledby``
    names another element). ``focus``: the page's script moves focus here on load
    (``data-sp-focus``). ``data``: names of further data attributes, space-separated
    (``data="sp-error-summary"``). ``id`` and ``extra_class`` go on the alert itself.
    """
    kind = ALERT_TYPES.get(kind, "info")
    if role is None:
        role = "alert" if kind in ("error", "warning") else "status"
    return {
        "type": kind,
        "role": role,
        "id": id,
        "heading": heading,
        "heading_id": heading_id,
        "labelledby": labelledby or heading_id,
        "extra_class": extra_class,
        "focus": focus,
        "data": str(data).split(),
    }


alert.check = _check_alert


@component_tag(
    "table",
    "components/table.html",
    sections=("caption", "thead", "tbody", "tfoot"),
    allowed=("id", "hide_caption", "wrapper_class", "table_class"),
)
def table(id="", hide_caption=False, wrapper_class="", table_class=""):
    """An NL Design System table in a wrapper that scrolls sideways on narrow screens.

    ``{% table id="x-bijschrift" %}Caption{% thead %}header cells{% tbody %}rows{% tfoot %}
    footer rows{% endtable %}``: the header cells get their row, the body and footer rows their
    ``tbody`` and ``tfoot`` (``tfoot`` may be left out). With an ``id`` (the caption's) the
    wrapper is a keyboard-focusable region named by the caption. ``hide_caption``: the caption
    is for screen readers only (a heading right above says the same).
    """
    return {
        "id": id,
        "hide_caption": hide_caption,
        "wrapper_class": wrapper_class,
        "table_class": table_class,
    }


@register.simple_tag
def th(label, numeric=False, extra_class=""):
    """A column header cell: ``{% th "Bijdrage per jaar" numeric=True %}``."""
    classes = "utrecht-table__header-cell"
    if numeric:
        classes += " utrecht-table__header-cell--numeric-column"
    if extra_class:
        classes += f" {extra_class}"
    return format_html('<th class="{}" scope="col">{}</th>', classes, label)


@component_tag("dataitem", "components/data_item.html", allowed=("multiline",))
def dataitem(label, multiline=False):
    """One key and value of an NL Design System data list (``<dl class="utrecht-data-list">``):
    ``{% dataitem "Fase" %}{{ verband.get_fase_display }}{% enddataitem %}``. ``multiline``:
    keep the value's line breaks."""
    return {"label": label, "multiline": multiline}


@component_tag("formsection", "components/form_section.html", allowed=("id", "describedby"))
def formsection(title, id="", describedby=""):
    """A section of a long form: a fieldset whose legend is an h2 with ``title``.
    ``{% formsection "Inhoud" %}{{ form.samenvatting.as_field_group }}{% endformsection %}``."""
    return {"title": title, "id": id, "describedby": describedby}


@component_tag(
    "errorsummary", "components/error_summary.html", allowed=("heading", "focus", "role")
)
def errorsummary(context, form=None, heading="", focus=None, role=""):
    """The error summary at the top of a form page: every error of ``form`` as a link to its
    field, then the items between the tags (``<li>``, for formsets and the like). Shown only when
    there is an error. ``heading``: "Controleer uw invoer" unless given. ``focus``: the page's
    script moves focus here on load; by default unless the page shows a conflict (whose alert
    takes focus, components/conflict.html). ``role``: none unless given (focus announces it).

    ``{% errorsummary form heading="..." %}<li>...</li>{% enderrorsummary %}``
    """
    if focus is None:
        focus = not context.get("conflict")
    return {"form": form or None, "heading": heading, "focus": focus, "role": role}


errorsummary.takes_context = True


@register.simple_tag(takes_context=True)
def textitem(context, label, text):
    """A data list item for a text that may run over several lines, left out when the text is
    empty: ``{% textitem "Aanleiding" evaluatie.aanleiding %}`` is
    ``{% if evaluatie.aanleiding %}{% dataitem "Aanleiding" multiline=True %}...`` in short."""
    if not text:
        return ""
    item = context.template.engine.get_template("components/data_item.html")
    return item.render(
        context.new({"label": label, "multiline": True, "content": conditional_escape(text)})
    )


@register.simple_tag
def field_groups(form, *names):
    """The field groups (label, help, errors, input) of the fields ``names`` of ``form``, in
    that order: ``{% field_groups form "samenvatting" "inhoud" %}``."""
    return mark_safe("\n".join(form[name].as_field_group() for name in names))
