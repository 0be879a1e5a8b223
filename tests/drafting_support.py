"""Shared data for the drafting tests: a good draft, hostile text, XML validity."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import docx
from lxml import etree

from oiaassist.drafting.models import DraftItem, RequestDraft, Requester

HOSTILE = (
    "A & B <re: \"budget\"> 'quoted' 5 > 3 \x00\x0b\x0c\x07 \u202eעברית مرحبا 🦜🇳🇿 {{ x }} {% y %}"
)
"""Markup characters, XML-invalid controls, right-to-left text, emoji and Jinja syntax."""
CLEAN_HOSTILE = "A & B <re: \"budget\"> 'quoted' 5 > 3  \u202eעברית مرحبا 🦜🇳🇿 {{ x }} {% y %}"
"""What HOSTILE must become in a letter: the same, without the control characters."""
MEGABYTE = ("Lorem ipsum & <dolor> sit amet. " * 32_768)[:1_000_000]


def good_draft() -> RequestDraft:
    """A request every check is happy with."""
    return RequestDraft(
        requester=Requester(name="Aroha Smith", email="aroha@example.org"),
        dated=date(2024, 9, 13),
        agency="Ministry of Health",
        agency_email="oia@health.example",
        subject="Elective surgery waiting lists",
        items=[
            DraftItem(
                text="Briefings to the Minister of Health about elective surgery waiting lists.",
                date_from=date(2023, 1, 1),
                date_to=date(2024, 6, 30),
                document_types=["briefings", "aide-mémoire"],
            ),
            DraftItem(
                text=(
                    "Emails between the Ministry and Health New Zealand about the waiting list "
                    "target, from 1 January 2024 to 30 June 2024."
                )
            ),
            DraftItem(
                text="Documents setting out the Minister's position on the target since 2023."
            ),
        ],
        format_preferences=["electronic copies, text-searchable"],
        urgent=True,
        urgency_reasons="A select committee will hear submissions on this on 30 September 2024.",
        ask_grounds=True,
    )


def assert_valid_docx(data: bytes) -> str:
    """Every XML part parses strictly (LibreOffice would hide corruption); returns the body text."""
    texts = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                root = etree.fromstring(archive.read(name), etree.XMLParser(recover=False))
                if name == "word/document.xml":
                    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
                    texts = ["".join(p.itertext()) for p in root.iterfind(".//w:p", ns)]
    docx.Document(io.BytesIO(data))
    return "\n".join(texts)
