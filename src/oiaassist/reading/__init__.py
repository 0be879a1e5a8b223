"""Reading an agency's letter: what it states, and whether each stated date is right.

Its own concern, one floor above the deadlines and beside tracking: a letter's
text goes in (:func:`letter_text_from_file`), a :class:`LetterReading` of the
facts it states comes out (:func:`read_letter`), and :func:`check_reading`
checks each stated date against the statute. :func:`to_events` turns a
reading into tracking events. :func:`letter_author` says which agency wrote
it (from its sender, signature or letterhead, never a mere mention), and
:func:`every_date` lists every date it writes with the role it was read as.
What kind of letter it is (:class:`LetterKind`: the act it performs now, not one
it mentions) is decided in the package :mod:`.kind` (its rules, scorer and signs), and
the Act the request was made under in :mod:`.act`.
"""

from oiaassist.reading.author import Author, letter_author
from oiaassist.reading.checks import DateCheck, check_reading
from oiaassist.reading.formats.files import letter_text_from_bytes, letter_text_from_file
from oiaassist.reading.reader import LetterKind, LetterReading, read_letter, to_events
from oiaassist.reading.roles import DateRole, every_date

__all__ = [
    "Author",
    "DateCheck",
    "DateRole",
    "LetterKind",
    "LetterReading",
    "check_reading",
    "every_date",
    "letter_author",
    "letter_text_from_bytes",
    "letter_text_from_file",
    "read_letter",
    "to_events",
]
