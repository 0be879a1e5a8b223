"""Words for users: translatable strings and dates in New Zealand style.

Every user-facing string in the library goes through :func:`gettext` (imported
as ``_``), looked up at *call* time so a language chosen after import still
applies. Dates are formatted with babel's CLDR data for ``en_NZ`` ("Friday,
11 October 2024") or ``mi`` ("Paraire, 11 Oketopa 2024").
"""

from __future__ import annotations

import gettext as _gettext
from datetime import date
from pathlib import Path

from oiaassist import resources

DEFAULT_LOCALE = "en_NZ"
LOCALES = ("en_NZ", "mi")
_DOMAIN = "oiaassist"

_state: dict[str, object] = {
    "locale": DEFAULT_LOCALE,
    "translations": _gettext.NullTranslations(),
}


def locale_dir() -> Path:
    """Where compiled catalogs live (``<lang>/LC_MESSAGES``): installed, editable or frozen.

    :mod:`oiaassist.resources` is the one place that knows where data files are.
    """
    return resources.locale_dir()


def set_locale(locale: str) -> None:
    """Choose the language for strings and dates from now on ("en_NZ" or "mi")."""
    if locale not in LOCALES:
        from oiaassist.errors import InputError  # noqa: PLC0415 - avoid an import cycle

        raise InputError("locale", locale, f"is not a supported language; use one of: {LOCALES}")
    _state["locale"] = locale
    _state["translations"] = _gettext.translation(
        _DOMAIN, localedir=locale_dir(), languages=[locale], fallback=True
    )


def current_locale() -> str:
    """The language chosen with :func:`set_locale`."""
    return str(_state["locale"])


def gettext(message: str) -> str:
    """Translate ``message`` into the current language (English if untranslated)."""
    translations = _state["translations"]
    assert isinstance(translations, _gettext.NullTranslations)
    return translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message whose form depends on ``n``."""
    translations = _state["translations"]
    assert isinstance(translations, _gettext.NullTranslations)
    return translations.ngettext(singular, plural, n)


_ = gettext


def long_date(day: date, locale: str | None = None) -> str:
    """E.g. "Friday, 11 October 2024" (en_NZ) or "Paraire, 11 Oketopa 2024" (mi)."""
    from babel.dates import format_date  # noqa: PLC0415 - 20 ms, only when words are needed

    return str(format_date(day, format="full", locale=locale or current_locale()))


def medium_date(day: date, locale: str | None = None) -> str:
    """E.g. "11 October 2024" — the form letters use in running text."""
    from babel.dates import format_date  # noqa: PLC0415

    return str(format_date(day, format="long", locale=locale or current_locale()))


def short_date(day: date) -> str:
    """E.g. "Fri 11 Oct 2024" — compact, for tables and trails (English only)."""
    return f"{day:%a} {day.day} {day:%b %Y}"
