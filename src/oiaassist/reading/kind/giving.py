"""Is information given *now*? General signs, weighed: a release or a decision letter.

A decision letter (OIA s 15(1); LGOIMA s 13(1)) either releases some information
with or in the letter (the corpus's *release*) or releases nothing now: a refusal
(OIA s 18; LGOIMA s 17), "not held" (s 18(e)), "neither confirm nor deny" (s 10;
LGOIMA s 8), withheld in full (s 9; LGOIMA s 7), or a grant whose documents
follow later (a later release is an undue-delay question, s 28(5)). Phrase
rules tuned to the development letters told these apart well on them and badly on
letters from agencies they never saw, because each agency words it its own way.

So this module looks for the *kinds* of sign, in many wordings, each screened the
same way (not under an "if"/"may", not negated, not inside a quotation of the
request, not in a message quoted below a reply):

* given now: something attached or enclosed that is information ("Appendix A",
  "the documents listed in the schedule", "the table below", "please find"), a
  release verb in the present or perfect ("I am releasing", "has been provided"),
  a partial release ("released with redactions", "s 9(2)(a) has been applied to
  some"), answers in the text (numbered points, "the answer to your question is",
  "as follows:"), figures and tables in the body;
* nothing now: a refusal or decline, "not held" / "does not exist" / "no
  documents", withheld in full, neither confirm nor deny, and a release to follow
  ("will be released once…", "we will publish … within N weeks");

plus the letter's length. :func:`features` gives each sign as 0 or 1 with the
words it rests on; :func:`score` adds up their weights, which are data
(``data/giving_weights.json``) fitted by ``benchmarks/fit_giving.py`` on the
development letters and checked by leave-agency-out cross-validation there.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from oiaassist.reading import phrases as ph
from oiaassist.reading.facts import Facts, quote_open
from oiaassist.reading.text import Found

__all__ = [
    "ANSWERED",
    "COVERING",
    "FEATURES",
    "GIVEN",
    "WEIGHED",
    "Giving",
    "features",
    "giving",
    "margin",
    "probability",
    "score",
]

_INFO = (
    r"(?:documents?|information|data|cop(?:y|ies)|table|spreadsheets?|records?|reports?|e-?mails?"
    r"|correspondence|briefings?|minutes|answers?|responses\s+to|figures|details|papers?|memos?"
    r"|notes|files?|material|schedule|list|summary|extracts?|excerpts?|images?|photos?|plans?"
    r"|policy|policies|guidelines?|statistics|numbers|breakdown|appendi(?:x|ces)|annex(?:es)?)"
    r"(?!\s+(?:sheet|pack|leaflet|brochure|Act|request|about\s+(?:our|the)\s+process)\b)"
    r"(?!\s+of\s+(?:your|our)\s+(?:original\s+)?(?:request|e-?mail|letter|acknowledge?ment))"
)
"""Nouns for information given (not "our letter", "our response": a cover note)."""

_PUBLISHING = (
    r"(?i:\bpublish\w*|\bmay\s+contain\b|\bintended\s+recipient|\battachments?\s+contains?\b"
    r"|\bwebsite\b|\bwww\.)"
)
"""A sentence about publishing the response ("with your personal details withheld, and
any attached documentation may be published"), an email's confidentiality footer ("This
email message and any attachments contain information"), or a pointer to a website
("Please see further information on the Ombudsman website"): no information given with
the letter."""

_CHARGING = (
    r"(?i:\b1[35]\s*\(\s*1A\s*\)|\b(?:estimated|proposed)\s+(?:cost|charge)s?\b"
    r"|\b(?:range|estimate)\s+of\s+(?:costs?|charges?)\b|\bcharge\s+form\b)"
)
"""A sentence about a charge for the information (OIA s 15(1A); LGOIMA s 13(1A)): "I am
therefore providing a range of costs in accordance with s13(1A) of the Act, as per the
attached table": what is provided or attached is the charge, not the information."""

_RELEASED_BEFORE = (
    r"(?i:\b(?:released|provided)\s+(?:to\s+you\s+)?(?:under|in\s+response\s+to)\s+(?:OIA|LGOIMA|ref"
    r"(?:erence)?|request|your\s+(?:previous|earlier)\s+request)\s*(?:no\.?\s*|number\s+)?[A-Z]{0,6}"
    r"[-\s]?\d)"
)
"""A release under another request's number ("These have been released to you under OIA
H2023033891", fyi-25124): given by an earlier response, not now."""

WEIGHED = (
    r"(?i:\b(?:of|in|for|against|from)\s+(?:the\s+|this\s+|that\s+)?(?:\w+\s+){0,2}?being\s+"
    r"(?:released|provided|disclosed|made\s+available)\b)"
)
"""A release spoken of as a thing weighed, not done ("the transparency and accountability
benefits of the information being released", "the public interest in the information being
disclosed": OIA s 9(1); LGOIMA s 7(1)): no information given by it."""


_REQUEST_LABELLED = re.compile(
    ph.REQUEST_ATTACHED
    + r"\s+as\s+(?:an?\s+)?(?P<label>(?:Appendix|Annex|Attachment)\s+[A-H1-9])\b",
    re.IGNORECASE,
)
"""The label the request itself is attached under ("Your full request is attached as Appendix
A", fyi-28507): that label, standing as a heading below the signature, is the request, not
information given."""

_WORDS = 160
"""Characters of a sentence looked at around a cue: one clause, give or take."""

_NEGATED = re.compile(
    r"\b(?:not|no|unable|cannot|can't|won't|neither|nor|never|without)\b[^.;:,]{0,40}$",
    re.IGNORECASE,
)
_HEDGED = re.compile(
    r"\b(?:if|unless|whether|should\s+(?:you|we|it)|may|might|could|would|once|when|where"
    # a release in a clause of time: "consultations are needed before the documents are
    # released" (not "until 20 November 2013", a date)
    r"|(?:before|until|pending|prior\s+to)\s+(?:the|any|these|those|this|it|they|all|its|their|we)"
    r"|intend\w*|plan\w*|expect\w*|aim\w*|hope\w*|typically|usually|generally|normally"
    r"|in\s+some\s+cases)\b"
    r"[^.;]{0,120}$",
    re.IGNORECASE,
)

_NOT_YET = re.compile(
    r"\b(?:will?|shall|would|may|might|could|must|needs?\s+to|going\s+to)\s+(?:\w+\s+){0,3}?be\b"
    r"|\bto\s+be\s+(?:\w+\s+)?(?:released|withheld|redacted|removed|provided|supplied)\b",
    re.IGNORECASE,
)
"""A future, a need or a maybe inside a match of an act done now ("… will be withheld",
"some information may need to be withheld", "the parts to be redacted")."""

_PURPOSE = re.compile(
    r"\b(?:need(?:s|ed)?|requir(?:e|es|ed)|time|order|so\s+as|intend\w*|plan\w*|expect\w*)\s+to\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
"""An act named as a purpose still to be done, just before a match ("the time needed to make
redactions", "in order to release"): an extension's reason, not an act done now. Not
"please refer to Appendix 1", nor "subject to some information being withheld"."""

_SUPPOSED = re.compile(
    r"\b(?:if|unless|whether|either|consider\w*|may|might|could|would|typically|usually"
    r"|generally|normally)\b[^.;]{0,80}$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Sign:
    """One kind of sign: its name, its pattern, and how a match is screened.

    ``gate``: a cheap pattern (on the lower-cased sentence) that every match's sentence
    also matches; the sign's pattern is tried only in those sentences (a long letter
    costs little). ``act``: the sign is an act
    done now, so a match under an "if"/"may"/"once", or negated just before ("we have
    not released"), does not count. ``unless``: words that, anywhere in the sentence,
    make a match no sign.
    """

    name: str
    pattern: re.Pattern[str]
    gate: re.Pattern[str]
    act: bool = True
    unless: re.Pattern[str] | None = None


def _sign(name: str, trigger: str, pattern: str, *, act: bool = True, unless: str = "") -> _Sign:
    return _Sign(
        name,
        re.compile(pattern, re.IGNORECASE),
        re.compile(trigger),
        act,
        re.compile(unless) if unless else None,
    )


_BY = r"(?:our|my|the|an?|your|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
"""Whose the response is, and what kind ("our", "the Ministry's", "your OIA", "a PDF")."""

COVERING = (
    rf"\b(?:at\s?t?ach\w*|enclos\w*|please\s+(?:find|see))\b[^.;]{{0,40}}?\b{_BY}"
    r"(?:response|reply|letter|decision)\b(?!\s+(?:date|time|due|from\s+(?!the\s+Minister)))"
    rf"|\b{_BY}(?:response|reply|decision)(?:\s+letter)?\b[^.;]{{0,80}}?\b(?:is|are|has\s+been)\s+"
    r"(?:now\s+)?(?:at\s?t?ached|enclosed)\b"
    r"|\bletter\s+(?:from\s+[^.;]{0,40}?)?(?:in\s+(?:response|reply)|responding)\s+to\s+your\b"
)
"""A cover note's words: the response, reply, decision or letter answering the request is
attached ("Please find attached our response", "Attached is the Ministry's response to your
request", "Our response to your request is attached", "Please see the attached letter in
response to your request"): the decision (OIA s 15(1); LGOIMA s 13(1)) is in the letter
attached, not in these words, which release nothing themselves. Not "a letter from X to
Y", which may be a document released."""

_A_PART = (
    r"(?i:\b(?:parts?|portions?|partial\s?l?\s?y|questions?|items?|points?|aspects?|document\s+\d+"
    r"|request\s+for\s+(?:a|an"
    r"|the)\s+\w+))\b"
)
"""A part of the request named in a refusal's sentence: the rest may be given."""


_SIGNS: tuple[_Sign, ...] = (
    # -- given now --
    # something attached or enclosed that is information; "please find … below" ("at ached":
    # a PDF text layer that lost the "tt" ligature)
    _sign(
        "attached_information",
        r"attach|at ach|enclos|append|annex|herewith|please|document",
        rf"\b(?:at\s?t?ach\w*|enclos\w*|append\w*|annex\w*|herewith)\s+(?:[\w,()'’-]+\s+)"
        rf"{{0,5}}?{_INFO}\b"
        # "The documents listed below are attached" (dev fyi-25894): the list placed by a
        # participle between the noun and its verb
        rf"|\b{_INFO}\s+(?:(?:listed|set\s+out|described|identified|named|specified|referred\s+to)"
        rf"\s+(?:below|above|in\s+\w+(?:\s+\w+)?)\s+)?(?:(?:is|are|has\s+been|have\s+been|was|were)\s+)?"
        rf"(?:at\s?t?ached|enclosed|appended|annexed)\b"
        rf"|\b(?:we|I)\s+(?:have\s+)?(?:at\s?t?ached|enclosed)\s+(?:it|them|these|this)\b"
        rf"|\b(?:it|they|these|this|them)\s+(?:is|are|has\s+been|have\s+been)\s+(?:at\s?t?ached"
        rf"|enclosed|appended)\b"
        rf"|\bplease\s+(?:find|see)\s+(?:\w+\s+){{0,4}}?{_INFO}\b"
        # a labelled enclosure ("Appendix A", "Document 1"), not a statute's schedule ("RMA
        # Schedule 1")
        rf"|\b(?:Appendix|Annex|Attachment|Document)\s+(?:[A-H1-9]\b|One|Two)(?!\.?\d)",
        unless=f"{_PUBLISHING}|{_CHARGING}|{ph.REQUEST_ATTACHED}",
    ),
    # a cover note: "please find attached our response/letter" (a decision or a release)
    _sign("attached_letter", "attach|at ach|enclos|please find|please see", COVERING),
    # a release verb, done, of information (not "we have provided you with a response")
    _sign(
        "released_now",
        "releas|provid|suppl|shar|disclos|available|enclose|attach",
        r"(?:\b(?:I\s+am|we\s+are|(?:I|we)\s+(?:have|has)|(?:is|are|has\s+been|have\s+been|being))\s+"
        # (not "This is provided for under section 2 of LGOIMA", fyi-29371: the law's sense)
        r"(?:\w+\s+)?(?:releas(?:ing|ed)|provid(?:ing|ed)(?!\s+for\s+(?:under|in|by)\b)|supply(?:ing)?|supplied"
        r"|sharing|shared|disclos(?:ing|ed)|making\s+available|made\s+available)\b"
        r"|\b(?:I|we|\w+\s+(?:Council|Ministry|Department|Agency|Commission|University))\s+(?:hereby\s+)?"
        r"(?:release|provide|enclose|attach|supply)s?\b"
        r"|\b(?:pleased|happy|able)\s+to\s+(?:partially\s+|partly\s+)?(?:release|provide"
        r"|supply|share|enclose)\b"
        # an ability used now: "However, we can provide a summary of an account of the events"
        # (not "which means we can provide this to you", an ability spoken of)
        r"|\b(?:I|we)\s+can\s+(?:now\s+)?(?:release|provide|supply|share)\b(?!\s+(?:you\s+with\s+)?"
        r"(?:this|it|them|these|that|those)\b))"
        r"(?!\s+(?:you\s+with\s+)?(?:an?|our|my|the|this|its)\s+(?:\w+\s+)?(?:response|reply|decision"
        r"|answer|update|acknowledge?ment)\b)"
        # given to someone else ("other than those that have been provided to Ministers"; "we
        # have provided the Ombudsman with the information", round 15's fresh letters)
        r"(?!\s+to\s+(?!you\b|yourself\b))"
        r"(?!\s+(?:the\s+|our\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+with\b)",
        unless=f"{_CHARGING}|{WEIGHED}|{_RELEASED_BEFORE}",
    ),
    # the request granted (in whole or part): a decision, whether or not the information
    # comes with this letter (it may follow: OIA s 28(5))
    _sign(
        "granted",
        "grant",
        r"\b(?:decided|decision)\s+to\s+(?:partially\s+|partly\s+)?(?:grant|release)\b"
        r"|\bgrant(?:s|ed|ing)?\s+(?:your|this|the)\s+(?:\w+\s+)?request\b"
        r"|\brequest\b[^.;]{0,40}?\b(?:is|has\s+been|was)\s+(?:\w+\s+)?granted\b",
    ),
    # a partial release: some parts withheld, redactions, a withholding ground applied to some
    _sign(
        "released_in_part",
        "redact|withheld|removed|deleted|blacked|applied|released|granted|provided",
        r"\b(?:released|granted|provided)\s+(?:in\s+part|in\s+full|with\s+(?:some\s+)?(?:redactions"
        r"|information\s+withheld|deletions))\b|\bredact(?:ed|ions?)\b|\bwithheld\s+in\s+part\b"
        r"|\b(?:some|certain|parts?|portions?|small\s+amounts?|names|details|personal"
        r"\s+information)\b[^.;]{0,60}?\b(?:withheld|redacted|removed|deleted|blacked\s+out)\b"
        r"|\b(?:section|s)\s*\d+\(\d\)\(\w+\)[^.;]{0,60}?\bapplied\s+to\s+(?:some|parts?|certain)\b",
        unless=_PUBLISHING,
    ),
    # answers in the letter's own text
    _sign(
        "answers_in_text",
        r"\bparts?\b|\bquestions?\b|\bpoints?\b|\bitems?\b|answer|fol|below|above|\bhere\b|confirm"
        r"|advise|tell|following|table|figure|graph|chart|records|number|total|amount|cost",
        r"\b(?:in\s+(?:answer|reply|response|relation)\s+to|regarding|turning\s+to|with\s+(?:regard"
        r"|respect)\s+to|for)\s+(?:your\s+|the\s+)?(?:first|second|third|fourth|fifth|final|last|next"
        r")?\s*(?:part|question|point|item)s?\s*(?:\d+|one|two|three|four|five|\(?\w\))\b"
        r"|\b(?:the\s+)?answers?\s+to\s+(?:your|each\s+of\s+your|these)\b|\bas\s+fol\s?l?ows\s*[:.]"
        r"|(?<!request for )\b(?:the|this)\s+(?:table|figures|information|data|list|details)\s+"
        r"(?:below|above)\b"
        r"|\b(?:below|following)\s+(?:is|are)\s+(?:the\s+)?(?:information|data|figures|details"
        r"|answers?|responses?|table|list)\b|\bhere\s+(?:is|are)\s+(?:the\s+)?\w+"
        # "the following table provides the recruiting targets", "The answer is approximately …"
        r"|\bthe\s+following\s+(?:table|figures|list|data|graph|chart|summary)\b"
        r"|\bthe\s+answer\s+(?:to\s+(?:this|that|your)\s+(?:\w+\s+)?)?is\b"
        r"|\b(?:addressed|answered|responded\s+to)\s+(?:in\s+turn\s+)?below\b"
        # a count read from the records: "Our records indicate there have been six resignations"
        # (fyi-24235), "records show 14 complaints"
        r"|\brecords\s+(?:indicate|show)\s+(?:that\s+)?(?:there\s+(?:have\s+been|has\s+been|were|was|are"
        r"|is)\s+)?(?:\$?\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+total)\b"
        # a count or sum stated: "the total number of tests processed as of 26 March is 12683"
        # (fyi-12537), "the cost of the review was $45,000"
        r"|\bthe\s+(?:total\s+)?(?:number|amount|cost|total)\s+of\s+[^.;]{1,80}?\s+(?:is|was|are|were"
        r"|has\s+been|have\s+been|came\s+to|totals?|totalled)\s+(?:approximately\s+|about\s+|around\s+)?"
        r"\$?\d"
        # "I list your questions, and my responses, below" (fyi-21512)
        r"|\b(?:my|our)\s+(?:responses?|answers?)\s*,?\s+(?:(?:is|are)\s+)?(?:set\s+out\s+|listed\s+)?"
        r"below\b"
        r"|\bresponse\s+(?:fol\s?l?ows|is\s+(?:below|as\s+fol\s?l?ows))\b"
        # "My response to each of your questions can be found below"
        r"|\b(?:response|responses|answers?)\s+(?:to\s+(?:each\s+of\s+)?your\s+(?:\w+\s+)?(?:questions?"
        r"|request|points?)\s+)?(?:can\s+be\s+found|(?:is|are)\s+(?:set\s+out|provided|outlined))\s+below\b"
        # "I can advise that …", an answer; not "… that no such documents exist" (not held)
        # a table or chart set out in the letter, by its label ("Table 1. Number of market rents
        # and IRR Kāinga Ora tenancies in Point Chevalier"), not "the table you asked for"
        r"|(?-i:\b(?:Table|Figure|Graph|Chart))\s+\d{1,2}\s*[.:–-](?=\s|$)"
        # "I can instead advise you the number of market renters …"
        r"|\b(?:I|we)\s+can\s+(?:also\s+|instead\s+)?advise\s+you\s+(?:of\s+)?the\s+(?:number|total"
        r"|amount|cost|figures?)\b"
        r"|\b(?:I|we)\s+can\s+(?:confirm|advise|tell\s+you)\s+that\b"
        r"(?![^.;]{0,80}?\b(?:not|no|none|never|nil|nothing)\b)",
    ),
    # -- nothing now --
    # a refusal of the request (or of "this request for …") as a whole
    _sign(
        "refused",
        r"refus|declin|\bable to|unable to",
        r"\brefus(?:e|es|ed|ing)\s+(?:your|this|the|that|these|those)\s+(?:\w+\s+){0,2}?request"
        r"|\brequest\b[^.;]{0,60}?\b(?:is|are|was|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:refused"
        r"|declined)\b|\b(?:decided|must|have\s+to)\s+(?:to\s+)?(?:refuse|decline)\b"
        r"|\bdeclin(?:e|es|ed|ing)\s+(?:your|this|the|that)\s+(?:\w+\s+){0,2}?request"
        r"|\b(?:unable|not\s+able)\s+to\s+(?:provide|release|supply|give|share|disclose|make\s+available"
        r"|grant)\s+(?:you\s+with\s+)?(?:the|this|that|any|these|those)\s+(?:\w+\s+)?(?:information"
        r"|documents?|records?|reports?|data)\b"
        # not the form of release (OIA s 16): "unable to release these documents without a
        # watermark", "in the format you asked for"
        r"(?![^.;]{0,30}?\b(?:without|in\s+(?:the|that|this|its|their|your)\s+(?:\w+\s+)?"
        r"(?:form|format)))",
        act=False,
        unless=_A_PART,
    ),
    # a refusal of a part: "I am refusing parts 1 and 2", "Document 2 is refused in full"
    _sign(
        "refused_part",
        "refus|declin",
        r"\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+(?:\w+\s+){0,2}?(?:parts?|portions?"
        r"|questions?|items?|points?|aspects?|some|certain)\b"
        # "this portion of your request is refused under section 17(e)" (fyi-29532)
        r"|\b(?:parts?|portions?|questions?|items?|aspects?|Document\s+\d+|points?)\b[^.;]{0,80}?"
        r"\b(?:is|are"
        r"|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:refused|declined)\b"
        r"|\bpartial(?:ly|l?\s?y)\s+(?:refus|declin)\w*",
        act=False,
    ),
    _sign(
        "not_held",
        r"\bno\b|\bnot\b|could|\b1[78]\b",
        r"\bdo(?:es)?\s+not\s+(?:hold|exist|have\s+(?:any|the|this|that|such))\b|\bnot\s+held\b"
        r"|\b(?:no|not\s+any)\s+(?:such\s+)?(?:\w+\s+)?(?:information|documents?|records?|reports?"
        r"|data|correspondence|e-?mails?)\b[^.;]{0,50}?\b(?:exists?|held|found|identified|located"
        r"|recorded|kept|created)\b|\bcould\s+not\s+(?:find|locate|identify)\b|\bthere\s+(?:is|are"
        r"|were|was)\s+no\s+(?:\w+\s+)?(?:information|documents?|records?|reports?|data)\b"
        r"|\b18\s*\((?:e|g)\)|\b17\s*\((?:e|g)\)",
        act=False,
    ),
    _sign(
        "withheld_in_full",
        "withh",
        r"\bwithh(?:e|o)ld\w*\b[^.;]{0,80}?\b(?:in\s+full|in\s+(?:its|their)\s+entirety|entirely"
        r"|in\s+total)\b|\b(?:withhold|withholding)\s+(?:all|the|this|these|those|that)\s+"
        r"(?:\w+\s+)?(?:information|documents?|reports?|records?|e-?mails?)\b",
        act=False,
    ),
    _sign(
        "neither_confirm_nor_deny",
        "neither",
        r"\bneither\s+confirm\s+nor\s+deny\b",
        act=False,
    ),
    # the information granted follows later (not "this letter may be published")
    _sign(
        "to_follow",
        r"\bwill?\b|\bshall\b|are to|prepar|proactive|\b1[78]\b|\btime to|longer to",
        r"\b(?:documents?|information|records?|material|briefings?|reports?|data|them|these|they|it)\s+"
        r"(?:will?|shall|are\s+to)\s+(?:then\s+|shortly\s+|soon\s+|also\s+)?be\s+(?:releas|provid"
        r"|publish|sent|forward|email|post|made\s+available|upload)\w*"
        r"|\b(?:I|we|and)\s+will?\s+(?:then\s+)?(?:send|provide|release|forward|email|publish)\s+"
        r"(?:you\s+(?:with\s+)?)?(?:them|these|those|it|(?:the|that|this)\s+(?:documents?"
        r"|information|records?|material|briefings?|reports?))\b"
        r"|\bprepar\w+\s+(?:\w+\s+){0,3}?for\s+release\b|\bproactive(?:ly)?\s+releas\w*"
        r"|\bwill\s+soon\s+be\s+publicly\s+available\b|\b18\s*\(d\)|\b17\s*\(d\)"
        # more time needed to get the material ready ("requires further time to finish
        # preparing the material")
        r"|\b(?:time|longer)\s+to\s+(?:finish\s+|complete\s+)?(?:prepar|collat|compil|redact|format"
        r"|finali[sz])\w*",
        act=False,
    ),
)

FEATURES: tuple[str, ...] = (
    *(s.name for s in _SIGNS),
    "numbered_points",
    "figures",
)
"""The signs, in the order of the weights (the last two are counted, not matched)."""

GIVEN = frozenset({
    "attached_information", "released_now", "released_in_part", "answers_in_text", "figures"
})  # fmt: skip
"""The signs that information is given now (the others are a cover note, a refusal…)."""

ANSWERED = GIVEN | {
    "granted", "refused", "refused_part", "not_held", "withheld_in_full",
    "neither_confirm_nor_deny", "to_follow",
}  # fmt: skip
"""The signs that the request is answered, one way or the other (all but a cover note)."""

_NUMBERED = re.compile(
    r"^[^\S\n]*[\"“]?(?:\(?\d{1,2}[.)]|\(?[a-h]\)|[•●▪◦·*-]|Q\d|Question\s+\d)\s+\S"
)
"""A numbered point or bullet opening a line (the request's questions, or the answers)."""

_NUMBER = re.compile(r"(?<![\w./(+:\[-])\$?\d[\d,]*(?:\.\d+)?%?(?![\w/(:-]|\.\d|,\d)")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
_NOT_A_FIGURE_BEFORE = re.compile(
    rf"(?:\b(?:sections?|ss?|clause|Act|no|number|ref|reference|page|pages|level|box|bag|phone"
    rf"|tel|ph|freephone|request|part|parts|question|questions|item|document|appendix|attachment"
    rf")\.?|{_MONTH}|^[^\S\n]*[\"“]?|#|\d,?[^\S\n]?)\s*$",
    re.IGNORECASE,
)
_NOT_A_FIGURE_AFTER = re.compile(
    rf"[.)]\s|[^\S\n]?[\d–-]|\s*{_MONTH}\b|\s+(?-i:[A-Z])|\s*(?:working\s+days|days\s+(?:of|after)"
    rf"|of\s+the\s+Act)",
    re.IGNORECASE,
)
_FIGURES = 3
"""Figures in the body (not dates, years, sections, references, phone numbers, list
numbers, or a time limit's days) that make an answer in figures."""


_MAX_NUMBERS = 600
"""Numbers looked at, at most (dates, sections and references are most of a letter's)."""


def _figures(own: str) -> list[re.Match[str]]:
    """The figures the letter states: counts, amounts, percentages (see :data:`_FIGURES`)."""
    out = []
    for tried, match in enumerate(_NUMBER.finditer(own)):
        if tried >= _MAX_NUMBERS:
            break
        word = match.group().rstrip("%").lstrip("$").replace(",", "")
        if re.fullmatch(r"\d{4}", word) and "$" not in match.group():
            continue  # a year, a postcode
        line_start = own.rfind("\n", 0, match.start()) + 1
        before = own[max(line_start, match.start() - 24) : match.start()]
        if _NOT_A_FIGURE_BEFORE.search(before) or _NOT_A_FIGURE_AFTER.match(own, match.end()):
            continue
        out.append(match)
        if len(out) >= _FIGURES:
            break
    return out


@dataclass(frozen=True, slots=True)
class Giving:
    """The signs found (each with the words it rests on) and their weighed sum.

    ``score`` > 0 leans to information given now (a *release*), < 0 to nothing
    given now (a *decision*); its size is the strength of the lean, in log-odds.
    """

    signs: tuple[Found[str], ...] = ()
    score: float = 0.0

    def strongest(self, *, release: bool) -> Found[str] | None:
        """The sign pulling hardest towards ``release`` (or away from it), if any."""
        weights = _weights()
        pulls = [
            (weights.get(s.value, 0.0) * (1 if release else -1), s)
            for s in self.signs
            if s.value in weights
        ]
        pulls = [p for p in pulls if p[0] > 0]
        return max(pulls, key=lambda p: p[0])[1] if pulls else None


def _own_end(facts: Facts, quoted: int | None) -> int:
    """Where the letter's own text ends in the flat copy (a quoted message below is not its)."""
    if quoted is None:
        return len(facts.flat)
    lo, hi = 0, len(facts.flat)
    while lo < hi:
        mid = (lo + hi) // 2
        if facts.text.original_offset(mid) < quoted:
            lo = mid + 1
        else:
            hi = mid
    return lo


_LOOK = 300
"""Characters either side of a match looked at for words that unmake a sign."""

_MAX_SENTENCES = 600
"""Sentences looked at, at most: a 5-page letter has about 150; a hostile or book-length
text costs no more than this."""

_MAX_TRIES = 30
"""Matches of one sign weighed at most (a real letter has a handful)."""


def _screened(facts: Facts, end: int) -> dict[str, Found[str]]:
    """The first match of each sign in the letter's own text (to ``end``) that passes its screen.

    By sign name; a sign's pattern is tried only in sentences its gate lets through, and
    at most :data:`_MAX_TRIES` times.
    """
    flat = facts.flat
    found: dict[str, Found[str]] = {}
    tries = dict.fromkeys((s.name for s in _SIGNS), 0)
    for start, sentence_end in facts.text.sentences()[:_MAX_SENTENCES]:
        if start >= end or len(found) == len(_SIGNS):
            break
        stop = min(sentence_end, end)
        low = flat[start:stop].lower()
        for sign in _SIGNS:
            if sign.name in found or tries[sign.name] >= _MAX_TRIES:
                continue
            if not facts.may_match_lowered(sign.gate, start, stop) or sign.gate.search(low) is None:
                continue
            for match in sign.pattern.finditer(flat, start, stop):
                tries[sign.name] += 1
                if _passes(facts, sign, match, start, stop):
                    found[sign.name] = facts.text.found(sign.name, match.start(), match.end())
                    break
                if tries[sign.name] >= _MAX_TRIES:
                    break
    return found


_HAD_ATTACHED = re.compile(r"\b(?:had|has|have|having)\s+(?:[\w-]+\s+){1,4}$", re.IGNORECASE)
"""Before "a document attached": what a thing described has, not what this letter gives."""


def _passes(facts: Facts, sign: _Sign, match: re.Match[str], start: int, stop: int) -> bool:
    """Whether a match of ``sign`` in the sentence ``[start, stop)`` counts."""
    flat, at = facts.flat, match.start()
    before = flat[max(start, at - _WORDS) : at]
    if quote_open(flat[max(0, start - 300) : at]) or (
        # "cases … that had a POL 47 document attached" (dev fyi-25850): described, not given
        sign.name == "attached_information" and _HAD_ATTACHED.search(before)
    ):
        return False  # the request, quoted back
    if sign.act and (_NEGATED.search(before) or _HEDGED.search(before)):
        return False  # "we have not released", "if we release", "once released"
    if sign.act and (_NOT_YET.search(match.group()) or _PURPOSE.search(before)):
        return False  # "… will be withheld", "time is needed to make redactions": not done now
    if not sign.act and _SUPPOSED.search(before):
        return False  # "we will either refuse or grant", "we were considering refusing"
    # "In response to question two, the Department is refusing your request" (looked for near
    # the match: a hostile text with no full stop is one long "sentence")
    if sign.unless is None:
        return True
    # ("Appendix A" where the letter attached the request itself as Appendix A: no sign)
    request_label = sign.name == "attached_information" and _the_request_label(flat, match.group())
    window = (max(start, at - _LOOK), min(stop, match.end() + _LOOK))
    return not request_label and sign.unless.search(flat, *window) is None


def _the_request_label(flat: str, matched: str) -> bool:
    """Whether ``matched`` is only the label the letter attaches the request itself under."""
    label = " ".join(matched.split()).lower()
    if not label.startswith(("appendix", "annex", "attachment")):
        return False
    labels = (" ".join(m["label"].split()).lower() for m in _REQUEST_LABELLED.finditer(flat))
    return label in labels


def features(facts: Facts, quoted: int | None) -> tuple[Found[str], ...]:
    """Each sign found in the letter's own text (its value is the sign's name)."""
    end = _own_end(facts, quoted)
    matched = _screened(facts, end)
    found = [matched[sign.name] for sign in _SIGNS if sign.name in matched]
    own = facts.text.original if quoted is None else facts.text.original[:quoted]
    lines = own.split("\n")
    numbered = [i for i, line in enumerate(lines) if _NUMBERED.match(line)]
    if len(numbered) >= 3:
        at = sum(len(line) + 1 for line in lines[: numbered[0]])
        found.append(Found("numbered_points", lines[numbered[0]].strip()[:120], (at, at + 1)))
    figures = _figures(own)
    if len(figures) >= _FIGURES:
        first = figures[0]
        found.append(Found("figures", first.group(), first.span()))
    return tuple(found)


@cache
def _fitted() -> dict[str, Any]:
    """``data/giving_weights.json``: the weights, the bias under ``""``, and the margin."""
    raw = resources.files("oiaassist.reading.kind").joinpath("data/giving_weights.json").read_text()
    data: dict[str, Any] = json.loads(raw)
    return data


def _weights() -> dict[str, float]:
    return {str(k): float(v) for k, v in _fitted()["weights"].items()}


def prior() -> float:
    """The fitted bias: the log-odds of a release before any sign is seen."""
    return _weights().get("", 0.0)


def margin() -> float:
    """How clearly (log-odds) the signs must lean to overrule the rules' release/decision."""
    return float(_fitted()["margin"])


def score(signs: tuple[Found[str], ...]) -> float:
    """The weighed sum of ``signs`` plus the bias: log-odds that information is given now."""
    weights = _weights()
    names = {s.value for s in signs}
    # in a fixed order: a set's order changes from run to run, and so would the float sum's last bit
    return weights.get("", 0.0) + sum(weights.get(n, 0.0) for n in sorted(names))


def probability(value: float) -> float:
    """The log-odds ``value`` as a probability (for display)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, value))))


def giving(facts: Facts, quoted: int | None) -> Giving:
    """The signs of information given now in ``facts``, weighed (see the module docstring)."""
    signs = features(facts, quoted)
    return Giving(signs, score(signs))
