"""The layering of the project (README, "Architectuur"): the registry depends on nobody.

``verbanden`` imports nothing from ``evaluaties`` or ``kennisbank``, in Python or in its
templates; those apps add to the registry's pages through section slots
(``samenwerking/sections.py``). The project package holds no domain models.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
OTHER_APPS = ("evaluaties", "kennisbank")


def python_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


REGISTRY_PYTHON = sorted((ROOT / "verbanden").rglob("*.py"))
REGISTRY_TEMPLATES = sorted((ROOT / "templates" / "verbanden").rglob("*.html"))


@pytest.mark.parametrize("path", REGISTRY_PYTHON, ids=lambda p: str(p.relative_to(ROOT)))
def test_registry_python_imports_no_other_app(path):
    imported = python_imports(path)
    assert not {name for name in imported if name.split(".")[0] in OTHER_APPS}, (
        f"{path.relative_to(ROOT)} imports another app"
    )


# What a template can use of another app: its template tags, its templates, its URLs.
TEMPLATE_REFERENCE = re.compile(
    r"{%\s*load\s+[^%]*\b(?:evaluaties|kennisbank)_\w*"
    r"|{%\s*(?:include|extends)\s+[\"'](?:evaluaties|kennisbank)/"
    r"|{%\s*url\s+[\"'](?:evaluaties|kennisbank):"
)


@pytest.mark.parametrize("path", REGISTRY_TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_registry_templates_use_no_other_app(path):
    text = path.read_text(encoding="utf-8")
    assert not TEMPLATE_REFERENCE.search(text), f"{path.relative_to(ROOT)} uses another app"


def test_the_checks_would_notice_a_violation(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("from evaluaties.models import Evaluatie\nimport kennisbank.feeds\n")
    assert python_imports(module) == {"evaluaties.models", "kennisbank.feeds"}
    for text in (
        "{% load humanize evaluaties_tags %}",
        '{% include "kennisbank/includes/publicaties_over.html" %}',
        "{% url 'evaluaties:evaluatie_list' %}",
    ):
        assert TEMPLATE_REFERENCE.search(text), text
    assert not TEMPLATE_REFERENCE.search('{% sections "verband.end" verband %}')


def test_registry_pages_still_show_what_other_apps_contribute():
    """The slots the registry's templates name are filled by the other apps."""
    from samenwerking import sections

    filled = {slot: [s.template for s in items] for slot, items in sections._slots.items()}
    assert filled["verband.end"] == [
        "evaluaties/includes/verband_evaluaties.html",
        "kennisbank/includes/publicaties_over.html",
    ]
    assert "gemeente.summary" in filled and "gemeente.end" in filled
    used = {
        slot
        for path in REGISTRY_TEMPLATES
        for slot in re.findall(r'{%\s*sections\s+"([\w.]+)"', path.read_text(encoding="utf-8"))
    }
    assert used == set(filled)


def test_project_package_has_no_domain_models():
    """Only the user model (accounts are the project's) lives in ``samenwerking``."""
    models = [m._meta.object_name for m in apps.get_app_config("samenwerking").get_models()]
    assert models == ["User"]
