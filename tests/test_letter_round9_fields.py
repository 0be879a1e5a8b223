"""Round 9's field candidates: a field rests only on a cue of its own clause and letter.

Each case is built from the words of a real message: a silver dev message (no field labels,
but it shows what the reader does on a body it was never tuned on) or a development letter.
"""

from __future__ import annotations

from datetime import date

from oiaassist.reading import read_letter

# Pharmac (silver dev s11017-1): the asking to clarify and the reply, one sentence apart
_ASKED = (
    "We sent you emails on 21 August 2019 and on 4 September 2019 asking you to clarify "
    "your request."
)
_REPLIED = "You responded to our 21 August email on 3 September 2019."
_HEAD = "7 October 2019\n\nDear [name]\n\nThank you for your request dated 20 August 2019.\n"


def test_a_bare_reply_just_after_the_asking_is_the_clarification() -> None:
    # s 15(1AA): the day the requester answered the asking is the day the request was clarified
    reading = read_letter(f"{_HEAD}{_ASKED} {_REPLIED}\n")
    assert reading.clarified is not None
    assert reading.clarified.value == date(2019, 9, 3)


def test_a_bare_reply_two_sentences_from_any_word_of_clarifying_is_not_a_clarification() -> None:
    # the same letter's words with two sentences of other business between the asking and the
    # reply: "you responded" alone no longer says to what, so no day of clarification is read
    other = (
        "Pharmac publishes its decisions on its website. The information you seek about "
        "funding applications is held in our records system."
    )
    reading = read_letter(f"{_HEAD}{_ASKED} {other} {_REPLIED}\n")
    assert reading.clarified is None


def test_a_note_on_the_summer_break_extends_nothing() -> None:
    # Environment Canterbury (silver dev s17793-1): an acknowledgement whose footnote says the
    # days from 20 December to 10 January are not counted, "This will extend the due date…":
    # the Act's count of working days (LGOIMA s 2), not an extension (s 14), so the date the
    # letter gives is its due date, not an extended one
    text = (
        "Kia ora [name]\n\nI refer to your information request dated 2 December 2021.\n\n"
        "Under LGOIMA, Environment Canterbury has 20 working days to respond to your request.  "
        "Your request has been passed to the person(s) responsible for responding and you will "
        "be contacted as soon as possible but no later than 21 January 2022.*\n\n"
        "*Please be aware that the timeframes for calculating the due date for responses to "
        "requests under the Local Government Official Information & Meetings Act exclude the "
        "period from 20 December until 10 January of each year.  This will extend the due date "
        "for any request received in that period.\n"
    )
    reading = read_letter(text)
    assert reading.extension is None
    assert reading.stated_due is not None and reading.stated_due.value == date(2022, 1, 21)
    # a real extension after the same note is still read
    extended = text.replace(
        "This will extend",
        "We have extended the time limit by 10 working days under section 14. This will extend",
    )
    assert read_letter(extended).extension is not None


def test_the_agencys_next_act_does_not_date_the_requesters_answer() -> None:
    # Tertiary Education Commission (silver dev s23427-1): "You declined to refine your request,
    # with valid reasons, and therefore on 2 August 2023 we extended your request to 6 October
    # 2023": 2 August is the day of the extension, not of the declining (s 18(f) may turn on it)
    text = (
        "4 October 2023\n\nTēnā koe [name]\n\nThank you for your request, received on 7 July "
        "2023, for the following information under the Official Information Act 1982.\n\n"
        "You declined to refine your request, with valid reasons, and therefore on 2 August "
        "2023 we extended your request to 6 October 2023 due to the large quantity of "
        "information.\n"
    )
    reading = read_letter(text)
    assert reading.refinement_declined is None
    assert reading.extension is not None and reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2023, 10, 6)
    # the requester's own day still reads as theirs
    dated = text.replace("You declined", "On 28 July 2023 you declined")
    declined = read_letter(dated).refinement_declined
    assert declined is not None and declined.value == date(2023, 7, 28)


def test_a_transfer_told_in_the_past_is_not_dated_by_this_letter() -> None:
    # MSD (dev fyi-28312-msd-release-2): a release letter recounting "Part of your request was
    # transferred to the Ministry of Social Development" names no day: the transfer was done
    # before the letter (s 14's 10 working days run to that day), so its day is unknown, not
    # the letter's own date
    text = (
        "16 October 2024\nTēnā koe [name],\nOfficial Information Act request\nThank you for "
        "your email of 6 September 2024 to Hon Tama Potaka, requesting information on "
        "homelessness.\nPart of your request was transferred to the Ministry of Social "
        "Development (the Ministry) to respond to.\n"
    )
    moved = read_letter(text).transfer
    assert moved is not None and "Social Development" in moved.to_agency.value
    assert moved.on is None and not moved.date_stated
    # a transfer this letter makes now (Wellington City Council, dev fyi-23467-wcc-transfer)
    # is still dated by the letter
    now = read_letter(
        text.replace(
            "Part of your request was transferred to the Ministry of Social Development (the "
            "Ministry) to respond to.",
            "We have formally transferred your request to Waka Kotahi NZ Transport Agency.",
        )
    ).transfer
    assert now is not None and now.on is not None
    assert now.on.value == date(2024, 10, 16)
    # and a past transfer with its day keeps it (MSD, dev fyi-16008-msd-decision)
    dated = read_letter(
        text.replace("Part of your request was", "On 3 October 2024, part of your request was")
    ).transfer
    assert dated is not None and dated.on is not None and dated.date_stated
    assert dated.on.value == date(2024, 10, 3)


# Kāinga Ora (dev extract fyi-26133-kainga-ora-extension-x1): its extension's words, with the
# first sentence's due date written as another agency might write it, unmarked
_KAINGA_ORA = (
    "{due} Unfortunately, it wil not be possible to meet that time limit and we are therefore "
    "writing to notify you of an extension of the time to make our decision under section15A(1) "
    "of the Act, to 15 May 2024."
)


def test_an_unmarked_due_date_before_the_extended_one_is_the_original() -> None:
    # s 15A(1) extends a time limit: a due date the letter gives, earlier than the day the
    # extension runs to, with no word marking it as either, is the limit being extended
    for due in (
        "The Act requires that we advise you of our decision on your request no later than "
        "20 working days (12 April 2024) after the day we received your request.",
        "A response to your request is currently due on 12 April 2024.",
        "We will not be able to respond by the due date of 12 April 2024.",
    ):
        reading = read_letter("5 April 2024\n\nTēnā koe [name]\n\n" + _KAINGA_ORA.format(due=due))
        assert reading.stated_due is not None, due
        assert reading.stated_due.value == date(2024, 4, 12), due
        assert reading.extension is not None and reading.extension.extended_to is not None
        assert reading.extension.extended_to.value == date(2024, 5, 15), due


def test_a_due_date_after_the_extended_one_is_not_made_the_original() -> None:
    # the rule reads only an EARLIER unmarked date as the original: a later one (a slip, or a
    # second extension's) is left as the extension reading makes it
    due = "A response to your request is currently due on 12 June 2024."
    reading = read_letter("5 April 2024\n\nTēnā koe [name]\n\n" + _KAINGA_ORA.format(due=due))
    assert reading.stated_due is None or reading.stated_due.value != date(2024, 6, 12)


# Tertiary Education Commission (silver dev s24518-1): a dated answer confirming what is asked
_TEC = (
    "01 November 2023\n[name]\nTēnā koe [name]\nThank you for your request, received on 25 "
    "October 2023, for the following information under the Official Information Act 1982 (the "
    "Act):\n• Under the OIA, can you please provide urls or copies of documents for any minuted "
    "discussion regarding the number of universities.\n{answer}\n"
)


def test_a_dated_confirmation_of_what_is_asked_is_the_clarification() -> None:
    reading = read_letter(
        _TEC.format(answer="On 25 October 2023 you confirmed our interpretation of your request.")
    )
    assert reading.clarified is not None
    assert reading.clarified.value == date(2023, 10, 25)


def test_a_dated_confirmation_of_something_else_is_no_clarification() -> None:
    # the same letter's answer confirming another thing a requester may be asked (eligibility
    # under s 12, a charge under s 15(1A), a way of release): no day of amendment (s 15(1AA))
    for answer in (
        "On 25 October 2023 you confirmed that you were a New Zealand citizen.",
        "On 25 October 2023 you agreed to pay the charge.",
        "On 25 October 2023 you accepted our offer to release the documents by email.",
    ):
        assert read_letter(_TEC.format(answer=answer)).clarified is None, answer
    # with the asking to refine in the sentence before, the same answer is the clarification
    # (FENZ, dev fyi-20779-fenz-release: "We asked you to consider a refinement of your
    # request. On 15 October 2022 via email you confirmed with us that you are satisfied …")
    asked = _TEC.format(
        answer="We asked you to consider a refinement of your request. On 25 October 2023 via "
        "email you confirmed with us that you are satisfied with receiving only minutes."
    )
    clarified = read_letter(asked).clarified
    assert clarified is not None and clarified.value == date(2023, 10, 25)


def test_a_decision_the_information_is_about_is_not_the_requests() -> None:
    # Wellington City Council (dev fyi-28148-wcc-release) tells of "Council's decision to
    # terminate the initiative on 16 April 2024" — the matter the request is about. Written as
    # "was made on" (a wording the reader reads as a decision's day), it is still not the day
    # this request was decided (s 28(5) measures a release against that one)
    head = (
        "28 August 2024\nFile Ref: IRC-6985\nTēnā koe [name]\nThank you for your email of 23 "
        "August 2024 to Wellington City Council (the Council) in which you seek information "
        "about the Reading cinema initiative under the Local Government Official Information "
        "and Meetings Act (LGOIMA).\n"
    )
    other = "The Council’s decision to terminate the initiative was made on 16 April 2024.\n"
    assert read_letter(head + other).decided_on is None
    # the same words about this request's decision date it (Wellington City Council's own
    # kind of sentence, "a decision on your request was made on …")
    ours = "A decision on your request was made on 16 August 2024.\n"
    decided = read_letter(head + ours).decided_on
    assert decided is not None and decided.value == date(2024, 8, 16)


def test_another_things_extension_is_not_the_requests() -> None:
    # Wellington City Council (dev fyi-28148-wcc-release) writes of the Memorandum of
    # Collaboration and Understanding with Reading; had it said the memorandum "was extended to"
    # a day, that is the matter the information is about, not an extension of the time limit
    # (LGOIMA s 14, OIA s 15A)
    head = (
        "28 August 2024\nFile Ref: IRC-6985\nTēnā koe [name]\nThank you for your email of 23 "
        "August 2024 to Wellington City Council (the Council) in which you seek information "
        "about the Reading cinema initiative.\n"
    )
    other = "The Memorandum of Collaboration and Understanding was extended to 16 April 2024.\n"
    assert read_letter(head + other).extension is None
    # the same words of the request's own time limit are an extension
    ours = "The time limit for our decision was extended to 16 September 2024.\n"
    extension = read_letter(head + ours).extension
    assert extension is not None and extension.extended_to is not None
    assert extension.extended_to.value == date(2024, 9, 16)


def test_another_things_receipt_is_not_the_requests() -> None:
    # Wellington City Council (dev fyi-28148-wcc-release): a release about the Reading cinema
    # initiative. Had it said a letter from Reading "was received on" a day, that is the matter
    # the information is about, not the day this request was received (LGOIMA s 13(1))
    head = (
        "28 August 2024\nFile Ref: IRC-6985\nTēnā koe [name]\nThank you for your email to "
        "Wellington City Council (the Council) in which you seek information about the Reading "
        "cinema initiative.\n"
    )
    for other in (
        "The letter from Reading was received on 16 April 2024.",
        "The Memorandum of Collaboration and Understanding, which was received on 16 April "
        "2024, is attached.",
        "An application received on 16 April 2024 was declined.",
    ):
        assert read_letter(f"{head}{other}\n").received_stated is None, other
    # the request's own receipt, in the same frame, still reads
    for ours in (
        "Your request was received on 23 August 2024.",
        "The request was received on 23 August 2024.",
        "On 23 August 2024 we received your request.",
    ):
        received = read_letter(f"{head}{ours}\n").received_stated
        assert received is not None and received.value == date(2024, 8, 23), ours


def test_a_due_date_of_the_matter_is_not_the_requests() -> None:
    # Auckland Council (dev fyi-27496-auckland-council-acknowledgement): "We will respond to your
    # request as soon as possible and in any event no later than 20 working days after the day
    # your request was received. This will be by 01 August 2024." — "This" points back to the
    # sentence that ties the date to the request (LGOIMA s 13(1))
    head = "5 July 2024\n\nKia ora [name]\n\nThank you for your request.\n"
    ours = (
        "We will respond to your request as soon as possible and in any event no later than 20 "
        "working days after the day your request was received. This will be by 01 August 2024.\n"
    )
    due = read_letter(head + ours).stated_due
    assert due is not None and due.value == date(2024, 8, 1)
    # the same letter's frame with a date of the matter the request is about (a skate park's
    # maintenance plan): no due date of this request
    for other in (
        "The Council has received the skate park report. The final maintenance plan is due on "
        "01 August 2024.\n",
        "The Council has received the skate park report. The local board is expected to make a "
        "decision by 01 August 2024.\n",
    ):
        assert read_letter(head + other).stated_due is None, other


def test_asking_someone_else_to_clarify_is_no_clarification_sought() -> None:
    # FENZ (dev fyi-20779-fenz-release): "We asked you to consider a refinement of your request"
    # is the asking s 15(1AA) times; the same asking put to a Local Advisory Committee (the
    # matter the request is about) is not
    head = "5 December 2022\n\nTēnā koe [name]\n\nThank you for your request of 6 October 2022.\n"
    ours = "On 13 October 2022, we asked you to consider a refinement of your request.\n"
    sought = read_letter(head + ours).clarification
    assert sought is not None and sought.sought.value == date(2022, 10, 13)
    for other in (
        "On 13 October 2022, we asked the Local Advisory Committee to clarify its costs.\n",
        "Fire and Emergency sought clarification from the Local Advisory Committee on 13 "
        "October 2022.\n",
    ):
        assert read_letter(head + other).clarification is None, other


def test_a_transfer_told_as_the_second_act_of_the_request_is_read() -> None:
    # Kāinga Ora (dev fyi-16008-msd-decision's transfer: "On 3 August 2021, this part of your
    # request was transferred to the Ministry of Social Development"), its two acts told in one
    # clause as another agency might: received, and then transferred (s 14)
    reading = read_letter(
        "20 August 2021\n\nTēnā koe [name]\n\nThis part of your request was received on 28 July "
        "2021 and transferred to the Ministry of Social Development on 3 August 2021.\n"
    )
    moved = reading.transfer
    assert moved is not None and "Social Development" in moved.to_agency.value
    assert moved.on is not None and moved.on.value == date(2021, 8, 3) and moved.date_stated
    assert reading.received_stated is not None
    assert reading.received_stated.value == date(2021, 7, 28)


def test_a_warning_that_a_request_may_be_refused_is_no_decision() -> None:
    # Ministry of Health (dev fyi-9554-moh-decision, round 9 batch 1): "On 14 February 2019, the
    # Ministry advised you that your request may be refused under section 18(f) …" is the s 18B
    # warning before a refusal, not the day of the decision; the letter itself decides
    reading = read_letter(
        "8 March 2019\n\nDear [name]\n\nOn 14 February 2019, the Ministry advised you that your "
        "request may be refused under section 18(f) of the Act, as the information requested "
        "cannot be made available without substantial collation or research. The Ministry "
        "requested for you to refine your request. At the time of writing, the Ministry has not "
        "had a response from you in relation to this refinement request. As such, your request "
        "is refused under section 18(f) of the Act.\n"
    )
    assert reading.decided_on is None
    assert reading.decision_date is not None
    assert reading.decision_date.value == date(2019, 3, 8)
    # the warning is s 18B's invitation to refine: the day refinement was sought (M4)
    assert reading.clarification is not None
    assert reading.clarification.sought.value == date(2019, 2, 14)


def test_a_request_referred_to_a_body_on_the_transfer_ground_is_transferred() -> None:
    # Ministry of Health (dev fyi-26938-moh-transfer, round 9 batch 1): the Nursing Council is
    # not (yet) in the agency directory, but the letter gives the ground of s 14(b)(ii) in the
    # sentence before "referred", so the referral is a transfer
    text = (
        "Tēnā koe [name],\n\nThank you for your request under the Official Information Act 1982 "
        "(the Act) to Manatū Hauora (the Ministry of Health) on 22 May 2024.\n\nManatū Hauora "
        "does not hold any information relating to your request; however, I have been advised "
        "that the requested information is more closely connected with the functions of Nursing "
        "Council.  Therefore, I have referred your request to the Nursing Council. Please expect "
        "a response from the Nursing Council in due course.\n"
    )
    moved = read_letter(text).transfer
    assert moved is not None and "Nursing Council" in moved.to_agency.value
    # without the ground, "referred to" a body the directory does not know is no transfer
    bare = text.replace(
        "however, I have been advised that the requested information is more closely connected "
        "with the functions of Nursing Council.  Therefore, ",
        "",
    )
    assert read_letter(bare).transfer is None


def test_an_asking_over_a_span_of_days_was_first_made_on_its_first_day() -> None:
    # Ministry of Health (dev fyi-22280-moh-release, round 9 batch 1): "Manatū Hauora has
    # corresponded with you between 29 March and 3 April 2023 to refine the scope of this part
    # of your request": refinement was first sought on 29 March (s 15(1AA)'s 7 days run to it)
    reading = read_letter(
        "21 April 2023\n\nTēnā koe [name]\n\nManatū Hauora has corresponded with you between 29 "
        "March and 3 April 2023 to refine the scope of this part of your request.\nIn your email "
        "of 30 March 2023, you have confirmed that the scope of your request is as follows:\n"
    )
    assert reading.clarification is not None
    assert reading.clarification.sought.value == date(2023, 3, 29)
    assert reading.clarified is not None and reading.clarified.value == date(2023, 3, 30)


def test_a_quoted_request_opening_with_thanks_is_still_the_requesters() -> None:
    # DOC (dev fyi-22646-doc-release, round 9 batch 1): the request quoted under "You requested
    # the following:" opens "Thank you for your recent OIA reply,- OIAD-2806 …" — the requester
    # thanking DOC for an earlier reply, whose number is not this request's reference
    text = (
        "29 May 2023\n[name]\nTēnā koe [name]\nThank you for your email of 1 May 2023 requesting "
        "information relating to appointments.\nYour request has been considered under the "
        "Official Information Act 1982 (‘OIA’).\nYou requested the following:\nThank you for your "
        "recent OIA reply,- OIAD-2806 dated 13 March 2023.\nMay I kindly seek an update on these "
        "appointment process as where they are at.\nWe have decided to release the information.\n"
    )
    assert read_letter(text).reference is None
