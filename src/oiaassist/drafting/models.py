"""Letter context models: what a letter says, as validated data.

Each letter is one pydantic model. Its fields are what the user writes (in the
app or a JSON file); its computed fields are what oiaassist works out (the
statutory response date, the sections to cite). A template sees exactly
``model_dump()`` of the model — nothing else — so "which variables can a
template use?" has one answer: the model's fields and computed fields
(``Model.model_json_schema(mode="serialization")`` lists them).

Models are lenient on purpose: a half-written request still validates, so the
checks in :mod:`.checks` can say what is missing while the user types.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator, model_validator

from oiaassist.deadlines import response_deadline
from oiaassist.drafting.provisions import LetterLaw, letter_law
from oiaassist.i18n import _
from oiaassist.law.acts import Act
from oiaassist.tracking.events import Day, Flag
from oiaassist.tracking.fields import ActField, RegionField, text_items

MAX_TEXT = 2_000_000
"""Characters in one free-text field: long enough for any real letter (and the
1 MB hostile-text tests), short enough that a pasted file cannot exhaust memory."""

Text = Annotated[str, Field(max_length=MAX_TEXT)]
Line = Annotated[str, Field(max_length=1000)]
Locale = Literal["en_NZ", "mi"]


class DraftModel(BaseModel):
    """Strict input: unknown fields are errors (a typo is not silently ignored)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Requester(DraftModel):
    """Who is asking: the letter's signature and where the answer goes.

    Attributes:
        name: the requester's name (an agency may ask for it; s 12(1) eligibility).
        email: where the agency should reply.
        postal_address: lines of a postal address, separated by newlines.
        phone: optional.
        organisation: e.g. a newsroom, for a journalist writing for it.
    """

    name: Line = ""
    email: Line = ""
    postal_address: Text = ""
    phone: Line = ""
    organisation: Line = ""


def N_(message: str) -> str:  # noqa: N802 - the gettext convention pybabel looks for
    """Mark ``message`` for the catalog; it is translated later, when shown, with ``_``."""
    return message


GREETINGS = (N_("Tēnā koutou"), N_("Tēnā koe"), N_("Kia ora"), N_("Dear Sir or Madam"))
"""Suggested greetings; any text is accepted. Untranslated: the first is the default."""
SIGN_OFFS = (
    N_("Ngā mihi"),
    N_("Nāku noa, nā"),
    N_("Yours sincerely"),
    N_("Yours faithfully"),
    N_("Kind regards"),
)
"""Suggested sign-offs; the first is the default."""


def _choices(phrases: tuple[str, ...]) -> list[str]:
    seen: dict[str, None] = {}
    for phrase in phrases:
        seen.setdefault(_(phrase))
    return list(seen)


def greeting_choices() -> list[str]:
    """The greetings to offer, in the current language.

    In te reo Māori "Dear Sir or Madam" is "Tēnā koutou", so the list gets
    shorter rather than offering English.
    """
    return _choices(GREETINGS)


def sign_off_choices() -> list[str]:
    """The sign-offs to offer, in the current language."""
    return _choices(SIGN_OFFS)


class LetterStyle(DraftModel):
    """Choices of tone and language.

    Attributes:
        greeting: e.g. "Tēnā koutou" (to an agency), "Tēnā koe", "Dear Sir or Madam".
        sign_off: e.g. "Ngā mihi", "Nāku noa, nā", "Yours sincerely".
        locale: the language dates are written in: "en_NZ" ("Friday,
            11 October 2024") or "mi" ("Paraire, 11 Oketopa 2024").
    """

    greeting: Line = GREETINGS[0]
    sign_off: Line = SIGN_OFFS[0]
    locale: Locale = "en_NZ"


class Letter(DraftModel):
    """What every letter has: who signs it, how it greets, and its date.

    Subclasses name their templates (``template``) and provide, as fields or
    computed fields, what the shared letterhead uses: ``recipient``,
    ``recipient_address``, ``recipient_email``, ``reference`` and ``law``.
    """

    template: ClassVar[str]
    """Stem of the template files: ``templates/<template>.txt`` and ``.docx``."""

    requester: Requester = Requester()
    style: LetterStyle = LetterStyle()
    dated: Day


class Eligibility(StrEnum):
    """Why the requester may use the OIA (s 12(1)): the letter can say so."""

    CITIZEN = "citizen"
    PERMANENT_RESIDENT = "permanent_resident"
    IN_NEW_ZEALAND = "in_new_zealand"
    BODY_CORPORATE = "body_corporate"
    PLACE_OF_BUSINESS = "place_of_business"


class DraftItem(DraftModel):
    """One numbered item of a request: what information, for which period, of what kinds.

    Attributes:
        text: what is asked for, in the requester's words.
        date_from: the start of the period, if any.
        date_to: the end of the period; None with a start means "to the date of the request".
        document_types: e.g. "briefings to the Minister", "emails", "meeting notes".
    """

    text: Text
    date_from: Day | None = None
    date_to: Day | None = None
    document_types: list[Line] = Field(default_factory=list)

    @model_validator(mode="after")
    def _range_in_order(self) -> DraftItem:
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValueError(
                f"date_to {self.date_to.isoformat()} is before date_from "
                f"{self.date_from.isoformat()}"
            )
        return self


_SPACES = re.compile(r"\s+")


def one_line(text: str) -> str:
    """Collapse all whitespace (newlines too) to single spaces: for subjects and headers."""
    return _SPACES.sub(" ", text).strip()


class RequestDraft(Letter):
    """A new request for official information.

    Attributes:
        agency: who the request goes to (one agency per letter).
        agency_email: the agency's address for requests (for email and .eml).
        agency_address: a postal address, lines separated by newlines.
        act: the Act it is made under ("oia" or "lgoima"; "privacy" for one's
            own information under IPP 6).
        region: for LGOIMA, the council's region (its anniversary day).
        subject: a short title, used in the subject line.
        background: optional context before the numbered items.
        items: the numbered items.
        format_preferences: how the requester would like the information (s 16).
        urgent: whether urgency is asked for (s 12(3)); give ``urgency_reasons``.
        urgency_reasons: why it is urgent.
        ask_grounds: ask, should anything be withheld, for the grounds in
            support and the public-interest factors considered (s 19(a)(ii)).
        eligibility: optionally state why the requester may ask (s 12(1)).
        reference: a reference the requester already has, if any.
        receipt_unknown: the day the agency will receive it is not known yet (a
            draft in the app): the letter then states the 20 working days
            without a date, rather than invent one.
    """

    template: ClassVar[str] = "request"

    agency: Line = ""
    agency_email: Line = ""
    agency_address: Text = ""
    act: ActField = Act.OIA
    region: RegionField = None
    subject: Line = ""
    background: Text = ""
    items: list[DraftItem] = Field(default_factory=list)
    format_preferences: list[Text] = Field(default_factory=list)
    urgent: Flag = False
    urgency_reasons: Text = ""
    ask_grounds: Flag = False
    eligibility: Eligibility | None = None
    reference: Line = ""
    receipt_unknown: bool = False

    @field_validator("items", mode="before")
    @classmethod
    def _items(cls, value: Any) -> Any:
        return text_items(value)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def law(self) -> LetterLaw:
        """The sections this letter cites, for its Act."""
        return letter_law(self.act)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def respond_by(self) -> date | None:
        """The statutory response date if the agency receives the letter on ``dated``.

        None when ``receipt_unknown``: the letter then gives no date.
        """
        if self.receipt_unknown:
            return None
        return response_deadline(self.dated, act=self.act, region=self.region).due

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recipient(self) -> str:
        """Who the letter is addressed to."""
        return self.agency

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recipient_address(self) -> str:
        """The recipient's postal address."""
        return self.agency_address

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recipient_email(self) -> str:
        """Where an email of the letter goes."""
        return self.agency_email
