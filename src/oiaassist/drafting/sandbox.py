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
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import update_wrapper
from types import FrameType
from typing import Any, Literal

from jinja2 import StrictUndefined, Template, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import FilterArgumentError, SecurityError
from jinja2.sandbox import MAX_RANGE, ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

from oiaassist.drafting.names import with_article
from oiaassist.i18n import long_date, medium_date

Output = Literal["text", "docx"]

# XML 1.0 Char production minus what we normalise: tab and newline stay.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NEWLINES = re.compile(r"\r\n?")
MAX_STRING = 2_000_000
"""Largest string or list a template may build by any means (about 800 pages of letter)."""
MAX_OUTPUT = 5_000_000
"""Largest letter a template may write, counted as it is written."""
RENDER_SECONDS = 10.0
"""Longest a template may run (a letter renders in well under a second)."""
_MAX_REPEAT = MAX_STRING
# A width or precision of a million or more ("%0300000000d", "{:>300000000}"), or one given
# as "*" (taken from the arguments): the size of the result is in the format, not the data.
_WIDE_FORMAT = re.compile(
    r"%(?:\([^)]*\))?[-#0 +]*(?:\*|\d{7,}|\d*\.(?:\*|\d{7,}))|\{[^{}]*:[^{}]*\d{7,}"
)


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


def _too_long(what: str = "a string or list") -> SecurityError:
    return SecurityError(f"{what} that long is too large for a letter (over {MAX_STRING:,})")


def _check_size(value: Any) -> Any:
    """``value``, unless it is a string or list longer than :data:`MAX_STRING`."""
    if isinstance(value, str | list | tuple) and len(value) > MAX_STRING:
        raise _too_long()
    return value


def _check_numbers(args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Refuse a width, count or size of a million or more before any work is done."""
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_STRING:
            raise SecurityError(f"the number {value} is too large for a letter")


def _check_format(template: Any) -> None:
    """``'%0300000000d'`` or ``'{:300000000}'``: a width that would write a huge letter."""
    if isinstance(template, str) and _WIDE_FORMAT.search(template):
        raise SecurityError("a format width or precision that large is refused in a letter")


def _estimate(owner: str, name: str, args: tuple[Any, ...]) -> int:
    """How long ``owner.<name>(*args)`` could be, for the methods that multiply length."""
    if name == "replace" and len(args) >= 2 and isinstance(args[1], str):
        old, new = str(args[0]), args[1]
        places = len(owner) + 1 if not old else len(owner) // len(old)
        return len(owner) + places * len(new)
    if name == "expandtabs":
        size = args[0] if args and isinstance(args[0], int) else 8
        return len(owner) + owner.count("\t") * max(size, 0)
    if name == "join" and args:
        items = args[0] if isinstance(args[0], list | tuple) else []
        return sum(len(i) for i in items if isinstance(i, str)) + len(owner) * len(items)
    return 0


def _capped_filter(name: str, apply: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that refuses huge widths and counts, and results longer than a letter."""
    skip = 1 if getattr(apply, "jinja_pass_arg", None) is not None else 0  # env or context

    def capped(*args: Any, **kwargs: Any) -> Any:
        given = args[skip:]
        _check_numbers(given[1:], kwargs)
        value = given[0] if given else None
        if name == "format":
            _check_format(value)
        elif name == "indent" and isinstance(value, str):
            width = given[1] if len(given) > 1 else kwargs.get("width", 4)
            width = width if isinstance(width, int) else len(str(width))
            if (value.count("\n") + 1) * width > MAX_STRING:
                raise _too_long("an indented text")
        elif name == "replace" and isinstance(value, str):
            if _estimate(value, "replace", tuple(given[1:3])) > MAX_STRING:
                raise _too_long()
        elif name == "join" and isinstance(value, list | tuple):
            separator = given[1] if len(given) > 1 else kwargs.get("d", "")
            if _estimate(str(separator), "join", (value,)) > MAX_STRING:
                raise _too_long()
        return _check_size(apply(*args, **kwargs))

    return update_wrapper(capped, apply)


class _CappedTemplate(Template):
    """A template whose output is counted as it is produced and stopped at :data:`MAX_OUTPUT`."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        """Like :meth:`jinja2.Template.render`, but never longer than a letter."""
        parts: list[str] = []
        written = 0
        for part in self.generate(*args, **kwargs):
            written += len(part)
            if written > MAX_OUTPUT:
                raise SecurityError(f"the letter would be longer than {MAX_OUTPUT:,} characters")
            parts.append(part)
        return "".join(parts)


class _CappedCode(CodeGenerator):
    """Compiles ``a ~ b`` so that the joined string is checked (``~`` cannot be intercepted)."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:  # noqa: N802 - jinja's name
        self.write("environment.checked_concat(")
        super().visit_Concat(node, frame)
        self.write(")")


class _CappedNamespace(Namespace):
    """``namespace()`` whose attributes are checked when set (``ns.s = ns.s ~ ns.s`` doubles)."""

    def __setitem__(self, name: str, value: Any) -> None:
        super().__setitem__(name, _check_size(value))


class LetterSandbox(ImmutableSandboxedEnvironment):
    """The sandbox, also refusing anything that would build a huge string or list.

    ``'x' * 10**10``, ``2 ** 10**9``, ``'x'.center(300000000)``,
    ``'%0300000000d' % 1``, doubling a string with ``~`` in a loop: every
    string a template builds (by operator, method, filter or join) is kept
    under :data:`MAX_STRING`, and the letter under :data:`MAX_OUTPUT` as it
    is written. A refusal is a ``SecurityError`` that the renderer reports
    as a :class:`~oiaassist.errors.TemplateError` naming the template.
    """

    intercepted_binops = frozenset({"*", "**", "%", "+"})
    template_class = _CappedTemplate
    code_generator_class = _CappedCode

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals["range"] = _range
        self.globals["namespace"] = _CappedNamespace

    def checked_concat(self, joined: Any) -> Any:
        """The result of ``a ~ b``, if it is not too long."""
        return _check_size(joined)

    def cap_filters(self) -> None:
        """Wrap every filter (call after adding the letter's own)."""
        for name, apply in list(self.filters.items()):
            self.filters[name] = _capped_filter(name, apply)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        """Call ``__obj`` from a template, refusing string methods that would run away."""
        target = getattr(__obj, "__wrapped__", __obj)  # the sandbox wraps str.format
        owner = getattr(target, "__self__", None)
        if isinstance(owner, str):
            name = getattr(target, "__name__", "")
            _check_numbers(args, kwargs)
            if name in ("format", "format_map"):
                _check_format(owner)
            if _estimate(owner, name, args) > MAX_STRING:
                raise _too_long()
        return _check_size(super().call(__context, __obj, *args, **kwargs))

    def getattr(self, obj: Any, attribute: str) -> Any:
        """``counter.items`` is the field "items", not the dict method: data comes first."""
        if isinstance(obj, dict) and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        """Do ``left <op> right`` unless the result could be enormous."""
        if operator_name == "+":
            return _check_size(operator.add(left, right))
        if operator_name == "%":
            if isinstance(left, str):
                _check_format(left)
                _check_numbers(right if isinstance(right, tuple) else (right,), {})
            return _check_size(operator.mod(left, right))
        if operator_name == "**":
            if isinstance(right, int) and abs(right) > 1000:
                raise SecurityError(f"the power {right} is too large for a letter")
            return operator.pow(left, right)
        for seq, count in ((left, right), (right, left)):
            sized = isinstance(seq, str | list | tuple) and isinstance(count, int)
            if sized and len(seq) * count > _MAX_REPEAT:
                raise SecurityError("a string or list that long is too large for a letter")
        return operator.mul(left, right)


@contextmanager
def time_limit(seconds: float | None = None) -> Iterator[None]:
    """Stop template code that runs longer than ``seconds`` (default :data:`RENDER_SECONDS`).

    Caps on sizes do not stop ``{% for i in range(100000) %}{% for j in range(100000) %}``,
    which writes nothing and loops 10^10 times. So, in this thread only, each
    line of compiled template code (file name ``<template>``) checks the clock
    and raises ``SecurityError`` once time is up. The tracer is installed only
    when no other is (a debugger or coverage keeps working; templates then
    run without the limit).
    """
    if sys.gettrace() is not None:
        yield
        return
    limit = RENDER_SECONDS if seconds is None else seconds
    deadline = time.monotonic() + limit

    def on_line(frame: FrameType, event: str, arg: Any) -> Any:
        if time.monotonic() > deadline:
            raise SecurityError(f"the template took longer than {limit:g} seconds and was stopped")
        return on_line

    def on_call(frame: FrameType, event: str, arg: Any) -> Any:
        return on_line if frame.f_code.co_filename == "<template>" else None

    sys.settrace(on_call)
    try:
        yield
    finally:
        sys.settrace(None)


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
    env.cap_filters()
    return env
