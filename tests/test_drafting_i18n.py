"""Catalogs: the compiled .mo files are current, and drafting's strings are in the template.

Choice (documented in scripts/i18n): the .mo files are committed, so an
editable install, a wheel and a bundle translate without a build step. They are
compared with their .po by message, never by byte (each babel release writes its
own header), so these tests fail only when a .mo says something its .po does not.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo
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


Messages = dict[str, tuple[str, ...]]


def _messages(catalog: Catalog) -> Messages:
    """Each translated message's id -> its strings, as a compiled catalog holds them."""
    out: Messages = {}
    for message in catalog:
        strings = (message.string,) if isinstance(message.string, str) else message.string
        ids = (message.id,) if isinstance(message.id, str) else message.id
        # babel compiles an untranslated plural as its own ids: no translation either way
        if message.id and not message.fuzzy and any(strings) and tuple(strings) != tuple(ids):
            out["\x00".join(ids)] = tuple(strings)
    return out


def _translations(po: Path) -> Messages:
    with po.open("rb") as handle:
        return _messages(read_po(handle))


def _compiled(mo: Path) -> Messages:
    with mo.open("rb") as handle:
        return _messages(read_mo(handle))


@pytest.mark.parametrize("po", _po_files(), ids=lambda p: p.parent.parent.name)
def test_compiled_catalogs_are_current(po: Path) -> None:
    """Compared by message, not byte: another babel release writes another header."""
    assert _compiled(po.with_suffix(".mo")) == _translations(po), "run scripts/i18n"


@pytest.mark.parametrize("po", _po_files(), ids=lambda p: p.parent.parent.name)
def test_catalogs_have_no_fuzzy_entries_and_keep_placeholders(po: Path) -> None:
    with po.open("rb") as handle:
        catalog = read_po(handle)
    placeholder = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
    for message in catalog:
        if not message.id:
            continue
        assert not message.fuzzy, f"fuzzy entry in {po.name}: {message.id!r}"
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        wanted = sorted(placeholder.findall(ids[-1]))
        for string in strings:
            if string:
                assert sorted(placeholder.findall(string)) in (
                    wanted,
                    sorted(placeholder.findall(ids[0])),
                ), f"placeholders differ in {message.id!r}"


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
