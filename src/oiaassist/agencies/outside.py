"""Bodies people ask for information that the OIA does not reach, each with its source.

A request to one of them has no statutory time limit: counting 20 working days
(OIA s 15(1)) would call a body late that no Act binds, and a citizen may complain
to the Ombudsman on our word. So the directory leaves them out (``data/README.md``,
"Deliberately left out"), and this list says why, in a source's words, wherever
someone names one: ``--agency``, ``agencies search``, the app's agency field and a
letter's author. Only bodies a source read here puts outside the Act are listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from oiaassist.agencies.normalise import words

__all__ = ["OUTSIDE", "OutsideBody", "outside_body", "outside_matches"]


@dataclass(frozen=True, slots=True)
class OutsideBody:
    """A body outside the OIA, and what to do instead.

    Attributes:
        name: its name, as its sources write it.
        aliases: other names people type or letters use.
        why: completes "<name> …": why the Act does not reach it, in its source's words.
        instead: what a requester can do instead.
        sources: where ``why`` comes from (address, and the document's own reference).
        said_by: who says so, in a few words ("its own page"), for short messages.
    """

    name: str
    aliases: tuple[str, ...]
    why: str
    instead: str
    sources: tuple[str, ...]
    said_by: str

    @property
    def short_note(self) -> str:
        """For a label: "<name> is not subject to the OIA, as <said_by> says. <instead>."."""
        return f"{self.name} is not subject to the OIA, as {self.said_by} says. {self.instead}."

    @property
    def note(self) -> str:
        """For messages: "<name> <why>. <instead>."."""
        return f"{self.name} {self.why}. {self.instead}."


_HPCA_WHY = (
    "is a responsible authority under the Health Practitioners Competence Assurance Act "
    "2003 and, the Ministry of Health writes, not subject to the Official Information Act "
    "1982: no OIA time limit binds it"
)
_HPCA_INSTEAD = (
    "A request for information about yourself can go to it under the Privacy Act 2020, "
    "which the Ministry says it must consider"
)
_MOH = "the Ministry of Health"
_MOH_2021 = (
    "https://fyi.org.nz/request/14931/response/55359/attach/html/4/H202103106.pdf.html "
    "(Ministry of Health, H202103106, 22 March 2021: the Dental, Midwifery, Nursing, "
    'Osteopathic and Medical Councils "are not subject to the Act")'
)

OUTSIDE: tuple[OutsideBody, ...] = (
    OutsideBody(
        "Office of the Auditor-General",
        ("Controller and Auditor-General", "Auditor-General", "OAG"),
        "is not subject to the Official Information Act 1982: its own page says \"We're not "
        'subject to the Official Information Act 1982 (OIA)"',
        "It answers information requests of its own accord, within the OIA's time frames "
        '"wherever possible", so a late reply breaks no statutory limit',
        ("http://oag.govt.nz/contact-us/asking-us (updated 19 May 2022)",),
        "its own page",
    ),
    OutsideBody(
        "Nursing Council of New Zealand",
        ("Te Kaunihera Tapuhi o Aotearoa", "Nursing Council"),
        _HPCA_WHY,
        _HPCA_INSTEAD,
        (
            "https://fyi.org.nz/request/24736/response/93998/attach/html/4/"
            "H2023032981%20Response.pdf.html (Ministry of Health, H2023032981, 6 December "
            '2023: "The Council, as a responsible authority, is not subject to the Official '
            'Information Act")',
            _MOH_2021,
        ),
        _MOH,
    ),
    OutsideBody(
        "Medical Council of New Zealand",
        ("Medical Council",),
        _HPCA_WHY,
        _HPCA_INSTEAD,
        (_MOH_2021,),
        _MOH,
    ),
    OutsideBody(
        "Dental Council",
        ("Dental Council of New Zealand",),
        _HPCA_WHY,
        _HPCA_INSTEAD,
        (_MOH_2021,),
        _MOH,
    ),
    OutsideBody(
        "Midwifery Council",
        ("Midwifery Council of New Zealand",),
        _HPCA_WHY,
        _HPCA_INSTEAD,
        (_MOH_2021,),
        _MOH,
    ),
    OutsideBody(
        "Osteopathic Council",
        ("Osteopathic Council of New Zealand",),
        _HPCA_WHY,
        _HPCA_INSTEAD,
        (_MOH_2021,),
        _MOH,
    ),
    OutsideBody(
        "Medical Radiation Technologists Board",
        ("New Zealand Medical Radiation Technologists Board",),
        _HPCA_WHY,
        _HPCA_INSTEAD,
        (
            "https://fyi.org.nz/request/24687/response/93454/attach/html/4/"
            "H2023032814%20Response.pdf.html (Ministry of Health, H2023032814, 24 November "
            '2023: "the Board, as a responsible authority, is not subject to the Act")',
        ),
        _MOH,
    ),
)


@cache
def _keys() -> tuple[tuple[tuple[str, ...], OutsideBody, bool], ...]:
    """Each name and alias as its folded words, with its body and whether it is the name."""
    return tuple(
        (words(name), body, name == body.name)
        for body in OUTSIDE
        for name in (body.name, *body.aliases)
    )


def outside_body(name: str) -> OutsideBody | None:
    """The listed body ``name`` names, or None.

    A name or alias in any case, with or without macrons and small words ("of",
    "the"), or the first two or more words of its name ("Nursing Council" for the
    Nursing Council of New Zealand). Never one word of a longer name ("Medical"), nor
    the start of an alias ("Te Kaunihera" begins many councils' names too).
    """
    typed = words(name)
    if not typed:
        return None
    for key, body, is_name in _keys():
        if typed == key or (is_name and len(typed) >= 2 and key[: len(typed)] == typed):
            return body
    return None


def outside_matches(text: str) -> tuple[OutsideBody, ...]:
    """The listed bodies whose names or aliases start with ``text``'s words, as typed.

    For suggestions as someone types ("nurs", "auditor gen"): each typed word begins a
    word of the name, in order from its first; each body once.
    """
    typed = words(text)
    if not typed:
        return ()
    found: list[OutsideBody] = []
    for key, body, _is_name in _keys():
        if body in found or len(typed) > len(key):
            continue
        if all(word.startswith(part) for part, word in zip(typed, key, strict=False)):
            found.append(body)
    return tuple(found)
