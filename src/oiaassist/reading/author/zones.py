"""Where a letter speaks as itself: its own text, its letterhead and its signature blocks.

The author of a letter is told by the places it speaks *as* itself, never by a body
it merely mentions (issue 13). These helpers cut a letter into those places:

* :func:`own_text` drops the requester's quoted email at the foot of a reply (an
  agency that answers by email quotes the request, whose "To:" line names the body
  the request was sent to, and whose words name any body the requester asked about);
* :func:`letterhead` is the short lines above the salutation ("Tēnā koe", "Dear"),
  without the addressee or the subject line (which names what the request is about);
* :func:`signature_blocks` is the short lines after a closing ("Ngā mihi", "Nāku noa,
  nā", "Yours sincerely"): name, role, body, contact details;
* :func:`header_lines` reports whether a line is part of an email header block
  ("To:", "Cc:") — the addressee's side, not the sender's;
* :func:`request_spans` and :func:`unclosed_quote` are the request quoted back without
  quotation marks ("You requested: …") and a quotation cut off unclosed: the
  requester's or another's words, not the letter's.
"""

from __future__ import annotations

import re

CLOSING = re.compile(
    r"^[^\S\n]*(?:yours\s+(?:sincerely|faithfully|truly)|n.ku\s+(?:iti\s+)?(?:noa|iti)|n.ku,\s+n.\b"
    r"|ng.\s+mihi"
    # "regards" alone opens a line that continues a sentence too ("…breached the Privacy
    # Act in" / "regards to photos…", fyi-21110): a closing only if no lower-case word follows.
    r"|(?:kind|warm|best|many)\s+regards|regards(?![^\S\n]+[a-z])|heoi\s+an.|mauri\s+ora"
    r"|noho\s+ora\s+mai)\b"
    # Words that close a letter only when they are the whole line: "Thank you," above a
    # signature, but not "Thank you for your request".
    r"|^[^\S\n]*(?:(?:many\s+)?thanks|thank\s+you|cheers|sincerely|m.\s+te\s+w.|n[āaâ])"
    r"[^\S\n]*[,.!]?[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
SALUTATION = re.compile(
    r"^[^\S\n]*(?:t\S{1,2}n\S{1,2}\s+(?:koe|k[oō]rua|koutou)|dear|kia\s+ora|hello|hi|greetings"
    r"|m[oō]rena|good\s+(?:morning|afternoon|day))\b",
    re.IGNORECASE | re.MULTILINE,
)

# The start of the requester's quoted message: an Outlook "-----Original Message-----"
# or header block, or a "… wrote:" line, whose sender is the requester (FYI.org.nz's
# placeholders "[FOI #123 email]", "[FYI request #123 email]", or a redacted "[name]").
_QUOTE_START = re.compile(
    r"^[^\S\n]*(?:-{3,}\s*original\s+message\s*-{3,}|-{3,}\s*\S|_{5,}|from\s*:|on\s.{5,80}wrote:)",
    re.IGNORECASE | re.MULTILINE,
)
_REQUESTER = re.compile(r"\[(?:\d+\])?\[?(?:FOI|FYI\s+request)\s+#\d+\s+email\]|\[name\]", re.I)
_HEADER_FIELD = re.compile(r"^[^\S\n]*(?:to|cc|bcc|attn|attention)\s*:", re.IGNORECASE)

# A line that says what the request is about ("Re: …", "Request for information – …",
# "OIA request: communications with Police"): the body it names is the subject, not
# the sender.
_SUBJECT_LINE = re.compile(
    r"\b(?:re|subject|fw|fwd)\s*:|\brequests?\b|\bregarding\b|\babout\b|\bconcerning\b"
    r"|\bOIA\b|\bLGOIMA\b|\bAct\b|\b(?:your|our)\s+ref",
    re.IGNORECASE,
)
# A salutation run into the letterhead by a text layer that lost the line breaks.
_INLINE_SALUTATION = re.compile(r"\s(?:Dear|T\S{1,2}n\S{1,2} koe|Kia ora)\b")
_SENTENCE = re.compile(r"[.?!:;]\s*$|\b(?:is|are|was|were|have|has|will|we|you|your|I)\b")


def own_text(text: str) -> str:
    """The letter without the requester's quoted message at its foot.

    Only a quote whose sender is the requester is cut: an agency's own earlier message
    quoted below its reply ("From: OIA_Requests (MSD)") is still the agency speaking.
    """
    salutation = SALUTATION.search(text, 0, 1500)
    for match in _QUOTE_START.finditer(text):
        if match.start() == 0 and re.match(r"\s*from\s*:", text, re.IGNORECASE):
            continue  # the reply's own header, at the very top
        if salutation is not None and match.start() < salutation.start():
            continue  # "From: [name]" in the address block above "Tēnā koe" (fyi-30228): no quote
        block = text[match.start() : match.start() + 400]
        first = block.split("\n", 1)[0]
        sender = re.search(r"(?im)^[^\S\n]*from\s*:.*$", block)
        quoted_by = first if "wrote" in first.lower() else (sender.group() if sender else first)
        if _REQUESTER.search(quoted_by) or re.search(r"show\s+quoted\s+sections", first, re.I):
            return text[: match.start()]
    cut = re.search(r"(?im)^[^\S\n]*show\s+quoted\s+sections", text)
    return text if cut is None else text[: cut.start()]


def is_header_line(line: str) -> bool:
    """Whether ``line`` is an addressee field of an email header ("To: …", "Cc: …")."""
    return bool(_HEADER_FIELD.match(line))


def letterhead(text: str) -> str:
    """The letterhead: the lines above the salutation that name who is writing.

    The addressee ("To:", "Attention") and the subject line ("Request for information
    about …") are left out: they name the requester's side and the request's subject.
    Where there is no salutation, only the leading run of short, non-sentence lines
    counts (an email that opens straight into its text has no letterhead).
    """
    salutation = SALUTATION.search(text) or _INLINE_SALUTATION.search(text[:1500])
    if salutation is not None and salutation.start() < 1500:
        lines = text[: salutation.start()].splitlines()
        if len(lines) == 1 and len(lines[0].split()) > 12:
            lines = _joined_head(lines[0])
    else:
        lines = []
        said = 0  # lines that hold text: a blank line spacing the letterhead counts none
        for line in text.splitlines():
            said += bool(line.strip())
            if said > 15 or (
                line.strip()
                and ((len(line.split()) > 8 and not _fields(line)) or _SENTENCE.search(line))
            ):
                break
            lines.append(line)
    kept = [
        line
        for line in _without_addressee(lines)
        if not is_header_line(line)
        and not _SUBJECT_LINE.search(line)
        and (len(line.split()) <= 12 or _fields(line))
        and not _SENTENCE.search(line)
    ]
    return "\n".join(kept)


def _fields(line: str) -> bool:
    """Whether ``line`` is short "|" fields, not a sentence.

    A body's name beside its te reo name ("Civil Aviation Authority of New Zealand | Te
    Mana Rererangi Tūmatanui o Aotearoa") is a letterhead line however many its words.
    """
    return "|" in line and short_fields(line)


_JOINED_HEAD_END = re.compile(r"\[name\]|\[(?:FOI|FYI)|\b(?:Mr|Ms|Mrs|Miss|Dr|Mx)\.?\s|@")


def _joined_head(line: str) -> list[str]:
    """A letterhead run onto one line by a text layer that lost the breaks, up to the addressee.

    "New Zealand Ministry of Foreign Affairs and Trade Manatū Aorere 195 Lambton Quay
    Private Bag 18−901 Wellington 6160 New Zealand [name] T +64 4 439 8000 …" (fyi-22087
    on one line): the words before the addressee's "[name]", if no sentence, in lines of
    at most 12 words (so each is read as a letterhead line is).
    """
    end = _JOINED_HEAD_END.search(line)
    head = line[: end.start()] if end else line
    if _SENTENCE.search(head):
        return []
    words = head.split()
    return [" ".join(words[i : i + 12]) for i in range(0, min(len(words), 48), 12)]


_ADDRESSEE_START = re.compile(r"^\s*(?:\[name\]|(?:Mr|Ms|Mrs|Miss|Dr|Mx)\.?\s+\S)", re.IGNORECASE)
_ADDRESSEE_END = re.compile(r"@|\bemail\b|\[(?:FOI|FYI)|^\s*$", re.IGNORECASE)


def _without_addressee(lines: list[str]) -> list[str]:
    """The heading lines without the addressee's block.

    The block starts with the requester's name ("[name]", "Mr …") and runs to the
    email address it is sent to (or a blank line, or four lines): a body named there
    ("[name] / Secretary / New Zealand Council for Civil Liberties") is the
    requester's, not the writer's.
    """
    kept: list[str] = []
    skipping = 0
    for line in lines:
        if skipping:
            skipping -= 1
            if _ADDRESSEE_END.search(line):
                skipping = 0
            continue
        if _ADDRESSEE_START.match(line):
            skipping = 4
            continue
        kept.append(line)
    return kept


def signature_blocks(text: str) -> list[tuple[int, str]]:
    """Each block of short lines after a closing, with its offset in ``text``.

    A block ends at a blank-separated sentence (the closing was a word in a paragraph)
    or after 600 characters; a long line (a sentence of a disclaimer) is blanked out so
    a body it mentions is not read as the signer's, unless it is short fields split by
    "|" (a Minister's portfolios: "Minister of Transport | Minister for Workplace
    Relations and Safety |", fyi-15684).
    """
    blocks: list[tuple[int, str]] = []
    for match in CLOSING.finditer(text):
        start = match.end()
        chunk = text[start : start + 600]
        kept: list[str] = []
        for line in chunk.split("\n"):
            if _QUOTE_START.match(line) and kept:
                break
            fields = "|" in line and short_fields(line)  # "Minister for … | Minister for …"
            promoted = bool(_PROMOTION.match(line))
            kept.append(
                line if (len(line.split()) <= 12 or fields) and not promoted else " " * len(line)
            )
        blocks.append((start, "\n".join(kept)))
    for match in _RUN_IN_CLOSING.finditer(text):
        start = match.end()
        words = re.match(r"[^\n]{0,320}", text[start:])
        line = words.group() if words else ""
        cut = _RUN_IN_END.search(line)
        signed = _PLACEHOLDER.sub(" ", line[: cut.start() if cut else len(line)])
        blocks.append((start, " ".join(signed.split()[:30])))
    return blocks


_PROMOTION = re.compile(
    r"^[^\S\n]*(?:Visit|Follow|Find\s+out|Read\s+(?:more|about)|Click|Check\s+out|Download"
    r"|Sign\s+up|Subscribe|Like\s+us|Keep\s+up)\b"
)
"""A footer line inviting the reader to a link ("Visit Waka Kotahi [4]NZTA Traffic Updates
for Auckland Region's state highways", under an Auckland Transport signature, silver
s22669): another body's page is promoted, not the signer's body."""
_RUN_IN_END = re.compile(
    r"[.!?](?=\s)|\bThis\s+e-?mail\b|\bPage\s+\d|\b(?:From|To|Sent|Subject|Cc)\s*:|-{3,}"
    r"|\bwrote:|\[(?:FOI|FYI)",
    re.IGNORECASE,
)
"""Where a run-in signature ends: a full stop, a disclaimer, a page number, or the quoted
message's header ("… Wellington City Council From: [FOI #…]"): the requester's side."""
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{0,60}\]")
"""FYI.org.nz's stand-ins ("[email address]", "[1]") inside a signature: no words of it."""


_RUN_IN_CLOSINGS = (
    r"(?:Yours\s+(?:sincerely|faithfully)|N\Sku\s+(?:iti\s+)?noa,?\s+n\S|Ng\S\s+mihi(?:\s+nui)?"
    r"|(?:Kind|Warm|Best|Many)\s+regards|Noho\s+ora\s+mai)"
)
_RUN_IN_CLOSING = re.compile(
    rf"(?:(?<=[.!?])[^\S\n]+(?:{_RUN_IN_CLOSINGS}|Regards)"
    # after a sentence that lost its full stop too: "…as quickly as possible Kind regards"
    rf"|(?<=[a-z])[^\S\n]+{_RUN_IN_CLOSINGS})[,.]?(?=[^\S\n]+[A-Z\[])"
)
"""A closing run into the last sentence's line by a text layer that lost the line
breaks ("… sooner if I am able to. Ngā mihi Official Information Team Ministry of
Social Development"): the words after it, to the next full stop or the quoted message,
are the signature (up to 30 words: name, role, unit, body, address, web address)."""


def footer(text: str, size: int = 300) -> str:
    """The footer lines among the letter's last ``size`` characters.

    A printed letter's footer is short lines: a name, an address, a web address
    ("Ministry of Health | Manatū Hauora | 133 Molesworth Street"). A sentence there is
    the letter's last paragraph, and a body it names is a mention; a link to a page on a
    body's site is a mention too.
    """
    start = max(0, len(text) - size)
    if start > 0 and text[start - 1] != "\n":
        start = text.find("\n", start) + 1 or len(text)  # not a line cut in half
    lines = text[start:].splitlines()
    before = text[:start].rstrip("\n").rsplit("\n", 1)[-1] if start > 0 else ""
    kept = []
    apart = False  # a blank line since ``before``
    for line in lines:
        # A name line set apart by a blank line, not ending a sentence, does not finish the
        # long line above ("… please do not reply to this email" / "" / "Matamata Piako
        # District Council Customer Services", fyi-15359)
        finishes = not (apart and not re.search(r"[.!?]\s*$", line))
        if (
            short_fields(line)
            and not _SENTENCE.search(_name_stop(line))
            and not _CONTINUED.match(line)
            and not (_RUNS_ON.search(before) and "|" not in before and finishes)
            and not re.search(r"[\w-]\.[a-z]{2,}/[\w%-]", line, re.IGNORECASE)
        ):
            kept.append(line)
        if line.strip():
            before, apart = line, False
        elif before:
            apart = True
    return "\n".join(kept)


_RUNS_ON = re.compile(r"(?:\S+\s+){7,}\S*[^.!?:;\s]\s*$|\s[-–—]\s*$")
"""A long line whose sentence runs on to the next ("… received from the Ministry of
Disabled People -" / "Whaikaha.", fyi-28972): the next line ends that sentence, and a
body it names there is a mention, not a footer's name. A line of "|" fields is a footer
line whose name may wrap ("… | Heritage New" / "Zealand Pouhere Taonga | PO Box …")."""


_DISCLAIMER = re.compile(
    r"^[^\S\n]*(?:statement\s+of\s+confidentiality|confidentiality(?:\s+notice)?\s*:|disclaimer\s*:"
    r"|(?:caution|important|notice|privileged|confidential)\w*\s*[:-]"
    r"|this\s+(?:e-?mail|message|communication|correspondence)(?:\s+message)?\s+(?:and|is|may|contains|including)"
    r"|the\s+information\s+contained\s+in\s+this)",
    re.IGNORECASE | re.MULTILINE,
)


_CONTINUED = re.compile(r"^[^\S\n]*[a-z][a-z'’-]*(?:\s|$)")
"""A line that opens with a lower-case word ("or the Ministry of Health website"): the
rest of a sentence wrapped onto it, not a footer line ("www.dia.govt.nz" is a line of
its own: no space after its first word)."""


def _name_stop(line: str) -> str:
    """A short line without the full stop a sign-off may end with ("Te Whatu Ora, Health NZ.")."""
    return line.rstrip().removesuffix(".") if len(line.split()) <= 6 else line


def footers(text: str) -> list[str]:
    """The footer at the end of each part of an email: the letter's, and its message's.

    An agency's email may end in an earlier message of its own (quoted below the
    reply: "-----Original Message----- From: OIA_Requests (MSD)") or in a
    confidentiality notice; its sign-off ("Ministry of Social Development / Our
    Purpose: …") is then the last short lines *above* that, not the text's last lines.
    """
    ends = [len(text)]
    for pattern in (_QUOTE_START, _DISCLAIMER):
        first = pattern.search(text, 100)
        if first is not None:
            ends.append(first.start())
    found = [footer(text[:end]) for end in sorted(set(ends), reverse=True)]
    run_in = _RUN_IN_FOOTER.search(text[-400:])
    if run_in is not None and not _SENTENCE.search(_name_stop(run_in["tail"])):
        found.append(run_in["tail"])
    return found


_RUN_IN_FOOTER = re.compile(
    r"[.!?][^\S\n]+(?P<tail>[A-ZĀĒĪŌŪ][^.!?\n]{3,120}?)[^\S\n]*(?:\+?\d[\d ()-]{5,20})?\s*\Z"
)
"""The words after a text's last full stop, run onto its line by a text layer that lost
the breaks ("…as soon as possible. Palmerston North City Council Customer Services 06 356
8199", fyi-15377 on one line): a footer's name and unit, perhaps a phone number."""


def short_fields(line: str, most: int = 8) -> bool:
    """Whether each field of ``line`` is short (fields split by "|" or a run of spaces).

    "Tauranga City Council   Private Bag 12022, Tauranga 3143   +64 7 577 7000" is a
    footer line of short fields; a sentence is one long field.
    """
    return all(len(part.split()) <= most for part in re.split(r"\||\s{3,}|\t", line))


_REQUEST_QUOTED = re.compile(
    r"\b(?:request(?:ed)?|asked|asking|sought|seeking|following|follows|for)\s*(?:\([^()]{0,40}\))?\s*:"
    r"|\b(?:asking|asked|requesting|requested|seeking|sought)\s+(?:for\s+)?the\s+following"
    r"(?:\s+information)?\s*\.(?=[^\S\n]*\n)",
    re.IGNORECASE,
)
"""The colon that introduces the request quoted back ("You requested:", "as follows:"),
or a full stop at the end of the line in its place ("asking for the following
information." / "Copies of the advice … issued to FENZ staff …", dev fyi-10157)."""


_VOICE_RESUMES = re.compile(
    r"(?:\.|[”\"?)])[^\S\n]*\n(?:[^\S\n]*[A-Z][^\n.]{0,40}\n)?"
    r"[^\S\n]*(?:I|We|Our|In\s+response|Please|You|Your|This|Thank"
    r"|On\s+(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\b)\b"
)
"""A sentence's end, then a line in the letter's own voice: the quoted request is over.

The voice may resume by telling the request's history from a date: "…for the years
2018-2022 inclusive. / On 26 January 2023 Treasury attempted to contact you" (a stored
FYI page, request 21549), "…Thus, I request… these policies. / On 12 May 2020, Capital &
Coast District Health Board contacted you" (dev fyi-12108)."""


def request_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` quotes the request back without quotation marks.

    From a colon that introduces it ("You requested:") to the end of that paragraph
    (a blank line, the closing quotation mark of a request quoted in marks, or a
    finished sentence followed by a line in the letter's own voice, perhaps under a
    heading: "…a copy of the advertisement. / In response, I can advise…", "…2025.” /
    Part one / We note…"), at most 1,500 characters: the requester's words, not the
    letter's.
    """
    spans: list[tuple[int, int]] = []
    for match in _REQUEST_QUOTED.finditer(text):
        if spans and match.start() < spans[-1][1]:
            continue  # inside the request already quoted (its own "for:" or "as follows:")
        start = match.end()
        window = text[start : start + 1500]
        lead = re.match(r"\s*", window)
        body = lead.end() if lead else 0
        blank = re.search(r"\n[^\S\n]*\n", window[body:])
        voice = _VOICE_RESUMES.search(window, body)
        ends = [len(window)]
        if window[body : body + 1] in ("“", '"'):  # quoted: the request ends at its close
            close = window.find("”" if window[body] == "“" else '"', body + 1)
            if close > 0:
                ends.append(close + 1)
        if blank is not None:
            ends.append(body + blank.start())
        if voice is not None:
            ends.append(voice.start() + 1)
        spans.append((match.start(), start + min(ends)))
    return spans


def unclosed_quote(flat: str) -> list[tuple[int, int]]:
    """From an opening quotation mark never closed to the end: a quotation cut off.

    An extract that ends inside a quoted case note ("“The reason for the delay was that
    Police had…") is still the quoted document's words, not the letter's.
    """
    opened = flat.rfind("“")
    if opened >= 0 and "”" not in flat[opened:]:
        return [(opened, len(flat))]
    return []
