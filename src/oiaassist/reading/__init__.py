"""Reading an agency's letter: what it states, and whether each stated date is right.

Its own concern, one floor above the deadlines and beside tracking: a letter's
text goes in (:func:`letter_text_from_file`), a :class:`LetterReading` of the
facts it states comes out (:func:`read_letter`), and :func:`check_reading`
checks each stated date against the statute. :func:`to_events` turns a
reading into tracking events.
"""

from oiaassist.reading.checks import DateCheck, check_reading
from oiaassist.reading.files import letter_text_from_bytes, letter_text_from_file
from oiaassist.reading.reader import LetterKind, LetterReading, read_letter, to_events

__all__ = [
    "DateCheck",
    "LetterKind",
    "LetterReading",
    "check_reading",
    "letter_text_from_bytes",
    "letter_text_from_file",
    "read_letter",
    "to_events",
]
