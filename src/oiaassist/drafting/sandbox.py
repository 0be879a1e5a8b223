"""The Jinja environment every letter template runs in, and what goes into it.

Templates can come from a stranger (a shared template folder), and the
context is full of text a user pasted. So:

* templates run in an :class:`~jinja2.sandbox.ImmutableSandboxedEnvironment`:
  ``{{ ''.__class__.__mro__ }}`` and the like raise ``SecurityError``, lists
  and dicts cannot be changed, and huge ``*``/``**`` results are refused;
* :data:`~jinja2.StrictUndefined`: a misspelt variable is an error, never an
  empty gap in a letter someone sends;
* for .docx, autoescape is on (without it docxtpl writes corrupt XML silently:
  stack-notes §4), and every string is cleaned of characters XML 1.0 cannot
  hold before it reaches the template;
* the context is plain data (dicts, lists, strings, dates) from
  ``model_dump()``, never live objects with methods.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, Literal

from jinja2 import StrictUndefined
from jinja2.exceptions import FilterArgumentError, SecurityError
from jinja2.sandbox import MAX_RANGE, ImmutableSandboxedEnvironment

from oiaassist.drafting.names import with_article
from oiaassist.i18n import long_date, medium_date

Output = Literal["text", "docx"]

# XML 1.0 Char production minus what we normalise: tab and newline stay.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NEWLINES = re.compile(r"\r\n?")
_MAX_REPEAT = 1_000_000
"""Largest string or list a template may build with ``*`` (a letter never needs more)."""


def clean_text(text: str) -> str:
    r"""``text`` with CRLF/CR as newlines and without characters XML cannot hold.

    Control characters (NUL, vertical tab, form feed...) and lone surrogates
    make an invalid .docx; docxtpl also gives ``\\a`` and ``\\f`` meanings of
    its own (new paragraph, page break), so user text must not carry them.
    """
    return _close_bidi(_XML_INVALID.sub("", _NEWLINES.sub("\n", text)))


_EMBEDDINGS = ("\u202a", "\u202b", "\u202d", "\u202e")  # LRE RLE LRO RLO, closed by PDF
_ISOLATES = ("\u2066", "\u2067", "\u2068")  # LRI RLI FSI, closed by PDI


def _close_bidi(text: str) -> str:
    """Close the direction overrides a field leaves open.

    Otherwise they run on into the letter's own words: a right-to-left override
    in a name would reverse the sentence after it. Right-to-left text itself
    needs no controls and is kept as it is.
    """
    if not any(mark in text for mark in _EMBEDDINGS + _ISOLATES):
        return text
    embeddings = sum(text.count(m) for m in _EMBEDDINGS) - text.count("\u202c")
    isolates = sum(text.count(m) for m in _ISOLATES) - text.count("\u2069")
    return text + "\u2069" * max(isolates, 0) + "\u202c" * max(embeddings, 0)


def clean_context(value: Any) -> Any:
    """Plain, clean data for a template: strings cleaned, enums as their values."""
    if isinstance(value, Enum):
        return clean_text(str(value.value))
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, Mapping):
        return {str(k): clean_context(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_context(v) for v in value]
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return value


def _range(*args: int) -> range:
    """``range`` for templates, refusing the huge ones as a sandbox refusal (not OverflowError)."""
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise SecurityError(f"a range of {len(numbers)} numbers is too large for a letter")
    return numbers


class LetterSandbox(ImmutableSandboxedEnvironment):
    """The sandbox, also refusing ``'x' * 10**10`` and ``2 ** 10**9`` (memory exhaustion)."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals["range"] = _range

    def getattr(self, obj: Any, attribute: str) -> Any:
        """``counter.items`` is the field "items", not the dict method: data comes first."""
        if isinstance(obj, dict) and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        """Do ``left <op> right`` unless the result could be enormous."""
        if operator_name == "**":
            if isinstance(right, int) and abs(right) > 1000:
                raise SecurityError(f"the power {right} is too large for a letter")
            return operator.pow(left, right)
        for seq, count in ((left, right), (right, left)):
            sized = isinstance(seq, str | list | tuple) and isinstance(count, int)
            if sized and len(seq) * count > _MAX_REPEAT:
                raise SecurityError("a string or list that long is too large for a letter")
        return operator.mul(left, right)


def _date_filter(name: str, fmt: Callable[[date, str], str], locale: str) -> Callable[[Any], str]:
    def apply(value: Any) -> str:
        if not isinstance(value, date):
            raise FilterArgumentError(f"the {name} filter needs a date, not {value!r}")
        return fmt(value, locale)

    return apply


def alpha(number: int) -> str:
    """1 -> "a", 26 -> "z", 27 -> "aa": letters for sub-lists such as s 16 preferences."""
    if not isinstance(number, int) or number < 1:
        raise FilterArgumentError(
            f"the alpha filter needs a whole number of at least 1, not {number!r}"
        )
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def join_and(values: Any, conjunction: str = "and") -> str:
    """["6(a)", "9(2)(a)", "18(f)"] -> "6(a), 9(2)(a) and 18(f)"."""
    words = [str(v) for v in values]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def _quoted_text(text: str) -> str:
    """Quote for a plain-text email: every line starts with "> "."""
    return "\n".join(f"> {line}" if line else ">" for line in str(text).split("\n"))


def _paragraphs_docx(text: str) -> str:
    r"""Blank lines in user text become real paragraphs (docxtpl's ``\\a``)."""
    return re.sub(r"\n[ \t]*\n\s*", "\a", str(text))


def _identity(text: str) -> str:
    return str(text)


def make_environment(locale: str, output: Output) -> LetterSandbox:
    """A fresh sandboxed environment for one letter in one language and output.

    Filters: ``long_date`` ("Friday, 11 October 2024"), ``medium_date``
    ("11 October 2024"), ``alpha`` (1 -> "a"), ``join_and``, ``the`` and
    ``The`` ("the Ministry of Health", "Auckland Council"), ``quoted``
    (a quotation: "> " lines in text, an indented paragraph in .docx) and
    ``paragraphs`` (blank lines in user text -> paragraphs in .docx). The
    global ``output`` is "text" or "docx", for parts only one of them has
    (the letterhead).
    """
    text = output == "text"
    # No trim_blocks: a line holding only a block tag renders as an empty line,
    # i.e. a paragraph boundary, just as it becomes a {%p %} paragraph in .docx.
    env = LetterSandbox(autoescape=not text, undefined=StrictUndefined, keep_trailing_newline=True)
    env.filters.update(
        long_date=_date_filter("long_date", long_date, locale),
        medium_date=_date_filter("medium_date", medium_date, locale),
        alpha=alpha,
        join_and=join_and,
        quoted=_quoted_text if text else _paragraphs_docx,
        paragraphs=_identity if text else _paragraphs_docx,
        the=with_article,
        The=lambda name: with_article(name, capital=True),
    )
    env.globals["output"] = output
    return env
