from __future__ import annotations

import email
import io
from email import policy
from urllib.parse import unquote

import docx
import pytest

from drafting_support import assert_valid_docx, good_draft
from oiaassist.drafting.examples import seed_request_draft
from oiaassist.drafting.models import LetterStyle
from oiaassist.drafting.render import mailto_link, render_docx, render_eml, render_text
from oiaassist.errors import InputError
from oiaassist.law.acts import Act


def test_the_seed_request_as_plain_text() -> None:
    letter = render_text(seed_request_draft())
    assert letter.subject == (
        "Official information request: Responsibilities under the Convention on Cluster Munitions"
    )
    body = letter.body
    assert body.startswith("Tēnā koutou\n\nOn 22 December 2009")
    for number in range(1, 14):
        assert f"\n{number}. " in body
    assert "(a) to receive a copy of the whole of each document" in body
    assert "section 19(a)(ii)" in body
    # The statutory date from the engine, in words: received Fri 13 Sep -> Fri 11 Oct 2024.
    assert "If you receive it on Friday, 13 September 2024, that is no later than Friday, " in body
    assert "Friday, 11 October 2024." in body
    assert body.endswith("Ngā mihi\nAndrew Ecclestone\n")
    assert str(letter).startswith(f"Subject: {letter.subject}\n\nTēnā koutou")


def test_a_privacy_act_request_says_so() -> None:
    draft = seed_request_draft().model_copy(update={"act": Act.PRIVACY, "ask_grounds": False})
    letter = render_text(draft)
    assert letter.subject.startswith("Request for personal information: ")
    assert "under the Privacy Act 2020" in letter.body
    assert "section 44 of the Privacy Act 2020" in letter.body
    assert "Official Information Act 1982" not in letter.body.split("My preferences")[0]
    assert "Request for personal information" in assert_valid_docx(render_docx(draft))


def test_dates_in_te_reo_maori() -> None:
    draft = seed_request_draft().model_copy(
        update={"style": LetterStyle(greeting="Tēnā koutou", sign_off="Nāku noa, nā", locale="mi")}
    )
    body = render_text(draft).body
    assert "Paraire, 13 Hepetema 2024" in body
    assert "Paraire, 11 Oketopa 2024" in body
    assert body.endswith("Nāku noa, nā\nAndrew Ecclestone\n")
    text = assert_valid_docx(render_docx(draft))
    assert "Paraire, 11 Oketopa 2024" in text


def test_the_seed_request_as_docx() -> None:
    data = render_docx(seed_request_draft())
    text = assert_valid_docx(data)
    document = docx.Document(io.BytesIO(data))
    styles = [p.style.name for p in document.paragraphs]
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Andrew Ecclestone\nandrew.ecclestone@example.org"
    assert styles[0] == "Letter Sender"
    assert texts[1] == "Friday, 13 September 2024"
    subject = texts.index(
        "Official information request: Responsibilities under the Convention on Cluster Munitions"
    )
    assert styles[subject] == "Letter Subject"
    assert texts[subject + 1] == "Tēnā koutou"
    items = [t for t, s in zip(texts, styles, strict=True) if s == "Letter List"]
    assert len(items) == 13 + 4  # 13 items, 4 s 16 preferences
    assert items[0].startswith("1.\tThe dates on which New Zealand")
    assert items[13].startswith("(a)\tto receive a copy")
    assert "no later than Friday, 11 October 2024" in text
    assert "{{" not in text and "{%" not in text


def test_plain_text_and_docx_say_the_same_thing() -> None:
    draft = good_draft()
    plain = render_text(draft).body
    document = docx.Document(io.BytesIO(render_docx(draft)))
    body = [p.text.replace("\t", " ") for p in document.paragraphs]
    start = body.index("Tēnā koutou")
    words = " ".join(" ".join(body[start:]).split())
    assert words == " ".join(plain.split())


def test_eml_is_an_unsent_draft_with_the_plain_text() -> None:
    draft = seed_request_draft()
    raw = render_eml(draft, attach_docx=True)
    assert b"\r\n" in raw
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["Subject"] == render_text(draft).subject
    assert message["To"] == "Ministry of Foreign Affairs and Trade <oia@mfat.example>"
    assert message["From"] == "Andrew Ecclestone <andrew.ecclestone@example.org>"
    assert message["X-Unsent"] == "1"
    body = message.get_body(("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n") == render_text(draft).body
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == "request.docx"
    assert_valid_docx(attachment.get_content())


def test_mailto_link() -> None:
    link = mailto_link(good_draft())
    assert link.startswith("mailto:oia@health.example?subject=Official%20information%20request")
    body = unquote(link.split("&body=", 1)[1])
    assert body == render_text(good_draft()).body.replace("\n", "\r\n")
    assert " " not in link and "\n" not in link


@pytest.mark.parametrize("address", ["not an address", "a@b\nBcc: x@y", "a@b, c@d"])
def test_a_bad_address_is_an_error_naming_the_field(address: str) -> None:
    draft = good_draft().model_copy(update={"agency_email": address})
    with pytest.raises(InputError, match="recipient_email"):
        render_eml(draft)
    with pytest.raises(InputError, match="recipient_email"):
        mailto_link(draft)


def test_a_newline_in_a_subject_stays_out_of_the_headers() -> None:
    draft = good_draft().model_copy(update={"subject": "Waiting\nBcc: evil@example.org"})
    letter = render_text(draft)
    assert letter.subject == "Official information request: Waiting Bcc: evil@example.org"
    message = email.message_from_bytes(render_eml(draft), policy=policy.default)
    assert message["Bcc"] is None
