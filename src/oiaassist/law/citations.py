"""Citations: which statute and provision a rule rests on.

A :class:`Citation` *is* its long form string ("Official Information Act 1982,
s 15(1)") so it prints and compares naturally, and it also carries the parts
for a short form ("OIA s 15(1)") used in tooltips and tables.
"""

from __future__ import annotations

from enum import Enum


class Statute(Enum):
    """The enactments whose rules oiaassist applies."""

    OIA = ("Official Information Act 1982", "OIA")
    LGOIMA = ("Local Government Official Information and Meetings Act 1987", "LGOIMA")
    PRIVACY = ("Privacy Act 2020", "Privacy Act")
    MATARIKI = ("Te Kāhui o Matariki Public Holiday Act 2022", "Matariki Act")
    QEII_MEMORIAL = ("Queen Elizabeth II Memorial Day Act 2022", "QEII Memorial Day Act")
    OIA_AMENDMENT_1987 = ("Official Information Amendment Act 1987", "OIA Amendment Act 1987")
    LG_REGULATORY_2019 = (
        "Local Government Regulatory Systems Amendment Act 2019",
        "LG Regulatory Systems Amendment Act 2019",
    )
    MONDAYISATION = (
        "Holidays (Full Recognition of Waitangi Day and ANZAC Day) Amendment Act 2013",
        "Holidays Amendment Act 2013",
    )

    @property
    def title(self) -> str:
        """The statute's full title."""
        return self.value[0]

    @property
    def short_title(self) -> str:
        """The name people use in conversation."""
        return self.value[1]


class Citation(str):
    """A provision of a statute, usable anywhere a string is.

    Example:
        >>> c = Citation(Statute.OIA, "s 15(1)")
        >>> str(c), c.short
        ('Official Information Act 1982, s 15(1)', 'OIA s 15(1)')
    """

    statute: Statute
    provision: str

    def __new__(cls, statute: Statute, provision: str = "") -> Citation:
        """Build from a statute and a provision such as "s 15(1)"."""
        text = f"{statute.title}, {provision}" if provision else statute.title
        self = super().__new__(cls, text)
        self.statute = statute
        self.provision = provision
        return self

    @property
    def short(self) -> str:
        """Short form for tight spaces, e.g. "OIA s 2(1)"."""
        if not self.provision:
            return self.statute.short_title
        return f"{self.statute.short_title} {self.provision}"

    def __reduce__(self) -> tuple[type[Citation], tuple[Statute, str]]:
        return (Citation, (self.statute, self.provision))
