"""The phrases that tie a date to what happened on it, as named patterns.

Each pattern is written with placeholders: ``<DATE>`` becomes a capturing
``date`` group (any date style of :mod:`.patterns`), ``<NUM>`` a
count of working days and ``<AGENCY>`` a capitalised agency name. The text
they run over has its whitespace folded to single spaces, and ``[^.;]{0,N}``
keeps a phrase inside one sentence.
"""

from __future__ import annotations

import re

from oiaassist.reading.patterns import DATE, NUMBER

_CAP = r"[A-ZĀĒĪŌŪ][\w'’.&]*"
_JOIN = r"(?:of|for|and|the|on|o|te|a|ki|me|&)"
_AGENCY = (
    rf"(?-i:(?P<agency>{_CAP}(?:\s+(?:{_JOIN}\s+)*{_CAP})*"
    rf"(?:\s+[–—-]\s+{_CAP}(?:\s+(?:{_JOIN}\s+)*{_CAP})*)?))"
)


_BODY = rf"(?-i:{_CAP}(?:\s+(?:{_JOIN}\s+)*{_CAP}){{0,5}})"
"""A body's name as the subject of a sentence ("the Department of Conservation"), no group."""


_BY_WHOM_ON = r"(?:(?:(?:by|via|through|from)\s+[^.;]{1,60}?\s+)?on\s+)?"
"""Between "received" and its date: "on", or who or how it came and then "on" ("received
by the Council on", "via FYI on"). Without the "on", "received from 1 January 2016 to
date" is a range of the information asked for, not a day of receipt."""


_ON = (
    r"(?<!\bmade\s)(?<!\bsent\s)(?<!\bdated\s)(?<!\bwritten\s)(?<!\bsubmitted\s)"
    r"(?<!\blodged\s)\bon\s+"
)
"""The "on" before a day of receipt, not the request's own "made on", "sent on" or "dated"."""


def phrase(source: str) -> re.Pattern[str]:
    """Compile ``source`` with its placeholders filled in (case-insensitive)."""
    source = source.replace("<BY_WHOM_ON>", _BY_WHOM_ON).replace("<ON>", _ON)
    source = source.replace("<BODY>", _BODY)
    # "On 11 November 2024 , the Ministry contacted you": a PDF's stray space before the comma
    source = source.replace("<DATE>,?", r"<DATE>(?:\s?,)?")
    source = source.replace("<DATE>", f"(?P<date>{DATE})")
    source = source.replace("<NUM>", f"(?P<num>{NUMBER})")
    source = source.replace("<AGENCY>", _AGENCY)
    return re.compile(source, re.IGNORECASE)


# -- received --

_YOUR_MESSAGE = (
    r"your\s+(?:(?!(?:about|regarding|concerning|relating|into)\b)[\w'’()-]+\s+){0,8}?"
    r"(?:emails?|e-mails?|letters?|requests?|correspondence"
    r"|messages?|application|query|enquiry|inquiry|OIA|LGOIMA)\b"
)
_RECEIPT_NOUN = (
    r"(?:requests?|e-?mails?|letters?|application|OIA|LGOIMA|questions?|quer(?:y|ies)|enquiry"
    r"|inquiry|correspondence|messages?)"
)
"""What a requester sends: the object of a receipt verb, or its subject in the passive."""
_NOUN_QUALIFIER = (
    r"(?:\s+for\s+(?:official\s+|further\s+)?information)?(?:\s+(?:made\s+)?under\s+(?:the\s+)?"
    r"[^.;()]{0,90}?\b(?:Act|OIA|LGOIMA)(?:\s+\d{4})?)?"
)
"""What a request's own noun may carry before its verb: "for information", "under the Act"."""
_MODIFIERS = r"(?:(?!(?:about|on|for|regarding|of|into|concerning|relating|re)\b)[\w'’-]+\s+)"
"""Words qualifying that noun ("your official information request"), not a preposition
starting its topic ("your questions about correspondence received on …": the topic's day)."""
RECEIVED = (
    # Khandallah School received this request today (11 September 2018) (dev fyi-8615)
    phrase(
        r"\breceived\s+(?:your|the|this)\s+(?:[\w'’-]+\s+){0,3}?(?:request|e-?mail)\s+today\s*"
        r"(?:\(\s*|,\s+)<DATE>"
    ),
    # Thank you for your email of 12 May 2024, received on 13 May 2024 (the receipt wins)
    phrase(rf"\b{_YOUR_MESSAGE}[^.;]{{0,130}}?\b(?:received|receipt)\b[^.;]{{0,60}}?<ON><DATE>"),
    # We received your request on …; We received your request dated 1 June on 3 June, The
    # Ministry received your request, made on 1 June, on 3 June (a request's own date is
    # not its receipt: the corpus README)
    phrase(
        rf"\breceived\s+(?:your|the|this)\s+(?:[\w'’-]+\s+){{0,6}}?{_RECEIPT_NOUN}\b[^.;]{{0,60}}?"
        r"<ON><DATE>"
    ),
    # Your request was received on …; which was received by the Council on …
    phrase(
        r"\b(?:request|emails?|e-mails?|letters?|application|which|that)\b[^.;]{0,80}?"
        r"\b(?:was|were|has\s+been)\s+received\s+(?:and\s+(?:logged|registered|recorded)\s+)?"
        r"<BY_WHOM_ON><DATE>"
    ),
    # … request received on …; your request, received by the Ministry on …
    phrase(
        r"\b(?:request|emails?|e-mails?|letters?|application)"
        # the Act it was made under, however long its name: "your request under the Local
        # Government Official Information and Meeting Act 1987 received 6 May 2021" (Timaru)
        r"(?:\s+(?:made\s+)?under\s+(?:the\s+)?[^.;()]{0,90}?\b(?:Act|OIA|LGOIMA)(?:\s+\d{4})?)?"
        r",?\s+(?:\([^()]{0,30}\)\s*)?(?:\(?[^.;()]{0,40}\)?[\s,]+)?\(?received\s+<BY_WHOM_ON><DATE>"
    ),
    # our receipt of your request on …; since we received it on …
    phrase(
        r"\b(?:our|the)\s+receipt\s+of\s+(?:your|the)\s+(?:[\w'’-]+\s+){0,4}?(?:request|email"
        r"|e-mail|letter)\b[^.;]{0,40}?<ON><DATE>"
    ),
    # received by the Ministry on …
    phrase(r"\breceived\s+by\s+(?:the\s+|us\b)[^.;]{0,60}?<ON><DATE>"),
    # On 10 April 2024, we received your request …; On 10 April the Council received your email
    phrase(
        # the body's short form may follow it, and a part of the request may be what came
        # ("On 27 April 2023 the Department of Internal Affairs (the Department) received a
        # part of your request as a transfer", dev fyi-22460-dia-decision)
        r"\bOn\s+<DATE>,?\s+(?:we|I|(?:the\s+)?<BODY>(?:\s+\([^()]{1,40}\))?)\s+received\s+"
        r"(?:(?:a\s+)?(?:part|parts|some)\s+of\s+)?(?:your|the|this)\s+(?:(?!clarif|amend|refin|revis|narrow"
        r"|further|follow)[\w'’-]+\s+){0,6}?(?:request|emails?"
        r"|e-mails?|letters?|application)\b"
    ),
    # We received a request from you on …; The Council received an email from you on …;
    # On 3 May 2024 we received a request from you (the requester's own, by "from you")
    phrase(
        rf"\breceived\s+an?\s+{_MODIFIERS}{{0,4}}?{_RECEIPT_NOUN}[^.;]{{0,40}}?\bfrom\s+you\b"
        r"[^.;]{0,60}?<ON><DATE>"
    ),
    phrase(
        r"\bOn\s+<DATE>,?\s+(?:we|I|(?:the\s+)?<BODY>)\s+(?:have\s+)?received\s+an?\s+"
        rf"{_MODIFIERS}{{0,4}}?{_RECEIPT_NOUN}[^.;]{{0,40}}?\bfrom\s+you\b"
    ),
    # We received on 3 May 2024 your request …: the day before its object
    phrase(
        rf"\breceived\s*,?\s+on\s+<DATE>,?\s+(?:your|the|this)\s+{_MODIFIERS}{{0,4}}?"
        rf"{_RECEIPT_NOUN}"
    ),
    # Your questions, received on …; your OIA, received by the Ministry on …
    phrase(
        rf"\byour\s+{_MODIFIERS}{{0,3}}?{_RECEIPT_NOUN},?\s+(?:\([^()]{{0,30}}\)\s*)?"
        r"(?:(?:which|that)\s+(?:we|I)\s+)?received\s+<BY_WHOM_ON><DATE>"
    ),
    # Your request reached us on …; your email arrived at the Ministry on …; came in on …
    # (the request the verb's subject: "your request about when the ship arrived in port on …"
    # is a request's topic, not its arrival)
    phrase(
        rf"\b(?:your|the|this)\s+{_MODIFIERS}{{0,3}}?{_RECEIPT_NOUN}{_NOUN_QUALIFIER}"
        r"(?:\s*\([^()]{0,30}\))?,?"
        r"\s+(?:(?:which|that)\s+)?(?:first\s+)?(?:reached|arrived(?:\s+(?:at|with|in)\b)?|came\s+in(?:to)?)"
        r"\b[^.;]{0,40}?\bon\s+<DATE>"
    ),
    # Date received: 13/09/2024; Received date: 13/09/2024; a form's or table's label and value
    # apart by a bar, a tab or spaces ("Date received | 13/09/2024", "Received on: …")
    phrase(r"\b(?:date\s+(?:of\s+)?)?(?:received|receipt)(?:\s+date)?(?:\s+on)?\s*[:|]\s*<DATE>"),
    phrase(r"\b(?:date\s+(?:of\s+)?(?:received|receipt)|(?:received|receipt)\s+date)\s+<DATE>"),
    # We refer to your email of 13 September 2024; Thank you for your request dated …
    phrase(
        r"\b(?:refer\s+to|thank\s+you\s+for|thanks\s+for|acknowledg\w*(?:\s+receipt\s+of)?"
        r"|regarding|concerning|in\s+response\s+to|responding\s+to|reply\s+to|respond\s+to"
        r"|in\s+relation\s+to|following\s+up|about)\s+"
        # not another date named between: "to respond to your request, with a new due date of
        # 29 September 2023" (fyi-23880) is the time limit's day, not the request's
        rf"{_YOUR_MESSAGE}(?:(?!\b(?:due|deadline|limit|time\s*frame|extended|extension)\b)[^.;])"
        r"{0,80}?\b(?:of|dated|on|from|sent\s+on|made\s+on|submitted\s+on|lodged\s+on)\s+(?:the\s+)?<DATE>"
    ),
    # On 13 September 2024, you requested / you emailed us asking …
    phrase(
        r"\bOn\s+<DATE>,?\s+you\s+(?:requested|made|sent|e-?mailed|wrote|asked|submitted"
        r"|lodged|contacted|applied|lodged|requested|made\s+a\s+request)\b"
    ),
)
"""Phrases stating the day of receipt, strongest first: "received" beats "your email of"."""

TRANSFERRED_IN = (
    # Thank you for your request, transferred to the Tertiary Education Commission on 24 January
    phrase(
        r"\bthank\s+you\s+for\s+your\s+(?:[\w'’-]+\s+){0,3}?request"
        # the request's own qualifiers: "for information", "under the Act", "dated 3 May"
        r"(?:\s+(?:for|under|about|regarding|dated|of)\s+[^.;,]{1,80}?)?,?\s+"
        r"(?:(?:which|that)\s+was\s+)?(?:(?:recently|subsequently|partly|partially)\s+)?"
        # "transferred from the Office of Hon Dr. Shane Reti to Health New Zealand | Te Whatu
        # Ora on 9 October 2024" (fyi-28630): a title's full stop is no sentence's end
        r"transferred\s+(?:from\s+(?:[^.;]|(?<=\bDr)\.|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bHon)\.|(?<=\bRt)\.){1,100}?\s+)?to\s+[^.;]{0,80}?"
        r"\bon\s+<DATE>"
    ),
    # Your request was transferred to us / to my Office by the Ministry of Health on …
    phrase(
        r"\btransferred\s+to\s+(?:us|me|(?:my|our)\s+office|this\s+(?:office|Ministry|department"
        r"|agency|Council))\b[^.;]{0,80}?\bon\s+<DATE>"
    ),
    # … request transferred from Whaikaha on 20 November 2025
    phrase(
        r"\byour\s+(?:[\w'’-]+\s+){0,3}?request\s+(?:was|has\s+been)\s+transferred\s+(?:to\s+us\s+)?"
        r"from\s+[^.;]{1,60}?\bon\s+<DATE>"
    ),
    # The Ministry of Health transferred your request to us on …; … (having been | which
    # was) transferred (to us) from the Ministry of Health on …
    phrase(
        r"\btransferred\s+(?:(?:your|the|this)\s+(?:[\w'’-]+\s+){0,2}?request\s+)?(?:in\s+(?:full"
        r"|part)\s+)?to\s+(?:us|me|(?:my|our|this)\s+(?:office|Ministry|department|agency|Council"
        r"|organisation))\b[^.;]{0,80}?\bon\s+<DATE>"
    ),
    # … transferred from the Ministry of Health to Hutt Valley District Health Board (HVDHB) on
    # 1 May 2020 (dev fyi-12108): both bodies named, each perhaps at length
    phrase(
        r"\b(?:was|were|been|being)\s+(?:(?:partially|partly|fully|subsequently|formally|then|also|since)\s+)?transferred\s+(?:in\s+(?:full|part)\s+)?(?:to\s+(?:us|me)\s+)?"
        r"from\s+[^.;]{1,150}?\bon\s+<DATE>"
    ),
    # Your request was transferred to Kāinga Ora from the Ministry of Social Development on …
    phrase(
        r"\b(?:was|were|been)\s+(?:(?:partially|partly|fully|subsequently|formally|then|also|since)\s+)?transferred\s+to\s+[^.;]{1,80}?\s+(?:from|by)\s+[^.;]{1,60}?\bon\s+"
        r"<DATE>"
    ),
    # On 5 March 2025 the Ministry of Health transferred your request to us
    phrase(
        r"\bOn\s+<DATE>,?\s+[^.;]{0,80}?\btransferred\s+(?:(?:your|the|this)\s+(?:[\w'’-]+\s+){0,2}?"
        r"request\s+)?(?:in\s+(?:full|part)\s+)?to\s+(?:us|me|(?:my|our|this)\s+(?:office|Ministry"
        r"|department|agency|Council|organisation))\b"
    ),
)
"""The day another agency transferred the request to this one (OIA s 14)."""

RECEIVED_BY = phrase(
    r"\breceived\s+by\s+(?:the\s+)?(?P<who>[A-Z][^.;,()]{1,60}?)\s*(?:\([^()]{1,40}\)\s*)?on\s+<DATE>"
)
"""Who received the request, where the letter names a body ("received by the Ministry of X on")."""

RECEIVED_FALLBACK = (
    # Your request of 5 August 2024 has been transferred … (only when nothing above matched)
    phrase(r"\byour\s+(?:[\w'’()-]+\s+){0,4}?requests?,?\s+(?:of|dated|made\s+on)\s+<DATE>"),
)
"""Weaker evidence of the day of receipt: the date of the request itself."""

RECEIVED_WORD = re.compile(r"\b(?:received|receipt|reached|arrived|came\s+in)\b", re.IGNORECASE)
"""A word stating the day of receipt itself (not the request's own date)."""
DATED_WORD = re.compile(r"\b(?:dated|of|sent|made|written)\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)

SENT_HEADER = re.compile(
    rf"^[^\S\n]*[>]*[^\S\n]*(?:Sent|Date)\s*:[^\S\n]*(?P<date>{DATE})", re.IGNORECASE | re.MULTILINE
)
"""A quoted email header "Sent: Monday, 5 May 2024 10:03 a.m." (in the original text)."""

EMAIL_HEADER_DATE = re.compile(
    rf"^From:[^\n]*\nDate:[^\S\n]*(?P<date>{DATE})[^\S\n]*$", re.IGNORECASE | re.MULTILINE
)
"""A saved email's header block ("From: …\nDate: …"), as :mod:`.formats.email_letter` writes it."""

# -- due dates --

DUE = (
    # we will respond … no later than / on or before / by …
    phrase(
        r"\b(?:respon[sd]\w*|repl(?:y|ies)|decision|answer|hear\s+from\s+us|expect\w*)\b"
        r"[^.;]{0,140}?\b(?:no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by|before)\s+"
        r"(?:the\s+)?(?:close\s+of\s+business\s+(?:on\s+)?)?<DATE>"
    ),
    # The due date for a response is …; due on …; Due date: …; Response due: …
    phrase(
        r"\bdue\s*(?:date\s*)?(?:for\s+(?:a\s+|our\s+|the\s+|your\s+)?(?:response|decision|reply)"
        r"\s*)?(?:is\s+|was\s+|will\s+be\s+|of\s+|on\s+|by\s*:?\s*|[:|]\s*)?(?:now\s+)?"
        # "I am writing as your request is due today, 13 September 2022" (dev fyi-20235)
        r"(?:(?<=\bdue\s)today,?\s+)?<DATE>"
    ),
    # a form's label: "Deadline: …", "Response deadline: …", "Deadline for response: …",
    # "Response required by: …"
    phrase(
        # (a bare "Deadline:" heads its field: "Submissions deadline:" is another's)
        r"(?:\b(?:response|decision|reply|statutory)\s+|(?<![^\W\d]\s))\bdeadline(?:\s+for\s+(?:a\s+|our\s+|the\s+"
        r"|your\s+)?(?:response|decision|reply))?\s*[:|]\s*<DATE>"
    ),
    phrase(r"\b(?:response|decision|reply)\s+(?:required|expected|due)\s+by\s*[:|]?\s*<DATE>"),
    # the statutory deadline / time limit … is …; within the original time limit of …
    phrase(
        r"\b(?:statutory|legislative|legal|maximum|original)\s+(?:deadline|time\s*frame|time\s+limit"
        r"|due\s+date)\b[^.;]{0,60}?\b(?:is|was|of|falls\s+on|:)\s+<DATE>"
    ),
    # within 20 working days, that is by …
    phrase(
        # (or its last day: "no later than the 20th working day, being 3 September 2025")
        r"\b(?:20|twenty)(?:th|ieth)?\s+(?:\(20\)\s+)?working\s+days?\b[^.;]{0,60}?\b(?:which\s+is|that\s+is"
        r"|being|i\.e\.,?|ie,?|namely)\s+(?:by\s+|on\s+)?<DATE>"
    ),
    # no later than 20 working days (12 April 2024) after the day we received your request
    phrase(
        r"\b(?:20|twenty)\s+(?:\(20\)\s+)?working\s+days\s*\(\s*(?:i\.e\.,?\s*|that\s+is\s+|by\s+)?<DATE>\s*\)"
    ),
    # the 20 working days period has been calculated as being no later than 20/7/2021
    phrase(
        r"\b(?:working\s+days?|period|time\s*frame|time\s+limit|deadline|due\s+date)\b[^.;]{0,60}?"
        r"\b(?:no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|is|as|(?:runs?|ends?|expires?"
        r"|falls?)\s+(?:to|on|until))\s+(?:therefore\s+|currently\s+|now\s+)?(?:the\s+)?<DATE>"
    ),
    # The Council has until 3 June 2024 to make a decision (the limit the Act gives it)
    phrase(
        r"\b(?:has|have|had)\s+until\s+(?:the\s+)?<DATE>,?\s+to\s+(?:respond|reply|make|decide"
        r"|provide|communicate|give|notify|advise)\b"
    ),
    # … by Tuesday 18 March 2025, instead of Tuesday 25 February 2025
    phrase(r"\b(?:instead\s+of|rather\s+than)\s+(?:the\s+)?<DATE>"),
    # We will respond … no later than 20 working days after … This will be by 19.06.2026
    phrase(r"\bThis\s+(?:will\s+be|is|means)\s+(?:by\s+|on\s+)?(?:the\s+)?<DATE>"),
    # extended to …; extending the time … until …
    phrase(r"\bextend\w*\b[^.;]{0,160}?\b(?:to|until|till)\s+(?:the\s+)?<DATE>"),
    # The new date for our response is 18 April 2025
    phrase(
        r"\b(?:new|revised|extended|updated)\s+(?:due\s+|response\s+)?date\b[^.;]{0,40}?\b(?:is|will\s+be"
        r"|of|being|:)"
        r"\s+(?:now\s+)?(?:the\s+)?<DATE>"
    ),
    # Police requires until 25 July 2025 to provide a response (after "an extension")
    phrase(r"\b(?:requires?|needs?|will\s+need)\s+(?:\w+\s+){0,2}?until\s+(?:the\s+)?<DATE>"),
    # the response date (dev fyi-30632: "The response date shown takes into account"; dev
    # fyi-19639: "the updated response date being …") and the last day for responding (dev:
    # "today is the final day for responding"), stated as a date
    phrase(
        r"\b(?:(?:statutory|legislated|legal|original|current|your)\s+)?response\s+date\b"
        r"[^.;]{0,40}?\b(?:is|will\s+be|of|being|:)\s+(?:now\s+)?(?:the\s+)?<DATE>"
    ),
    phrase(
        r"\b(?:last|final)\s+(?:working\s+)?(?:day|date)\s+(?:for|to|on\s+which)\s+(?:us\s+to\s+|"
        r"(?:the\s+)?(?:Ministry|Council|Department|agency)\s+to\s+|we\s+can\s+)?(?:respond\w*|reply"
        r"\w*|a\s+(?:response|decision)|(?:make|making)\s+(?:a|our)\s+decision|decid\w+)\b[^.;]{0,60}?"
        r"\b(?:is|will\s+be|being|:)\s+(?:the\s+)?<DATE>"
    ),
)
"""Dates by which the agency says it will decide; the reader sorts original from extended."""

DUE_PROMISED = phrase(
    r"\b(?:will|shall|aims?\s+to|intends?\s+to|expects?\s+to|endeavours?\s+to|(?:will|shall)\s+"
    r"(?:aim|endeavour|try)\s+to)\s+(?:\w+\s+){0,2}?(?:get\s+back|be\s+in\s+(?:touch|contact)|come\s+back"
    r"|provide|send|write|advise|inform|notify|let\s+you\s+know|have\s+(?:this|it|that|something"
    r"|an?\s+answer|the\s+information)|complete|finali[sz]e)\b[^.;]{0,100}?\b(?:no\s+later\s+than"
    r"|not\s+later\s+than|on\s+or\s+before|by|before)\s+(?:the\s+)?<DATE>"
)
"""A date the agency itself promises to answer by, in other words than "respond": the
subject is the agency (we, I, a name), the verb a future one of getting back to the requester
("we will get back to you by", "the Council will be in touch by", "we will provide the
information by"). Not in a sentence that only says what may happen (:data:`PROMISE_MAYBE`)."""
PROMISER = re.compile(
    r"(?:\b(?:we|I)|\b(?!(?:You|It|This|That|They|He|She|There)\b)(?-i:[A-ZĀĒĪŌŪ])[\w'’.&-]*)\s+$",
    re.IGNORECASE,
)
"""Just before :data:`DUE_PROMISED`'s verb: its subject, the agency ("we", "I", or the last
word of its name: "the Department of Conservation will …"), not "you" or "it"."""
PROMISE_MAYBE = re.compile(
    r"\b(?:if|whether|unless|should\s+(?:we|it|the))\b(?!\s+(?:possible|practicable|we\s+can|able))"
    # a promise of something other than the answer: an update, a talk about the scope
    r"|\b(?:update|progress|discuss\w*|clarif\w*|acknowledg\w*|reference\s+number)\b",
    re.IGNORECASE,
)
"""Words that make a promised date a possibility ("we will let you know by 3 May whether…"),
or a promise of something else ("we will provide an update by…", "… be in touch by 3 May
to discuss the scope")."""

REPLY_BY_YOU = re.compile(
    r"\b(?:please|could\s+you|can\s+you|would\s+you|if\s+you(?:\s+could)?|you\s+(?:need|should"
    # (the verb, not a noun after "our", "a", "the": "please expect our reply by" is a promise)
    r"|must)\s+to)\s+(?:(?!(?:our|a|an|the|my)\b)\w+\s+){0,3}?(?:advise|let\s+(?:us|me)\s+know"
    r"|confirm|reply|respond|tell"
    r"|send|provide|contact|clarify|refine|get\s+back)\b(?![^.;]*\b(?:we|I)\s+will\b)",
    re.IGNORECASE,
)
"""Words making a date in a sentence the requester's to meet ("please advise by…")."""
ORIGINAL_MARKER = re.compile(
    r"\b(?:original(?:ly)?|initial(?:ly)?|previous(?:ly)?|was\s+due|were\s+due|would\s+have\s+been"
    r"|had\s+been\s+due|current|(?:Act|law|legislation)\s+requires|instead\s+of|rather\s+than)\b",
    re.IGNORECASE,
)
CANNOT_KEEP = re.compile(
    r"\b(?:unable|not\s+(?:be\s+)?able|cannot|can['’]?t|not\s+(?:be\s+)?possible)\b", re.IGNORECASE
)
"""Just before a due phrase, the date the agency cannot keep: "we will not be able to respond
by 31 May" (the original due date, not the extended one)."""
REPLACES_AFTER = re.compile(r"\W{0,3}(?:rather\s+than|instead\s+of)\b", re.IGNORECASE)
"""After a date: the date it replaces follows ("by 20 June rather than 31 May"): this one is
the new date."""
EXTENDED_MARKER = re.compile(
    r"\b(?:new|now|revised|updated|extend\w*|extension|further|additional)\b", re.IGNORECASE
)

# -- extension --

EXTENSION_MENTION = re.compile(
    r"\bextend(?:ed|ing|s)?\b|\bextension\b|\b15A\b|\bmore\s+time\b", re.IGNORECASE
)
"""Any word of an extension, dated or not (a check's ✗ must not rest on its absence)."""
ADMITS_DELAY = re.compile(
    r"\bapologi[sz]e\s+for\s+(?:the|this|our|any)\s+(?:\w+\s+)?(?:delay|lateness)\b"
    r"|\bsorry\s+for\s+(?:the|this|our)\s+(?:\w+\s+)?delay\b|\bnot\s+(?:been\s+)?(?:able\s+to\s+)?"
    r"(?:respond|reply)\w*\s+within\s+the\s+(?:statutory|legislative|required)\b",
    re.IGNORECASE,
)
"""Words by which a letter owns that its answer is late."""
AMENDMENT_MENTION = re.compile(
    r"\b(?:clarif(?:ied|ication|ying)|refined|refinement|amended|amendment|narrowed|revised\s+request"
    r"|re-?scoped|re-?fram(?:ed|ing)|re-?worded|re-?phrased)\b",
    re.IGNORECASE,
)
"""Any word of a clarified or amended request (s 15(1AA) may restart the clock)."""
EARLIER_RESPONSE = re.compile(
    r"\b(?:further\s+to|following(?:\s+on\s+from)?|as\s+advised\s+in|in\s+addition\s+to)\s+(?:our|my)"
    r"\s+(?:\w+\s+)?(?:letter|e-?mail|response|reply|decision|correspondence)\b"
    r"|\b(?:our|my)\s+(?:earlier|previous|first|initial|original)\s+(?:letter|e-?mail|response|reply"
    r"|decision)\b|\b(?:second|final|further|remaining|next|first)\s+(?:and\s+final\s+)?"
    r"(?:tranche|release|instalment|batch)\b|\btranches?\b"
    r"|\b(?:now\s+that|once)\s+(?:the\s+)?(?:third[- ]party\s+)?consultation\s+"
    r"(?:is|has\s+been|was)\s+(?:complete|completed|finished|concluded)\b"
    r"|\bsubject\s+to\s+(?:third[- ]party\s+)?consultation\b"
    r"|\b(?:release|it)\s+(?:was|were|has\s+been)\s+(?:delayed|deferred)\b",
    re.IGNORECASE,
)
"""Words showing an earlier letter already responded or decided (the decision's own day
may be earlier than this letter's)."""
TIME_REQUIRED = (
    r"\b(?:more|additional|further|extra)\s+time\s+(?:was|is|would\s+be|will\s+be)\s+(?:required"
    r"|needed)\b"
)
"""More time said to be needed, in the passive ("more time was required"): an extension's words."""
EXTENSION_WORD = re.compile(
    r"\bextend(?:ed|ing|s)?\b|\bextension\b"
    # a typed slip kept in a real letter: "necessary to extent the time limit"
    r"|\bextent(?=\s+(?:the|this|that|our|your)\s+(?:time|deadline|due\s+date|timeframe))"
    r"|\b(?:need|needs|require|requires|required|needed)\s+"
    r"(?:some\s+|a\s+little\s+)?(?:more|additional|further|extra)\s+(?:time|\d+\s+working\s+days)\b"
    # the same in the passive: "to advise more time was required to respond to your request"
    # (fyi-23880)
    r"|" + TIME_REQUIRED +
    # "Police requires until 25 July 2025 to provide a substantive response"
    r"|\b(?:requires?|needs?|will\s+need)\s+(?:\w+\s+){0,2}?until\b"
    # the section that extends: "in accordance with section 15(1) and 15A of the Act, the
    # decision will be with you by …" (OIA s 15A; LGOIMA's s 14 is not taken: OIA s 14 is
    # a transfer)
    r"|\b15A\b(?!\s*(?:\(\d\)\s*)?(?:allows|permits|provides|enables))"
    # "The new maximum time limit for the University's response is 24 July 2023"
    r"|\bnew\s+(?:maximum\s+|statutory\s+)?(?:time\s*limit|time\s*frame|deadline|due\s+date)\b"
    rf"|\b(?:need|needs|require|requires|required|needed)\s+(?:an?\s+)?(?:additional|further|extra"
    rf"|more)\s+{NUMBER}\s+(?:working\s+)?days\b",
    re.IGNORECASE,
)
EXTENSION_TIME_WORD = re.compile(
    r"\b(?:time|time\s*frames?|time\s+limits?|period|working\s+days?|deadline|due\s+date"
    r"|respon[sd]\w*|repl(?:y|ies)|decision|was\s+due)\b"
    # "As my office advised on 22 October 2021, your request was extended in accordance with
    # section 15 (1)(A)" (dev fyi-16987): the request's time, not its scope ("extended to include")
    r"|\brequest\s+(?:was|has\s+been|had\s+been)\s+extended\b(?!\s+to\s+(?:include|cover|also))"
    # "extension to 5 May", "has extended this request to Friday 5 May": extended to a day
    rf"|(?<=\bextension\s)(?:to|until)\s+(?:the\s+)?\d"
    rf"|\bextend(?:ed|ing|s)?\b[^.;]{{0,60}}?\b(?:to|until|till)\s+(?:the\s+)?(?={DATE})",
    re.IGNORECASE,
)
CONDITIONAL = re.compile(
    # "If we / the Ministry / Council / Waka Kotahi / I are unable to respond…": a named body
    r"\b(?:if\s+(?:we|the|it|this|you|an?|I|they|(?-i:[A-Z])[\w’'-]+)\b|may\s+need|might\s+need"
    r"|may\s+have\s+to|should\s+we"
    # "You will receive a response by 4 August 2017, subject to EQC's right under section 15A"
    # (dev fyi-6156): a right to extend is no extension
    r"|subject\s+to\s+[^.;]{0,60}?\bright\b|\bright\s+to\s+extend"
    r"|in\s+the\s+event|can\s+be\s+extended|may\s+be\s+extended|allows?\s+(?:us|agencies|an?)\b"
    # "we considered extending", not "Considering this, we are extending" (a clause of its own)
    r"|consider(?:ed|ing)?\s+(?!(?:this|that|these|the\s+above)\s*,)(?:[\w]+\s+){0,3}?(?:extending"
    r"|an\s+extension|whether)|(?:do|did|does|will)\s+not"
    r"\s+(?:need\s+to\s+)?extend|no\s+(?:need\s+for\s+an?\s+)?extension|not\s+(?:be\s+)?"
    r"(?:necessary|required|needed)\s+to\s+extend|without\s+(?:an?\s+)?extend\w*"
    r"|decided\s+(?:not|against)\s+(?:to\s+)?extend\w*|rather\s+than\s+extend\w*"
    r"|able\s+to\s+extend|entitled\s+to\s+extend|may\s+extend|can\s+extend|power\s+to\s+extend"
    r"|unless\b|where\s+an?\s+extension|in\s+case\s+(?:an?\s+)?extension)",
    re.IGNORECASE,
)
EXTENSION_DAYS = (
    phrase(
        r"\b(?:by|of|for)\s+(?:an?\s+)?(?:(?:additional|extra|further|more)\s+)?<NUM>\s+"
        r"(?:(?:additional|extra|further|more)\s+)?working[\s-]+days?\b"
    ),
    phrase(r"\b(?:an?\s+)?<NUM>[\s-]+working[\s-]+days?\s+extension\b"),
    phrase(r"\b<NUM>\s+(?:additional|extra|further|more)\s+working[\s-]+days?\b"),
    # … until 5 May 2024 (15 working days)
    phrase(
        r"\(\s*(?:an?\s+)?(?:additional\s+|extra\s+|further\s+)?<NUM>\s+(?:additional\s+)?"
        r"working[\s-]+days?\s*\)"
    ),
    # an additional 20 days; extended by 15 days (working days are the only days the Act counts)
    phrase(r"\b(?:additional|extra|further)\s+<NUM>\s+days?\b"),
    phrase(r"\b<NUM>\s+(?:additional|extra|further|more)\s+days?\b"),
    phrase(r"\bextend\w*\b[^.;]{0,60}?\bby\s+(?:an?\s+)?<NUM>\s+days?\b"),
    phrase(r"\bextension\s+of\s+<NUM>\s+days?\b"),
    # a further twenty working days, 20 working days
    phrase(r"\b<NUM>\s+working[\s-]+days?\b"),
)
"""The length of an extension, strongest wording first (the last only in an extension sentence)."""
EXTENSION_NOW = re.compile(
    r"\b(?:we\s+are|I\s+am)\s+(?:\w+\s+)?(?:notifying\s+you\s+of\s+an?\s+extension|extending)\b"
    r"|\bwriting\s+to\s+notify\s+you\s+of\s+an?\s+extension\b"
    # "I am therefore writing to formally notify you of an extension under section 15A(1)(b)"
    # (dev fyi-12094-otago-extension, after an extension the requester had agreed to)
    r"|\b(?:writing\s+to\s+|hereby\s+)?formally\s+notify(?:ing)?\s+you\s+of\s+an?\s+"
    r"(?:further\s+)?extension\b"
    # "This letter is to advise that Fire and Emergency needs to extend the timeframe" (dev
    # fyi-33320-fenz-extension): the letter itself is the notice
    r"|\bthis\s+(?:letter|e-?mail)\s+is\s+to\s+(?:advise|notify|inform|let)\b[^.;]{0,80}?"
    r"\b(?:extend|extending|extension)\b",
    re.IGNORECASE,
)
"""This letter gives notice of an extension, even in a letter that also decides part of it."""
EXTENSION_TOLD_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:\w+\s+)?extended\b|\b(?:we|I)\s+(?:previously\s+)?extended\b"
    r"|\b(?:previously|earlier)\s+(?:notified|advised|extended|told)\b"
    r"|\b(?:wrote\s+to\s+you|(?:were|was)\s+(?:notified|advised|informed|told))\s+on\b"
    r"|\b(?:our|my)\s+(?:letter|e-?mail|notice)\s+(?:of|dated)\b"
    # "I also refer to my (earlier) email to you, extending the timeframe" (Auckland Council,
    # dev fyi-15785): the agency's own earlier message did the extending
    r"|\b(?:our|my)\s+(?:\w+\s+)?(?:letter|e-?mail|notice|correspondence|message)\b[^.;]{0,40}?"
    r",?\s+(?:extending|advising\s+(?:you\s+)?(?:of\s+)?(?:an?\s+|the\s+)?extension|which\s+extended"
    r"|notifying\s+(?:you\s+)?(?:of\s+)?(?:an?\s+|the\s+)?extension)\b"
    r"|\b(?:our|my|the)\s+(?:previous\s+|earlier\s+)?extension\s+(?:letter|notice|e-?mail)\b",
    re.IGNORECASE,
)
"""An extension told as past ("the time frame was extended…"): this letter is not the notice."""
OPENING_DATE = phrase(r"On\s+<DATE>,?\s")
"""A sentence that opens with its date ("On 10 October 2024, the timeframes …"); use .match()."""
EXTENSION_NOTICE_DATE = (
    # our letter of D extending …; "my email to you on 12 July 2021, extending the timeframe"
    # (Auckland Council, dev fyi-15785)
    phrase(
        r"\b(?:letter|e-?mail|notice|correspondence|message)\s+(?:(?:sent\s+)?to\s+you\s+)?"
        r"(?:of|dated|on|sent\s+on)\s+<DATE>[^.;]{0,80}?\b(?:extend|extension)"
    ),
    phrase(
        r"\b(?:extended|notified\s+(?:you\s+)?(?:of\s+)?(?:an?\s+|the\s+)?extension)\s+on\s+<DATE>"
    ),
    # The Ministry also extended the due date for responding to your request on 28 November
    phrase(r"\b(?:extended|notified\s+you\s+of\s+an\s+extension)\b[^.;]{0,70}?\bon\s+<DATE>"),
    # We wrote to you on 10 October to extend …; you were notified on 10 October of an extension
    phrase(
        r"\b(?:wrote\s+to\s+you|e-?mailed\s+you|(?:notified|advised|informed|told)(?:\s+you)?"
        r"|were\s+(?:notified"
        r"|advised|informed|told))\s+on\s+<DATE>[^.;]{0,80}?\b(?:extend|extension)"
    ),
)
EXTENSION_TO_IN_SENTENCE = phrase(
    r"\b(?:no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by|until|till|to)\s+"
    r"(?:the\s+)?(?:close\s+of\s+business\s+(?:on\s+)?)?<DATE>"
)
"""In an extension sentence, the date the decision is now due."""

GROUND_LARGE_QUANTITY = re.compile(
    r"large\s+(?:quantity|volume|amount|number)|search\s+through\s+a\s+large"
    r"|substantial\s+(?:volume|quantity|amount)\s+of\s+(?:information|documents|material)"
    # "Having regard to the volume of information requested" (dev fyi-19639), "given the
    # number of documents potentially within scope" (dev fyi-23803)
    r"|(?:volume|number|amount|quantity)\s+of\s+(?:information|documents|material|records"
    r"|files|emails|correspondence)\s+(?:requested|potentially|within|in\s+scope|involved"
    r"|that|to\s+(?:be\s+)?(?:review|search|consider|assess))"
    r"|15A\(1\)\(a\)|14\(1\)\(a\)|48\(1\)\(a\)",
    re.IGNORECASE,
)
GROUND_CONSULTATIONS = re.compile(
    r"\bconsult(?!ant)\w*|15A\(1\)\(b\)|14\(1\)\(b\)|48\(1\)\(b\)", re.I
)
GROUND_CONSULTATIONS_NOUN = re.compile(
    r"\bconsultations?\b(?!\s+(?:document|paper|period|process\s+on|on\s+the\s+draft))"
    r"|15A\(1\)\(b\)|14\(1\)\(b\)|48\(1\)\(b\)",
    re.I,
)
"""The ground as a noun, for sentences further from the extension (a verb there, "who the
police consulted", is more often the request quoted back)."""
GROUND_COMPLEXITY = re.compile(r"\bcomplex\w*|48\(1\)\(c\)", re.IGNORECASE)

RIGHT_TO_COMPLAIN = phrase(
    r"\b(?:right|entitled|able|can|may)\b[^.;]{0,80}?\b(?:complain\w*|investigat\w*|review)\b"
    r"[^.;]{0,80}?\b(?P<body>Ombudsman|Privacy\s+Commissioner)"
    r"|\b(?P<body2>Ombudsman|Privacy\s+Commissioner)\b[^.;]{0,40}?\b(?:complain\w*|review)"
)

# -- clarification and refinement --

_ASK_WHAT = (
    r"(?P<what>clarif\w*|refine\w*|refinement|narrow\w*|amend\w*|re-?scop\w*|reduc\w*\s+the\s+scope"
    r"|scope|more\s+detail|further\s+detail)"
)
CLARIFICATION_SOUGHT = (
    # On 24 September 2024, we contacted you seeking to refine your request
    phrase(
        r"\bOn\s+<DATE>,?\s+(?!you\b)(?:we|I|(?:the\s+)?[A-Z][^.;,]{1,60}?)\s+(?:contacted|wrote"
        r"|e-?mailed|asked|requested|sought|invited|phoned|called|spoke|sent|proposed|suggested)\b"
        rf"[^.;]{{0,160}}?\b{_ASK_WHAT}"
    ),
    # On 21 May 2025, we advised you that … and invited you to clarify or refine your request
    # (dev fyi-30956-doc-decision): a verb of telling, then the invitation itself (not "we
    # informed you that we had found nothing within the scope of your request")
    phrase(
        r"\bOn\s+<DATE>,?\s+(?!you\b)(?:we|I|(?:the\s+)?[A-Z][^.;,]{1,60}?)\s+(?:advised|informed"
        r"|told|explained\s+to|notified)\s+you\b[^.;]{0,160}?\b(?:invited|asked|requested|encouraged)"
        r"\s+you\s+to\s+(?:\w+\s+){0,2}?(?P<what>clarif\w*|refine\w*|narrow\w*|amend\w*|re-?scop\w*"
        r"|reduc\w*)"
    ),
    # We wrote to you on 20 September asking you to clarify
    phrase(
        r"\b(?:we|I)\s+(?:contacted|wrote\s+to|e-?mailed|asked|phoned|called)\s+you\s+on\s+<DATE>"
        rf"[^.;]{{0,160}}?\b{_ASK_WHAT}"
    ),
    # We sought clarification of your request on …
    phrase(
        r"\b(?:we|I)\s+(?:sought|requested|asked\s+for)\s+(?:a\s+)?(?P<what>clarification"
        r"|refinement)[^.;]{0,80}?\bon\s+<DATE>"
    ),
    # our email of 20 September 2024 asking you to narrow your request; in our letter
    # dated 20 September 2024 we sought clarification; "my email to you on 8 June 2021,
    # seeking refinement" (dev fyi-15619)
    phrase(
        r"\b(?:our|my)\s+(?:e-?mail|letter|request)\s+(?:(?:sent\s+)?to\s+you\s+)?(?:of|dated|on"
        r"|sent\s+on)\s+<DATE>,?\s+"
        r"(?:(?:we|I)\s+)?(?:seeking|asking|requesting|proposing|suggesting|asked|sought|requested"
        rf"|proposed|suggested|invited)[^.;]{{0,100}}?\b{_ASK_WHAT}"
    ),
    # On 24 September 2024 you were asked to clarify your request
    phrase(
        r"\bOn\s+<DATE>,?\s+you\s+were\s+(?:asked|invited|contacted|e-?mailed)\b"
        rf"[^.;]{{0,160}}?\b{_ASK_WHAT}"
    ),
    # You were contacted on 5 March 2025 seeking clarification
    phrase(
        r"\byou\s+were\s+(?:asked|invited|contacted|e-?mailed)\s+on\s+<DATE>"
        rf"[^.;]{{0,160}}?\b{_ASK_WHAT}"
    ),
    # Following our request for clarification on 24 September 2024
    phrase(
        r"\b(?:our|my|the|a)\s+request\s+for\s+(?P<what>clarification|refinement)\s+(?:of\s+your"
        r"\s+request\s+)?(?:of|dated|on|sent\s+on)\s+<DATE>"
    ),
)
CLARIFICATION_ASKED_NOW = re.compile(
    r"\b(?:could|can|would|will)\s+you\s+(?:please\s+)?(?P<what>clarify|confirm|refine|narrow"
    r"|amend|specify|consider\s+(?:refining|narrowing|amending))"
    r"|\bplease\s+(?P<what2>clarify|confirm\s+(?:which|whether|what)|specify)"
    r"|\b(?:we|I)\s+(?:would\s+like\s+to|need\s+to|are\s+writing\s+to|am\s+writing\s+to|must)\s+"
    r"(?:ask|seek|request)\s+(?:you\s+to\s+)?(?:that\s+you\s+)?(?P<what3>clarif\w*|refine|narrow"
    r"|amend)"
    r"|\bwould\s+you\s+be\s+(?:willing|prepared|happy)\s+to\s+(?P<what4>refine|narrow|amend"
    r"|clarify|reduce)"
    r"|\bare\s+you\s+(?:able|willing)\s+to\s+(?P<what6>refine|narrow|clarify|amend)"
    r"|\b(?:appreciate|grateful)\s+if\s+you\s+(?:could|would|can)\s+(?:please\s+)?"
    r"(?P<what9>clarify|confirm|refine|narrow|specify)"
    r"|\bplease\s+(?:supply|provide)\b[^.;]{0,120}?\b(?P<what8>identify\w*|clarify\w*)"
    r"|\b(?P<what7>consult)\s+with\s+you\s+about\s+(?:that|this|your)\s+request"
    r"|\b(?:we|I)\s+need\s+you\s+to\s+(?P<what10>clarify|confirm|specify|narrow|refine)"
    r"|\bplease\s+let\s+(?:us|me)\s+know\s+(?P<what11>which|what)\s+(?:\w+\s+){0,2}?(?:you\s+(?:are"
    r"\s+)?(?:seeking|want|mean|are\s+looking)|information|documents?|reports?|records?|period)"
    r"|\b(?:can|could)\s+you\s+(?:please\s+)?(?P<what12>tell\s+(?:us|me)\s+more|explain\s+what)"
    r"|\bdiscuss\s+the\s+(?P<what13>scope)\s+of\s+your\s+request"
    r"|\b(?:advise|confirm|let\s+(?:us|me)\s+know)\b[^.;]{0,40}?\bwhether\s+(?:this|the|our)\s+"
    r"(?P<what5>proposal|suggested\s+(?:scope|refinement))\b",
    re.IGNORECASE,
)
"""The letter itself asks the requester to clarify or refine (dated by the letter)."""

REFINEMENT_DECLINED = (
    phrase(
        r"\bOn\s+<DATE>,?\s+you\s+(?:declined|rejected|did\s+not\s+(?:agree|accept))\b[^.;]{0,60}?"
        r"\b(?:refine\w*|amend\w*|proposal|clarif\w*|narrow\w*|scope|suggest\w*)"
    ),
    phrase(
        r"\byou\s+(?:declined|rejected|did\s+not\s+(?:agree\s+to|accept))\s+(?:this|the|our)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:refinement|proposal|amendment|suggestion)[^.;]{0,40}?\bon\s+<DATE>"
    ),
)
CLARIFIED = (
    phrase(
        r"\b(?-i:On)\s+<DATE>,?\s+you\s+(?:re-?clarified|clarified|refined|amended|narrowed|agreed\s+to"
        r"|accepted|confirmed|limited|further\s+clarified|revised|reworded|rephrased)\b"
    ),
    phrase(
        r"\byou\s+(?:clarified|refined|amended|narrowed|confirmed|revised|reworded|rephrased)\s+"
        r"(?:your\s+request\s+|it\s+)?on\s+"
        r"<DATE>"
    ),
    # On 10 March you responded to clarify / replied, narrowing …
    phrase(
        r"\b(?-i:On)\s+<DATE>,?\s+you\s+(?:responded|replied|wrote\s+back|e-?mailed\s+us)\b[^.;]{0,40}?"
        r"\b(?:clarif\w*|refin\w*|amend\w*|narrow\w*|confirm\w*)"
    ),
    # In your email of 10 March 2025 you clarified …
    phrase(
        r"\byour\s+(?:e-?mail|letter|reply|response)\s+(?:of|dated|on)\s+<DATE>,?\s+you\s+(?:clarified"
        r"|refined|amended|narrowed|confirmed)\b"
    ),
    # Thank you for contacting Auckland Transport on 28 July 2016 and refining your request
    phrase(
        r"\bcontacting\s+[^.;]{0,60}?\bon\s+<DATE>,?\s+and\s+(?:refining|clarifying|amending"
        r"|narrowing)\s+your\s+request"
    ),
    phrase(
        r"\byour\s+(?:clarified|refined|amended|narrowed|revised|reworded|reframed|rephrased)\s+request"
        r"\b[^.;]{0,80}?"
        r"\b(?:of|dated|on)\s+<DATE>"
    ),
    # … your clarification of / received on …; your clarification was received on … (the
    # passive of "we received your clarification on")
    phrase(
        r"\byour\s+(?:clarification|response|reply)\s+(?:of|dated|on|(?:(?:was|has\s+been)\s+)?"
        r"received\s+(?:by\s+[^.;]{1,40}?\s+)?on)\s+<DATE>"
    ),
    # Thank you for your email of 18 September 2023 confirming that your request … is
    phrase(
        r"\byour\s+(?:e-?mail|letter|reply|response)\s+(?:of|dated|on)\s+<DATE>,?\s+(?:confirming"
        r"|clarifying|agreeing|refining|narrowing|amending|accepting)\b"
    ),
)


# -- outcome hints --

OUTCOME_CONDITIONAL = re.compile(
    r"\bif\b|\b(?:may|might|could|would)\s+(?:need|have|be|decide|withhold|refuse|transfer)\b"
    r"|\bin\s+some\s+cases\b|\b(?:generally|usually|normally|typically|often|when|once)\b"
    r"|\b(?:I|we)\s+(?:can|could)\s+(?:immediately\s+)?limit\b",
    re.IGNORECASE,
)
REFUSED = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:\w+\s+)?refused\b|\brefus(?:e|es|ed|ing)\s+(?:your|this|the"
    r"|that|part|parts|these|those)\b|\bdecided\s+to\s+(?:refuse|decline)\b|\bdeclin(?:e|ed|ing)\s+"
    r"(?:to\s+(?:release|provide|grant)|your\s+request)"
    r"|\b(?:request|it)\s+(?:is|has\s+been|was)\s+(?:\w+\s+)?declined\s+(?:under|pursuant|in\s+accordance)"
    # the information asked for is publicly available: refused under s 18(d)
    r"|\b(?:information|documents?|reports?|data)\s+(?:you\s+(?:have\s+)?(?:requested|asked\s+for|seek"
    r"|are\s+seeking)\s+|requested\s+)?(?:is|are)\s+(?:already\s+)?publicly\s+available\b",
    re.IGNORECASE,
)
WITHHELD = re.compile(
    r"\b(?:has\s+been|have\s+been|is|are|was|were|being)\s+(?:\w+\s+)?(?:withheld|redacted)\b"
    r"|\b(?:we|I)\s+(?:have\s+)?withh(?:e|o)ld\b|\bwithheld\s+(?:under|in\s+full|in\s+part"
    r"|pursuant)|\bwithholding\s+(?:some|certain|parts?)\b|\bdecided\s+to\s+withhold\b"
    r"|\b(?:I\s+am|we\s+are)\s+withholding\b"
    # "New Zealand Post withholds … under: (a) section 9(2)(b)(ii)"; "we are continuing to
    # withhold them in full under sections …" (the Act's own word, OIA s 9; LGOIMA s 7)
    r"|\bwithholds\b[^.;]{0,150}?\bunder\b|\bto\s+withhold\s+(?:them|it|these|those|this)\s+"
    r"(?:in\s+full|in\s+part|under|pursuant)",
    re.IGNORECASE,
)
REQUEST_ATTACHED = (
    r"(?i:\byour\s+(?:original\s+|full\s+)?(?:request|e-?mail|letter|questions?)\b[^.;]{0,60}?"
    r"\b(?:at\s?t?ach|enclos)\w*\s+(?:it|them)\b"
    r"|\byour\s+(?:original\s+|full\s+)?(?:request|e-?mail|letter|questions?)\s+(?:is|are|has\s+been"
    r"|have\s+been)\s+(?:at\s?t?ach|enclos)\w*)"
)
"""The request itself attached ("Rather than repeat your request verbatim, I have attached it
as Appendix 1"; "Your full request is attached as Appendix A", fyi-28507): no information
given."""
REQUEST_ATTACHED_RE = re.compile(REQUEST_ATTACHED)

# After "transferred to X" or a self-reference: the writer holds it, so the writer is X
# ("… transferred to the Ministry of Social Development (the Ministry) for response, as we
# hold this information", fyi-21527).
WE_HOLD = r"\b(?:as|because|since)\s+we\s+(?:hold|held|have|are\s+responsible\s+for)\b"

REFERRED_TRANSFERRED = (
    r"\b(?:I|we)\s+refer\s+to\s+your\s+(?:[\w'’-]+\s+){0,3}?(?:request|e-?mail|letter"
    r"|correspondence)\b[^.;]{0,80}?\b(?:that|which)\s+(?:was|were|has\s+been)\s+"
    r"(?:\w+ly\s+)?transferred\s+(?:\w+\s+){0,3}?to\s+(?:the\s+)?"
)
"""The writer taking up a request that came to it, up to the body's name: "I refer to your
email dated 14 August 2023 that was transferred to Te Manatū Waka Ministry of Transport"
(dev fyi-23419): only the transferee says so (s 14 OIA)."""

RELEASED = re.compile(
    r"\b(?:is|are|has\s+been|have\s+been|being|was|were)\s+(?:\w+\s+)?(?:released|enclosed"
    r"|attached|granted)\b|\bpleased\s+to\s+(?:provide|release|enclose|attach|send)\b"
    r"|\b(?:is|are|has\s+been|have\s+been)\s+provided\s+(?:below|above|to\s+you|in\s+full)\b"
    r"|\bplease\s+(?:find|see|refer\s+to)\s+(?:\w+\s+){0,3}?(?:enclosed"
    r"|attached|pages?|documents?|appendix|annex)|\brefer\s+to\s+pages?\b|\b(?:I|we)\s+(?:have\s+)?"
    r"(?:decided\s+to\s+)?(?:release[ds]?|grant(?:ed)?|enclose[ds]?|attach(?:ed)?)\b"
    r"|\bgranted\s+in\s+(?:full|part)\b|\b(?:I\s+am|we\s+are)\s+(?:providing|releasing|enclosing"
    r"|attaching)\b|\bpartial(?:ly|l\s?y|\s+y)\s+(?:refused|granted)\b"
    r"|\b(?:attached|enclosed)\s+(?:is|are)\s+(?:the|a|copies|documents?)\b"
    r"|\b(?:has|have)\s+decided\s+to\s+(?:grant|release|partially\s+release|provide)\b"
    r"|\b(?:I|we)\s+have\s+(?:\w+\s+)?provided\s+(?:you\s+with\s+)?(?:the\s+)?(?:data|information"
    r"|figures|documents|copies|details)\b"
    r"|\bparts?\s+of\s+(?:the|this|these|those)\s+(?:\w+\s+){1,2}?(?:is|are|was|were|have\s+been"
    r"|has\s+been)\s+(?:withheld|redacted)\b"
    r"|\b(?:some|certain|small\s+(?:parts|amounts))\s+(?:of\s+(?:the\s+)?)?(?:\w+\s+){0,2}?(?:has|have|is|are"
    r"|was|were)\s+(?:been\s+)?(?:withheld|redacted)\b|\bwith\s+(?:some\s+)?(?:information\s+withheld"
    r"|redactions)\b|\bwithheld\s+in\s+part\b|\brefer\s+you\s+to\s+the\s+(?:table|figures|data)\s+below\b"
    r"|\bdecision\s+to\s+(?:partially\s+)?release\b|\b(?:my|our)\s+decisions?\s+on\s+release\b(?!\s+(?:will|is|may))",
    re.IGNORECASE,
)
NOT_HELD = re.compile(
    r"\bdo(?:es)?\s+not\s+(?:hold|exist|have\s+any)\b|\bnot\s+held\b|\bno\s+(?:such\s+)?(?:formal\s+)?"
    r"(?:information|documents?|records?|reports?)\b[^.;]{0,30}?\b(?:exists?|held|found|identified"
    r"|located)\b|\bcould\s+not\s+(?:find|locate|identify)\s+any\b|\bis\s+no\s+(?:formal\s+)?record"
    r"|\b(?:18|17)\((?:e|g)\)|\b53\(b\)",
    re.IGNORECASE,
)

# -- the decision's own day --

DECISION_MADE = (
    # On 3 May 2024 we decided / I made a decision / we advised you of our decision …
    phrase(
        r"\bOn\s+<DATE>,?\s+(?:we|I|the\s+[A-Z][\w ]{2,40}?)\s+(?:decided|made\s+(?:a|the|our|my)"
        r"\s+decision|advised\s+you\s+(?:of\s+)?(?:our|my|the)\s+decision|notified\s+you\s+of\s+"
        r"(?:our|my|the)\s+decision|wrote\s+to\s+you\s+(?:with|advising|to\s+advise)\b[^.;]{0,40}?"
        r"\bdecision|responded\s+to\s+your\s+request)"
    ),
    # The decision on your request was made on …; a decision was made on …
    phrase(
        r"\bdecision\b[^.;]{0,60}?\b(?:was|were|has\s+been)\s+(?:made|signed|communicated"
        r"|notified|sent)\s+(?:to\s+you\s+)?on\s+<DATE>"
    ),
    # our decision letter of 3 May 2024; my decision of 3 May; the decision letter sent to you
    # on 1 March (DOC, FYI request 25387); "our decision, sent to you on" (round 15's fresh
    # wordings)
    phrase(
        r"\b(?:our|my|the)\s+(?:decision|response)(?:\s+letter)?(?:\s+(?:of|dated|on)|,?\s+(?:sent"
        r"|e-?mailed|posted|issued)\s+(?:to\s+you\s+)?on)\s+(?:the\s+)?<DATE>"
    ),
    # Further to my decision letter to you of 16 July (dev fyi-7863-mfat-release); not "the
    # response to you dated …", which may answer an earlier request (dev fyi-28312)
    phrase(r"\b(?:our|my)\s+decision(?:\s+letter)?\s+to\s+you\s+(?:of|dated)\s+(?:the\s+)?<DATE>"),
    # … extended to 13 October 2021, when you were advised the Ministry had made a decision on
    # your request (dev fyi-16284-mfat-release): the day a relative "when" clause tells of
    phrase(
        r"<DATE>,?\s+when\s+(?:you\s+were|we|I)\s+(?:advised|informed|told|notified)\b[^.;]{0,60}?"
        r"\b(?:made|reached)\s+(?:a|its|our|my|the)\s+decision\b"
    ),
    # we decided on 3 May 2024 to release …
    phrase(r"\b(?:we|I)\s+(?:decided|made\s+(?:a|the|our|my)\s+decision)\s+on\s+<DATE>"),
    # our letter, dated 2 August 2024 pursuant to section 15(1)(b) (dev fyi-27508): a letter
    # named by the section that makes it the decision (s 15(1); not s 15A, an extension)
    phrase(
        r"\b(?:our|my)\s+(?:letter|e-?mail|correspondence),?\s+(?:of|dated|sent\s+(?:to\s+you\s+)?on)"
        r"\s+(?:the\s+)?<DATE>,?\s+(?:pursuant\s+to|under|in\s+accordance\s+with)\s+(?:section|s)\s*"
        r"15\s*\(1\)"
    ),
    # my staff sent you a decision on this request on 8 May 2025 (dev fyi-30523): the decision
    # the object of a verb of sending
    phrase(
        r"\b(?:sent|e-?mailed|gave|provided|issued|communicated)\s+(?:to\s+)?(?:you\s+)?(?:a|our|my"
        r"|the)\s+decision\b[^.;]{0,40}?\bon\s+<DATE>"
    ),
    # the Ministry decided on 3 May 2024 to release … (what was decided is the request's:
    # not "Cabinet decided on 3 May 2024 to fund …", a decision the information is about)
    phrase(
        r"\bdecided\s+on\s+<DATE>,?\s+to\s+(?:partially\s+)?(?:release|grant|refuse|withhold"
        r"|decline|provide\s+(?:you|the\s+information|some|all))\b"
    ),
    # our letter dated 3 May 2024, in which we advised you of our decision; you were
    # informed on 3 May 2024 that we would release …
    phrase(
        r"\b(?:our|my)\s+(?:letter|e-?mail|correspondence)\s+(?:of|dated)\s+<DATE>,?\s+(?:in\s+which"
        r"|which|where)\s+(?:we|I)\s+(?:advised|informed|notified|told)\s+you\s+of\s+(?:our|my|the)\s+"
        r"decision"
    ),
    phrase(
        r"\byou\s+were\s+(?:advised|informed|notified|told)\s+on\s+<DATE>\s+that\b"
        r"(?![^.;]*\b(?:extend|extension|more\s+time|delay|transfer))[^.;]{0,100}?"
        r"\b(?:decided|decision|granted|grant|releas\w*|refus\w+|withh\w+)"
    ),
    # On 3 May 2024 we informed you that we had decided to grant…; On 3 May, NZTA decided to
    # release…; On 3 May you were advised that the information would be released. A name is
    # capitalised even here: "transferred to us on 3 May and have decided" names no one
    phrase(
        r"\bOn\s+<DATE>,?\s+(?:we|I|you|(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,5})\s+"
        r"(?:were\s+|was\s+)?(?:advised|informed|notified|told|wrote|responded|e-?mailed|let\s+you"
        r"\s+know|decided|made)\b(?![^.;]*\b(?:extend|extension|more\s+time|delay))[^.;]{0,120}?"
        r"\b(?:decided|decision|granted|grant|releas\w*|refus\w+|withh\w+)"
    ),
    # We wrote to you on 3 May 2024 advising that we had decided…; We advised you on 3 May
    # that your request was granted
    phrase(
        r"\b(?:we|I)\s+(?:previously\s+)?(?:wrote\s+to\s+you|advised\s+you|informed\s+you|notified"
        r"\s+you|told\s+you|e-?mailed\s+you|responded\s+to\s+(?:you|your\s+request))\s+on\s+<DATE>"
        r"(?![^.;]*\b(?:extend|extension|more\s+time|delay))[^.;]{0,120}?"
        r"\b(?:decided|decision|granted|grant|releas\w*|refus\w+|withh\w+)"
    ),
    # On 3 May 2024, the decision was made to release…; On 3 May 2024 you were sent our decision
    phrase(
        r"\bOn\s+<DATE>,?\s+(?:(?:a|the|our|my)\s+decision\s+(?:was|were)\s+(?:made|sent|signed"
        r"|communicated)|you\s+were\s+sent\s+(?:our|my|the)\s+decision)\b"
    ),
    # we granted your request in part on 3 May 2024
    phrase(
        r"\b(?:we|I)\s+(?:granted|refused|declined)\s+(?:your\s+request\s+)?(?:in\s+(?:full|part)\s+)?"
        r"on\s+<DATE>"
    ),
    # In our letter of 3 May 2024 we advised you of our decision; as advised in our email
    # of 3 May 2024, we are releasing…
    phrase(
        r"\b(?:in|as\s+advised\s+in|as\s+set\s+out\s+in)\s+(?:our|my)\s+(?:letter|e-?mail|response)"
        r"\s+(?:of|dated)\s+<DATE>(?![^.;]*\b(?:extend|extension|more\s+time|delay))[^.;]{0,80}?"
        r"\b(?:decided|decision|granted|releas\w*|refus\w+|withh\w+)"
    ),
)
"""A decision made on a stated day, before the letter that releases the information."""


# -- information given in the letter itself --

ANSWERED = re.compile(
    r"\b(?:our|my|the\s+[\w-]+['’]s)\s+response\s+(?:to\s+(?:your\s+|each\s+|the\s+)?(?:request|questions?|parts?"
    r"|items?)\b[^.;]{0,20}?\bis|is\s+as\s+follows|follows)\b"
    r"|\bprovided\s+(?:within|in)\s+this\s+(?:response|letter)\b"
    r"|\b(?:is|are)\s+(?:set\s+out|shown|listed|provided|included|outlined)\s+(?:below|in\s+(?:the\s+)?"
    r"(?:table|appendix|annex)\b)"
    r"|\bin\s+the\s+table\s+below\b|\bplease\s+find\s+(?:the\s+)?information\s+(?:requested|you)"
    r"|\bIn\s+relation\s+to\s+(?:part|question|item|point)\s+\d"
    r"|\beach\s+(?:part|question|point)\s+of\s+your\s+(?:request|questions?)\s+(?:is\s+)?"
    r"(?:addressed|answered|responded\s+to)\b|\b(?:respond|reply)\s+to\s+each\s+(?:part|question"
    r"|point)\s+of\s+your\s+request\b"
    r"|\bhas\s+received\s+\d[\d,]*\s+(?:OIA|official\s+information|LGOIMA)?\s*requests\b"
    r"|\bhere\s+(?:is|are)\s+the\s+(?:information|answers?|documents?|details|figures|data)\b"
    r"|\b(?:information|details|figures|data)\s+(?:you\s+(?:requested|asked\s+for|sought)\s+)?(?:is|are)"
    r"\s+(?:as\s+follows|below|set\s+out\s+below|provided\s+below)\b"
    r"|\banswers?\s+to\s+your\s+questions?\s+(?:is|are)\s+(?:below|as\s+follows|set\s+out)"
    r"|\bin\s+response\s+to\s+your\s+questions?\s*[:,]"
    r"|\b(?:we|I)\s+(?:trust|hope)\s+(?:that\s+)?this\s+(?:information\s+|response\s+)?"
    r"(?:\w+\s+)?(?:clarifies|answers|addresses|assists|helps|is\s+(?:of\s+assistance|helpful))\b",
    re.IGNORECASE,
)
"""Words of a letter that gives the information itself ("provided within this response")."""


RESPONDS = re.compile(
    r"\b(?:your|this)\s+request\s+has\s+(?:now\s+)?been\s+(?:considered|assessed|processed)\b"
    r"|\bapologi[sz]e\s+for\s+the\s+delay\s+in\s+(?:our|my|this|the)\s+(?:response|reply"
    r"|responding|replying)\b"
    r"|\b(?:this|my|our)\s+(?:reply|response|letter)\s+(?:addresses|responds\s+to|answers)\b"
    r"|\b(?:has|have)\s+considered\s+your\s+request\b[^.;]{0,100}?\band\s+(?:responds?|decided"
    r"|replies|reply)\b"
    r"|(?<![\w,] )\b(?-i:R)esponse\s+to\s+your\s+(?:official\s+information\s+|OIA\s+|LGOIMA\s+)?"
    r"request\b(?!\s+(?:will|is|may|should|would|has))"
    r"|\b(?:review|investigat\w*)\s+(?:(?:and|or)\s+review\s+)?(?:of\s+)?(?:my|our|this)\s+"
    r"(?:decision|response)(?!\s+to\s+(?:extend|transfer|seek|ask))\b",
    re.IGNORECASE,
)
"""Words of a letter that is the answer to the request, whatever it decided: "your
request has been considered", "this reply addresses the information you requested",
"review my decision" (not a decision to extend or transfer)."""


ACKNOWLEDGES = re.compile(
    r"\bautomatic\s+(?:reply|response|acknowledgement)\b|\backnowledg\w*\s+(?:receipt|your)\b"
    r"|\b(?:we|I)\s+(?:have\s+)?received\s+your\s+(?:\w+\s+){0,3}?(?:request|e-?mail)\b"
    r"|\bconfirm\s+(?:that\s+)?(?:we\s+have\s+)?(?:received|receipt)\b"
    r"|\bhas\s+been\s+(?:logged|registered|assigned|allocated)\b"
    r"|\b(?:we|I)\s+will\s+(?:endeavour\s+to\s+|aim\s+to\s+|try\s+to\s+)?(?:respond|reply|be\s+in\s+touch"
    r"|get\s+back|consider\s+your\s+request|provide\s+(?:you\s+with\s+)?(?:a|our)\s+response)\b"
    r"|\bmay\s+not\s+receive\s+a\s+response\b|\bthank\s+you\s+for\s+(?:contacting|emailing)\b"
    r"|\b(?:will|to)\s+(?:manage|process|action|handle)\s+your\s+request\b"
    r"|\breference\s+number\s+for\s+your\s+request\b|\bwill\s+be\s+formally\s+acknowledged\b"
    r"|\b(?:your\s+request|it)\s+is\s+(?:now\s+)?being\s+(?:processed|considered|actioned|handled)\b"
    r"|\b(?:we|I)\s+are\s+(?:now\s+)?(?:processing|considering|working\s+on)\s+your\s+request\b"
    r"|\bno\s+later\s+than\s+(?:20|twenty)\s+working\s+days\s+after\s+receiv\w*\s+them\b"
    # an out-of-office reply that passes it on: "Your email has been forwarded to … for
    # action" (fyi-6093)
    r"|\byour\s+(?:e-?mail|request|message)\s+(?:has\s+been|was)\s+forwarded\s+to\b[^.;]{0,120}?"
    r"\bfor\s+(?:action|actioning|a\s+response|response|reply|processing|attention)\b",
    re.IGNORECASE,
)
"""Words of an acknowledgement: the request has arrived and an answer will follow."""

CHARGES = re.compile(
    r"\b(?:will|intends?\s+to|propose\s+to|decided\s+to)\s+(?:impose|levy|make)\s+a\s+charge\b"
    r"|\b(?:a\s+)?(?:charge|deposit)\s+of\s+\$\s?\d",
    re.IGNORECASE,
)
"""Words of a charge notice (OIA s 15(1A), LGOIMA s 13(1A)): a letter of its own kind, which
this reader does not type (it is neither an acknowledgement nor a decision)."""
