"""Agency names in running text: "the Ministry of Health", but "Auckland Council".

Letters and the complaint chronology name the agency mid-sentence. Most
central-government names take "the" ("the Treasury", "the Department of
Conservation", "the New Zealand Police"); council names, Māori names and a few
others do not ("Auckland Council", "Oranga Tamariki", "Inland Revenue").
The rule is the first word, which is right for the names in common use and
harmless otherwise; a name typed with its article keeps it.
"""

from __future__ import annotations

_TAKES_THE = frozenset(
    {
        "Ministry", "Department", "Office", "Treasury", "Commission", "Commissioner",
        "Authority", "Board", "Bureau", "Agency", "Corporation", "Institute", "Tribunal",
        "Court", "Reserve", "Serious", "Public", "Government", "Crown", "Electoral",
        "Independent", "Human", "Privacy", "Parliamentary", "Real", "Financial", "Commerce",
        "Accident", "Tertiary", "Education", "Environmental", "Civil", "Security", "National",
        "New", "NZ", "Police",
    }
)  # fmt: skip


def with_article(name: str, *, capital: bool = False) -> str:
    """``name`` as it reads mid-sentence, or at the start of one with ``capital``."""
    words = name.split(maxsplit=1)
    if not words:
        return name
    if words[0].lower() == "the":
        article, rest = "The" if capital else "the", words[1] if len(words) > 1 else ""
        return f"{article} {rest}".rstrip()
    if words[0] in _TAKES_THE:
        return f"{'The' if capital else 'the'} {name}"
    return name
