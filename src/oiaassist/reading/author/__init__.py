"""Who wrote a letter: only where the letter speaks as itself, never a mere mention.

The finder is :mod:`.find` (the order of evidence, and why); the places a letter speaks
as itself are :mod:`.zones`; names, titles and domains are matched to the directory by
:mod:`.names`; sentences in which the author names itself are :mod:`.self_reference`.
"""

from oiaassist.reading.author.find import Author, letter_author

__all__ = ["Author", "letter_author"]
