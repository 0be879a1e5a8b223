"""Round 14: a transfer the letter's author received, told as if it were one it made.

Built from development letters the reader misread (tests/corpus/letters/README.md): a
transferee's answer that tells how the request reached it in the passive or in the
transferring body's name ("Police transferred this part of your request to the Ministry of
Justice (the Ministry)") was read as a transfer *out*, so the author finder ruled the
transferee out and named the body first asked, and the checks counted the 20 working days
from the request's own date instead of from the transfer (OIA s 14, s 15(1)). Each test also
holds a near case the mechanism must leave alone.
"""

from __future__ import annotations

from datetime import date

from letter_support import dev_letter
from oiaassist.reading import check_reading, read_letter
from oiaassist.reading.author.find import letter_author
from oiaassist.reading.kind.rules import LetterKind


def _author(text: str) -> str | None:
    found = letter_author(text, not_these=read_letter(text).not_authors)
    return found.name if found is not None else None


def test_a_transferee_deciding_after_the_transfer_is_the_author() -> None:
    # Ministry of Justice (fyi-25850), 4 April 2024: "On 6 March 2024, Police transferred this
    # part of your request to the Ministry of Justice (the Ministry) … the Ministry is refusing
    # your request pursuant to s 18(g) … because the Ministry does not hold the information".
    text = dev_letter("fyi-25850-moj-decision")
    reading = read_letter(text)
    assert reading.transfer is None  # not a transfer this letter makes
    assert reading.transferred_in is not None
    assert reading.transferred_in.value == date(2024, 3, 6)
    assert _author(text) == "Ministry of Justice"
    assert reading.kind is LetterKind.DECISION
    # counted from the transfer: 20 working days from 6 March 2024 end 5 April (Good Friday
    # 29 March and Easter Monday 1 April not counted), so 4 April is in time, not 7 days late
    checks = check_reading(reading)
    assert not [c for c in checks if c.ok is False]
    assert any(c.statutory == date(2024, 4, 5) and c.ok for c in checks)


def test_the_short_form_or_the_name_deciding_counts() -> None:
    # Ministry of Transport (fyi-20226): "Waka Kotahi … partially transferred your request to
    # Te Manatū Waka Ministry of Transport (Te Manatū Waka) … Te Manatū Waka is withholding"
    text = dev_letter("fyi-20226-mot-release")
    assert _author(text) == "Ministry of Transport"
    came = read_letter(text).transferred_in
    assert came is not None and came.value == date(2022, 9, 5)


def test_referring_to_a_request_transferred_to_the_writer() -> None:
    # Ministry of Transport (fyi-23419): "I refer to your email dated 14 August 2023 that was
    # transferred to Te Manatū Waka Ministry of Transport, requesting the following …"
    text = dev_letter("fyi-23419-mot-release")
    assert read_letter(text).transfer is None
    assert _author(text) == "Ministry of Transport"


_NOTICE = """12 May 2024
Dear Jo
Thank you for your request of 1 May 2024 for information about hospital waiting lists.
{transfer}
Yours sincerely
Ann Smith
"""


def test_a_transfer_notice_stays_a_transfer_out() -> None:
    # the transferee named with a short form, then what it *will* do or why it was sent there
    cases = (
        "Your request has been transferred to the Ministry of Health (the Ministry), as the "
        "Ministry holds the information you asked for. The Ministry will respond to you directly.",
        "I have transferred your request to the Ministry of Justice (the Ministry). The Ministry "
        "holds the court records you seek.",
        # holding it is why a request is transferred (s 14(b)(i)), not the holder deciding it
        "Your request has been transferred to Te Whatu Ora. Te Whatu Ora holds the information.",
        "Part of your request was transferred to the Ministry of Health (the Ministry) on 5 May "
        "2024, as the Ministry holds that information. We have decided to release the rest.",
    )
    for transfer in cases:
        text = _NOTICE.format(transfer=transfer)
        reading = read_letter(text)
        assert reading.transfer is not None, transfer
        assert reading.transferred_in is None, transfer
        assert _author(text) is None, transfer


def test_a_thing_described_as_having_a_document_attached_gives_nothing() -> None:
    # fyi-25850 offers "the number of closed cases … that had a POL 47 document attached":
    # the cases have it, the letter gives no document
    refusing = (
        "4 April 2024\nDear X\nWe could provide the number of closed cases that had a POL 47 "
        "document attached. The Ministry is refusing your request under section 18(g) as the "
        "information is not held.\n"
    )
    assert read_letter(refusing).kind is LetterKind.DECISION
    # "I have … attached extracts from our documents" (fyi-14783) still gives them
    giving = dev_letter("fyi-14783-kainga-ora-release")
    assert read_letter(giving).kind is LetterKind.RELEASE


def test_the_app_shows_the_day_a_request_was_transferred_here() -> None:
    from oiaassist.app.letters.found import found_rows  # noqa: PLC0415  (Qt-free words)

    rows = dict(found_rows(read_letter(dev_letter("fyi-25850-moj-decision"))))
    assert rows["Transferred here"] == "6 March 2024"
    assert "Transferred to" not in rows


def test_the_transfer_day_is_proposed_as_this_agencys_receipt() -> None:
    # fyi-25850 gives the request's date at Police (23 February) and the transfer's (6 March):
    # the Ministry's clock starts on the transfer, so that is the receipt the app proposes
    from oiaassist.app.letters.proposals import propose  # noqa: PLC0415  (Qt-free)

    reading = read_letter(dev_letter("fyi-25850-moj-decision"))
    assert reading.received is not None and reading.received.value == date(2024, 3, 6)
    assert reading.received_basis == "transfer"
    recorded = {"type": "received", "date": "2024-02-23", "note": ""}
    received = [p for p in propose(reading, [recorded]) if p.event["type"] == "received"]
    assert [p.event["date"] for p in received] == ["2024-03-06"]
    assert received[0].replaces == recorded


def test_an_undated_decision_says_why_no_decision_is_proposed() -> None:
    # Minister of Corrections (fyi-16987), an extract that starts below the letter's date:
    # the decision is read, but has no day, so the dialog proposes no decision event
    from oiaassist.app.letters.found import found_rows  # noqa: PLC0415  (Qt-free words)
    from oiaassist.app.letters.proposals import propose  # noqa: PLC0415

    reading = read_letter(dev_letter("fyi-16987-minister-of-corrections-release"))
    assert reading.letter_date is None and reading.outcome is not None
    decided = [p for p in propose(reading, []) if p.event["type"] == "decision_notified"]
    assert decided == []
    rows = dict(found_rows(reading))
    assert rows["Decision"].endswith(
        "(not proposed until you give the letter's date: its text has none)"
    )
    # a dated decision says nothing of the kind
    dated = dict(found_rows(read_letter(dev_letter("fyi-25850-moj-decision"))))
    assert "not proposed" not in dated["Decision"]
