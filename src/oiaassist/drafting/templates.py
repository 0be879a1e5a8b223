"""Where letter templates are: the built-in folder, or a user's own.

Each letter has two files with the same stem: ``<stem>.txt`` (the plain-text
twin, also the source of wording) and ``<stem>.docx`` (generated from it by
:mod:`.docx_build`, restylable in Word or LibreOffice). The built-in folder is
the repository's top-level ``templates/``; a wheel carries it as
``oiaassist/templates`` (a hatch ``force-include``), and so does a frozen
bundle; :mod:`oiaassist.resources` finds it in each case.

A user folder may hold only the files they changed: any other letter falls
back to the built-in template, and :meth:`TemplateFolder.find` says which
file it used.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from oiaassist import resources
from oiaassist.errors import TemplateError

Extension = Literal["txt", "docx"]


def builtin_template_dir() -> Path:
    """The templates shipped with oiaassist, wherever it runs from (:mod:`oiaassist.resources`)."""
    try:
        return resources.templates_dir()
    except resources.ResourceNotFoundError as exc:
        raise TemplateError("folder", f"the built-in templates are missing ({exc})") from None


@dataclass(frozen=True, slots=True)
class TemplateFolder:
    """A folder of letter templates, with the built-in folder behind it.

    Attributes:
        path: the user's folder, or None for the built-in templates only.
    """

    path: Path | None = None

    @classmethod
    def at(cls, path: str | Path | None) -> TemplateFolder:
        """A user folder (which must exist), or the built-in templates for None."""
        if path is None:
            return cls(None)
        folder = Path(path).expanduser()
        if not folder.is_dir():
            raise TemplateError(str(folder), "is not a folder of templates")
        return cls(folder)

    def find(self, stem: str, extension: Extension) -> Path:
        """The template file for letter ``stem``: the user's if present, else the built-in."""
        name = f"{stem}.{extension}"
        if self.path is not None and (self.path / name).is_file():
            found = self.path / name
            try:
                found.resolve().relative_to(self.path.resolve())
            except ValueError:
                raise TemplateError(name, f"is a link to a file outside {self.path}") from None
            return found
        builtin = builtin_template_dir() / name
        if not builtin.is_file():
            raise TemplateError(name, f"no such template in {builtin.parent}")
        return builtin

    def is_builtin(self, template: Path) -> bool:
        """Whether ``template`` is one of oiaassist's own files."""
        return template.parent == builtin_template_dir()


SUBJECT_PREFIX = "Subject:"


def split_subject(source: str, name: str) -> tuple[str, str]:
    """Split a plain-text template into its subject line and its body.

    The first line of every ``.txt`` template is ``Subject: ...`` (a template
    itself); a blank line follows, then the body. Rendering the subject on
    its own keeps a newline someone typed into a subject from leaking into
    the body or an email header.

    Raises:
        TemplateError: the first line is not a subject line.
    """
    first, _newline, rest = source.partition("\n")
    if not first.startswith(SUBJECT_PREFIX):
        raise TemplateError(name, f"the first line must start with {SUBJECT_PREFIX!r}")
    return first.removeprefix(SUBJECT_PREFIX).strip(), rest.lstrip("\n")
