"""Catalogs: the compiled .mo files are current, and drafting's strings are in the template.

Choice (documented in scripts/i18n): the .mo files are committed, so an
installed wheel translates without a build step; these tests fail when a .mo
lags its .po or a drafting string is missing from oiaassist.pot.
"""

from __future__ import annotations

import ast
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from oiaassist.drafting.checks import Severity, check_draft, severity_label
from oiaassist.drafting.models import RequestDraft, greeting_choices, sign_off_choices
from oiaassist.i18n import locale_dir, long_date, set_locale

DRAFTING = Path(__file__).resolve().parent.parent / "src" / "oiaassist" / "drafting"


@pytest.fixture
def maori() -> Iterator[None]:
    set_locale("mi")
    yield
    set_locale("en_NZ")


def _po_files() -> list[Path]:
    return sorted(locale_dir().glob("*/LC_MESSAGES/oiaassist.po"))


def test_there_is_a_maori_catalog() -> None:
    assert [p.parent.parent.name for p in _po_files()] == ["mi"]


@pytest.mark.parametrize("po", _po_files(), ids=lambda p: p.parent.parent.name)
def test_compiled_catalogs_are_current(po: Path) -> None:
    with po.open("rb") as handle:
        catalog = read_po(handle)
    fresh = io.BytesIO()
    write_mo(fresh, catalog)
    assert po.with_suffix(".mo").read_bytes() == fresh.getvalue(), "run scripts/i18n"


def _marked_strings(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        first = node.args[0] if node.args else None
        marked = node.func.id in ("_", "N_", "ngettext")
        if marked and isinstance(first, ast.Constant) and isinstance(first.value, str):
            yield first.value


def test_every_drafting_string_is_in_the_catalog_template() -> None:
    with (locale_dir() / "oiaassist.pot").open("rb") as handle:
        known = {
            message.id if isinstance(message.id, str) else message.id[0]
            for message in read_po(handle)
        }
    marked = {s for path in DRAFTING.glob("*.py") for s in _marked_strings(path)}
    assert len(marked) > 30
    assert marked <= known, f"run scripts/i18n: missing {sorted(marked - known)[:3]}"


def test_greetings_and_sign_offs_in_english() -> None:
    assert greeting_choices() == ["Tēnā koutou", "Tēnā koe", "Kia ora", "Dear Sir or Madam"]
    assert "Yours sincerely" in sign_off_choices()


@pytest.mark.usefixtures("maori")
def test_greetings_and_sign_offs_in_te_reo_maori() -> None:
    assert greeting_choices() == ["Tēnā koutou", "Tēnā koe", "Kia ora"]
    assert sign_off_choices() == ["Ngā mihi", "Nāku noa, nā"]


@pytest.mark.usefixtures("maori")
def test_some_check_messages_in_te_reo_maori() -> None:
    assert severity_label(Severity.WARNING) == "Whakatūpato"
    draft = RequestDraft.model_validate({"dated": "2024-09-13", "urgent": True})
    messages = {issue.code.value: issue.message for issue in check_draft(draft)}
    assert messages["missing_name"] == "Kāore he ingoa hei haina i te reta."
    assert messages["urgency_without_reasons"].startswith("Kua tonoa kia hohoro")
    # Untranslated messages fall back to English rather than failing.
    assert messages["no_items"] == "The request does not ask for anything yet."


def test_letter_dates_with_babel() -> None:
    assert long_date(date(2024, 10, 11), "en_NZ") == "Friday, 11 October 2024"
    assert long_date(date(2024, 10, 11), "mi") == "Paraire, 11 Oketopa 2024"
