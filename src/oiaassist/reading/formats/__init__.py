"""Getting a letter's text out of the file an agency sent: one concern, kept apart.

An agency's letter arrives as plain text, a Word ``.docx``, an HTML page, a saved email
(``.eml`` or Outlook ``.msg``) with its attached letters, or a PDF (its text layer, or
OCR for a scan when the user asks and ``tesseract`` is installed). Every format is read
here with limits on size, time and memory (untrusted input), so the rest of
:mod:`oiaassist.reading` only ever sees text.

* :mod:`.files` — by file type, with the size limits; the entry points below.
* :mod:`.email_letter` and :mod:`.outlook_msg` — a saved email's body and letters.
* :mod:`.pdf`, :mod:`.ocr` and :mod:`.ligatures` — a PDF's text layer, a scan, and the
  words a text layer broke.
"""

from __future__ import annotations

from oiaassist.reading.formats.files import (
    ScannedLetterError,
    letter_text_from_bytes,
    letter_text_from_file,
)

__all__ = [
    "ScannedLetterError",
    "letter_text_from_bytes",
    "letter_text_from_file",
]
