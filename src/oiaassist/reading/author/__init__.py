"""Who wrote a letter: only where the letter speaks as itself, never a mere mention.

The finder is :mod:`.find` (the order of evidence, and why); the places a letter speaks
as itself are :mod:`.zones`; names, titles and domains are matched to the directory by
:mod:`.names`; sentences in which the author names itself are :mod:`.self_reference`;
the last resorts, the one body the letter makes the actor or the subject of its own
answers, are :mod:`.acting` and :mod:`.subject`; a chief executive's title is read by
:mod:`.titles`, and short forms the letter defines are spelt out by :mod:`.short_forms`.
"""

from oiaassist.reading.author.find import Author, letter_author

__all__ = ["Author", "letter_author"]
