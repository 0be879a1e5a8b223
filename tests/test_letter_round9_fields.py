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
