"""The phrases the request checks look for, as regular expressions.

Kept apart from :mod:`.checks` so the wording can be reviewed (and extended)
on its own. Each pattern errs towards silence: a check that fires on ordinary
wording teaches people to ignore every check.
"""

from __future__ import annotations

import re

DATE_LIKE = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:since|between)\b|"
    r"\b(?:in|over|during) the (?:last|past|previous)\b|\b(?:this|last|previous) "
    r"(?:year|month|week|financial year)\b|\bfinancial year\b",
    re.IGNORECASE,
)
SWEEPING = re.compile(
    r"\bany and all\b|\ball (?:the )?information\b|\bany information\b|"
    r"\bincluding,? but not limited to\b|\beverything\b|"
    r"\ball (?:documents|records|material|materials|correspondence|communications|emails)"
    r" (?:relating|related|relevant|pertaining|regarding|concerning|about|in relation|"
    r"in connection|that (?:mention|refer))",
    re.IGNORECASE,
)
OPINION = re.compile(
    r"^\s*(?:why|how come|can you explain|please explain|explain|justify|comment on)\b|"
    r"\byour (?:opinion|view|views|thoughts|reasoning)\b|"
    r"^\s*what (?:is|are|was|were) the \w+'s (?:opinion|view|views|position|reasons?)\b|"
    r"\bwhy (?:did|does|do|is|was|were|has|have|hasn't|haven't|didn't)\b|"
    r"\bdo you (?:think|believe|agree|consider)\b|\bexplain (?:why|how)\b",
    re.IGNORECASE,
)
PERSONAL = re.compile(
    r"\b(?:about|concerning|regarding|relating to|mentioning|naming) (?:me|myself)\b|"
    r"\bmy (?:own |personal )?(?:file|files|record|records|personal information|details|"
    r"application|case|claim|complaint|account|employment|visa|benefit|tax|medical|health|"
    r"history|data)\b|\bthat (?:mention|name|refer to) me\b",
    re.IGNORECASE,
)
AGENCY_WORD = re.compile(
    r"\b(?:Ministry|Department|Council|Commission|Authority|Office|Agency|Service|Board|"
    r"Corporation|Police|Treasury|Te\s+\w+|Inland Revenue|Defence Force|Crown)\b",
    re.IGNORECASE,
)
# Not "/" or "-": bilingual names ("Te Tari Taake / Inland Revenue") are one agency.
AGENCY_SPLIT = re.compile(r"\s*(?:;|\+|&|\n|,?\s+and\s+)\s*")
EMAIL_SPLIT = re.compile(r"[,;\s]+")
