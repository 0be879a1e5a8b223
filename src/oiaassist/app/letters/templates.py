"""The letter templates the app renders with: the built-in ones, or the user's own folder.

Qt-free glue between Settings ("Letter templates folder") and the ``folder=``
of :mod:`oiaassist.drafting.render`. The folder object is made once per
settings change (:meth:`AppContext.letter_templates
<oiaassist.app.context.AppContext.letter_templates>`), not per keystroke; only
whether the folder is still there is looked at on each render, because
:meth:`TemplateFolder.find` would otherwise fall back to the built-in letters
without a word when the folder has gone (a renamed folder, an unplugged drive).

A user's template is a stranger's code as far as the app is concerned: the
sandbox refuses what is unsafe, and :mod:`oiaassist.drafting.render` turns
what else it raises (a division by zero, a recursive macro, a .docx with parts
missing) into a :class:`TemplateError` naming the file, so the app can say so
instead of showing a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from oiaassist.drafting import (
    Letter,
    PlainLetter,
    TemplateFolder,
    mailto_link,
    render_docx,
    render_eml,
    render_text,
)
from oiaassist.drafting.sandbox import time_limit
from oiaassist.errors import OiaAssistError, TemplateError
from oiaassist.i18n import _

T = TypeVar("T")

APP_RENDER_SECONDS = 3.0
"""Longest a template may run in the app (it renders as the user types; letters take ms)."""

RENDER_LIMIT_MS = 5000
"""When the app stops waiting for a render on its worker thread: past :data:`APP_RENDER_SECONDS`,
so a looping template is normally stopped by the sandbox first (naming the template);
this catches slowness outside template code."""


def too_slow_text() -> str:
    """What the app says when it stopped waiting for a render (:data:`RENDER_LIMIT_MS`)."""
    return _("Rendering the letter took longer than {seconds} seconds and was stopped.").format(
        seconds=RENDER_LIMIT_MS // 1000
    )


class TemplatesFolderMissingError(TemplateError):
    """The folder Settings names is not there (any more)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder), "is not a folder of templates")
        self.folder = folder


@dataclass(frozen=True, slots=True)
class LetterTemplates:
    """Renders letters with the templates Settings chooses.

    Attributes:
        setting: the folder as Settings holds it ("" for the built-in letters).
        chosen: the folder object made from it.
    """

    setting: str = ""
    chosen: TemplateFolder = field(default_factory=TemplateFolder)

    @classmethod
    def from_setting(cls, setting: str) -> LetterTemplates:
        """The templates for a "Letter templates folder" setting (empty: the built-in ones)."""
        text = setting.strip()
        return cls(setting, TemplateFolder(Path(text).expanduser()) if text else TemplateFolder())

    @property
    def path(self) -> Path | None:
        """The user's folder, or None for the built-in letters."""
        return self.chosen.path

    def folder(self) -> TemplateFolder:
        """The folder to render with.

        Raises:
            TemplatesFolderMissingError: the user's folder is not there any more.
        """
        if self.chosen.path is not None and not self.chosen.path.is_dir():
            raise TemplatesFolderMissingError(self.chosen.path)
        return self.chosen

    # -- rendering --------------------------------------------------------------------

    def text(self, letter: Letter) -> PlainLetter:
        """The letter as plain text (the preview, the clipboard)."""
        return self._run(lambda f: render_text(letter, folder=f))

    def docx(self, letter: Letter) -> bytes:
        """The letter as a .docx file."""
        return self._run(lambda f: render_docx(letter, folder=f))

    def eml(self, letter: Letter) -> bytes:
        """The letter as an unsent email."""
        return self._run(lambda f: render_eml(letter, folder=f))

    def mailto(self, letter: Letter) -> str:
        """The letter as a ``mailto:`` link."""
        return self._run(lambda f: mailto_link(letter, folder=f))

    def _run(self, make: Callable[[TemplateFolder], T]) -> T:
        # The renderer itself turns what a template raises into a TemplateError. The app
        # renders as the user types, so a template gets less time here than in the CLI.
        with time_limit(APP_RENDER_SECONDS):
            return make(self.folder())

    # -- in words ---------------------------------------------------------------------

    def is_users(self, exc: BaseException) -> bool:
        """Whether ``exc`` is about the user's folder or one of its templates (not the letter)."""
        if isinstance(exc, TemplatesFolderMissingError):
            return True
        path = self.chosen.path
        if not isinstance(exc, TemplateError) or path is None:
            return False
        return (path / exc.template).exists()

    def describe(self, exc: OiaAssistError) -> str:
        """What went wrong, naming the template and the problem, and what to do about it."""
        if isinstance(exc, TemplatesFolderMissingError):
            return _(
                "The letter templates folder {folder} is not there any more. Choose it again "
                "in Settings, or leave “Letter templates folder” empty to use the built-in "
                "letters."
            ).format(folder=exc.folder)
        if isinstance(exc, TemplateError) and self.is_users(exc):
            return _(
                "Your letter template {template} cannot be used: {problem}.\n\nFix it in "
                "{folder}, or leave “Letter templates folder” in Settings empty to use the "
                "built-in letters."
            ).format(template=exc.template, problem=exc.problem, folder=self.chosen.path)
        return str(exc)
