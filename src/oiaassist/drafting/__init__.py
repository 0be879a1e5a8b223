"""Letters: a new request, replies and follow-ups, as plain text, .docx and email.

Each letter is a pydantic model (its fields are what a template may use);
:mod:`.render` turns one into plain text with a subject, a .docx, an .eml or
a ``mailto:`` link, always in a Jinja sandbox::

    from oiaassist.drafting import check_draft, render_docx, render_text
    from oiaassist.drafting.examples import seed_request_draft

    draft = seed_request_draft()
    print(render_text(draft))                  # Subject: ... then the body
    open("request.docx", "wb").write(render_docx(draft))
    [issue.message for issue in check_draft(draft)]   # "Item 1 gives no date range."…
"""

from oiaassist.drafting.checks import CheckCode, Issue, Severity, check_draft
from oiaassist.drafting.followups import Complaint, ComplaintGround, GroundsRequest, Reminder
from oiaassist.drafting.kinds import LetterKind
from oiaassist.drafting.models import (
    DraftItem,
    Eligibility,
    Letter,
    LetterStyle,
    RequestDraft,
    Requester,
    greeting_choices,
    sign_off_choices,
)
from oiaassist.drafting.render import (
    PlainLetter,
    letter_context,
    mailto_link,
    render_docx,
    render_eml,
    render_text,
)
from oiaassist.drafting.replies import CounterProposal, RefinementReply, ReplyChoice
from oiaassist.drafting.templates import TemplateFolder

__all__ = [
    "CheckCode",
    "Complaint",
    "ComplaintGround",
    "CounterProposal",
    "DraftItem",
    "Eligibility",
    "GroundsRequest",
    "Issue",
    "Letter",
    "LetterKind",
    "LetterStyle",
    "PlainLetter",
    "RefinementReply",
    "Reminder",
    "ReplyChoice",
    "RequestDraft",
    "Requester",
    "Severity",
    "TemplateFolder",
    "check_draft",
    "greeting_choices",
    "letter_context",
    "mailto_link",
    "render_docx",
    "render_eml",
    "render_text",
    "sign_off_choices",
]
