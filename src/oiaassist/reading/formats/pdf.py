"""A PDF letter opened with pypdf, or one plain error: for its text layer and for OCR alike.

pypdf is an optional extra; a file it cannot parse, or one locked with a password,
is a :class:`LetterError` that says so, whichever reader asked.
"""

from __future__ import annotations

import importlib
import io
from typing import Any

from oiaassist.errors import LetterError

__all__ = ["PDF_EXTRA", "SAVE_AS", "open_pdf"]

SAVE_AS = "save the letter as .txt, .docx, .pdf, .eml or .msg"
"""What every "cannot read this file" message suggests (here: a PDF is the first to need it)."""
PDF_EXTRA = "pip install 'oiaassist[pdf]'"


def open_pdf(data: bytes, source: str) -> Any:
    """The parsed PDF (a ``pypdf.PdfReader``), decrypted when its password is empty."""
    try:
        pypdf = importlib.import_module("pypdf")
    except ImportError:
        raise LetterError(f"{source}: reading PDF letters needs pypdf: {PDF_EXTRA}") from None
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LetterError(f"{source}: the PDF is password-protected")
    except LetterError:
        raise
    except Exception:  # any parser failure means "not a PDF we can read"
        raise LetterError(f"{source}: is not a readable PDF; {SAVE_AS}") from None
    return reader
