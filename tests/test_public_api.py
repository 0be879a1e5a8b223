"""The public API is stated, stable and documented (CHANGELOG.md's version policy).

The lists below ARE the public API. A test failing here means a public name was
added, renamed or removed: update the list, and note the change in CHANGELOG.md
(under Added, Changed, Deprecated or Removed) in the same commit.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

PUBLIC_API: dict[str, list[str]] = {
    "oiaassist": [
        "Act",
        "Agency",
        "Citation",
        "Deadline",
        "HolidayDataError",
        "InputError",
        "Limit",
        "NonWorkingDay",
        "NotInForceError",
        "OiaAssistError",
        "OutOfCoverageError",
        "Reason",
        "ReasonCode",
        "SkippedDay",
        "WorkingDayCalendar",
        "__version__",
        "calendar_for",
        "clarification_deadline",
        "extend_deadline",
        "response_deadline",
        "transfer_deadline",
    ],
    "oiaassist.deadlines": [
        "Alternative",
        "Deadline",
        "NonWorkingDay",
        "SkippedDay",
        "WorkingDayCalendar",
        "calendar_for",
        "clarification_deadline",
        "extend_deadline",
        "pending_on_1987",
        "response_deadline",
        "transfer_deadline",
    ],
    "oiaassist.errors": [
        "HolidayDataError",
        "InputError",
        "LetterError",
        "NotInForceError",
        "OiaAssistError",
        "OutOfCoverageError",
        "RequestFileError",
        "TemplateError",
        "UsageError",
    ],
    "oiaassist.law": [
        "ACT_RULES",
        "Act",
        "ActRules",
        "COVERAGE_END",
        "Citation",
        "Limit",
        "REGIONS",
        "Reason",
        "ReasonCode",
        "Region",
        "Statute",
        "TimeLimit",
        "definition_for",
        "parse_region",
    ],
    "oiaassist.agencies": [
        "Agency",
        "AgencyDataError",
        "AgencyKind",
        "AgencyMatch",
        "LOCAL_AUTHORITY_KINDS",
        "all_agencies",
        "current_successor",
        "disestablished_note",
        "find",
        "get",
        "load_agencies",
        "parse_agencies",
        "search",
        "search_matches",
    ],
    "oiaassist.tracking": [
        "Acknowledged",
        "Assessment",
        "ChargeNotified",
        "ClarificationSought",
        "Clarified",
        "ComplaintBody",
        "ComplaintMade",
        "DecisionNotified",
        "Event",
        "EventType",
        "ExtensionGround",
        "ExtensionNotified",
        "Finding",
        "FindingCode",
        "InformationReleased",
        "Outcome",
        "Received",
        "RefinementDeclined",
        "RefinementWhatIf",
        "Request",
        "RequestItem",
        "SCHEMA_VERSION",
        "Severity",
        "Status",
        "Step",
        "StepKind",
        "Transferred",
        "assess",
        "request_json_schema",
    ],
    "oiaassist.reading": [
        "Author",
        "DateCheck",
        "DateRole",
        "LetterKind",
        "LetterReading",
        "check_reading",
        "every_date",
        "letter_author",
        "letter_text_from_bytes",
        "letter_text_from_file",
        "read_letter",
        "to_events",
    ],
    "oiaassist.drafting": [
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
    ],
}


@pytest.mark.parametrize("module", sorted(PUBLIC_API))
def test_all_is_the_stated_api(module: str) -> None:
    mod = importlib.import_module(module)
    assert sorted(mod.__all__) == PUBLIC_API[module], (
        f"{module}.__all__ changed: update PUBLIC_API here and note it in CHANGELOG.md"
    )
    assert len(set(mod.__all__)) == len(mod.__all__), f"{module}.__all__ repeats a name"


@pytest.mark.parametrize("module", sorted(PUBLIC_API))
def test_every_public_name_resolves(module: str) -> None:
    mod = importlib.import_module(module)
    for name in mod.__all__:
        assert getattr(mod, name, None) is not None, f"{module}.{name}"


def test_public_classes_and_functions_have_docstrings() -> None:
    # The API reference is built from them (docs/api.rst, autodoc).
    missing = []
    for module, names in PUBLIC_API.items():
        mod = importlib.import_module(module)
        for name in names:
            value = getattr(mod, name)
            if (isinstance(value, type) or callable(value)) and not (value.__doc__ or "").strip():
                missing.append(f"{module}.{name}")
    assert not missing


def test_the_api_reference_documents_every_subpackage() -> None:
    api = REPO / "docs" / "api.rst"
    if not api.is_file():
        pytest.skip("docs/ is not here (an installed wheel, not a source tree)")
    documented = set(re.findall(r"^\.\. automodule:: (\S+)", api.read_text("utf-8"), re.M))
    assert documented == set(PUBLIC_API)


def test_the_package_is_typed() -> None:
    import oiaassist  # noqa: PLC0415

    assert (Path(oiaassist.__file__).parent / "py.typed").is_file()
