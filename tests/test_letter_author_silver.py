"""The author finder on agency messages from the silver set (issue 13).

The silver set (``tests/corpus/silver/``) holds agency messages from FYI.org.nz threads,
each labelled by the body that wrote it and whether its own text shows it; split by body
as the letters corpus is. Each case below is a silver **dev** message's own words (its
id and FYI page are given), cut to the lines that matter: the mechanism it tests reads
a whole family of letters, not that message. The last test holds the finder's figures
on the silver dev set to a measured floor (``benchmarks/probe_author_silver.py``).
"""

from __future__ import annotations

from pathlib import Path

from oiaassist.reading import read_letter
from oiaassist.reading.author import letter_author

SILVER = Path(__file__).parent / "corpus" / "silver"


def _author(text: str) -> str | None:
    """The author as the letter bench reads it (bodies the letter rules out passed on)."""
    found = letter_author(text, not_these=read_letter(text).not_authors)
    return None if found is None else found.name


# s27571-1: https://fyi.org.nz/request/27571/response/105637/attach/html/2/OIA24%20298%20letter%20to%20requester.pdf.html
S27571 = (
    "[name]\n"
    "[FYI request #27571 email] Dear [name],\n"
    "I refer to your email dated 11 July 2024, requesting the following under the Official\n"
    "Information Act 1982 (the Act):\n"
    "“In this interview from 8 July 2024\n"
    "Z6oz4ee4bivb0sd-SoWY0KGGLOgQY7mBFbHF-yzOYq54n$ ), you refer to a cost-benefit\n"
    "analysis relating to the government's approach in the draft Land Transport "
    "Rule: Setting of\n"
    "Speed Limits 2024. Under the OIA, I request all information relating to this "
    "cost-benefit\n"
    "analysis. In the same interview, you refer to safety measures. I also request "
    "all information relating to\n"
    "any safety analysis undertaken relating to the proposed Rule, such as modelling of the\n"
    "expected change in deaths and serious injuries (DSI), or analysis of "
    "historical DSI data. I also request information on the drafting process of "
    "the Rule, in particular when drafting\n"
    "commenced; which organisations, bodies or offices were involved in the drafting of the\n"
    "proposed Rule, and at what stage; and a list of documents referred to in the drafting\n"
    "process.” The Ministry of Transport (the Ministry) undertook an analysis of "
    "the costs and benefits of\n"
    "the draft Setting of Speed Limits Rule 2024 (the draft Rule) as part of the "
    "Regulatory Impact\n"
    "Statement (RIS) on the draft Rule. As the RIS has been published on the "
    "Ministry’s website,\n"
    "I am refusing this part of your request under Section 18(d) of the Act – the "
    "information is\n"
    "publicly available.\n"
)


def test_a_sentence_after_the_quoted_request_is_the_letters_own() -> None:
    """A quoted request ends at its closing mark: "…process.” The Ministry of Transport
    (the Ministry) undertook an analysis" opens the letter's own sentence (its words
    before, "referred to in the drafting process", are the requester's), and "undertook"
    is a finite verb as "…ed" is."""
    assert _author(S27571) == "Ministry of Transport"


# s30925-1: https://fyi.org.nz/request/30925/response/124412/attach/html/2/OIA%20Response%20Emily%20O%20Callaghan%2002923.pdf.html
S30925 = (
    "OIA-CE-2025-02923\n"
    "5 June 2025\n"
    "[name]\n"
    "[FYI request #30925 email]\n"
    "Tēnā koe [name]\n"
    "Thank you for your email, received on 8 May 2025, to Oranga Tamariki—Ministry for\n"
    "Children (Oranga Tamariki) requesting information on complaints by rangatahi in\n"
    "Youth Justice residences. Your request has been considered under the Official\n"
)


def test_your_email_comma_received_on_a_date_to_the_body() -> None:
    """ "Thank you for your email, received on 8 May 2025, to Oranga Tamariki—Ministry
    for Children": "your email … to X" with a comma after "email"."""
    assert _author(S30925) == "Oranga Tamariki—Ministry for Children"


# s24691-1: https://fyi.org.nz./request/24691/response/96876/attach/html/6/OI%2024%20056%20Ohakune%20Ratepayers%20and%20Residents%20Society%20response.pdf.html
S24691 = (
    "22 February 2024\n"
    "Ohakune Ratepayers and Residents' Society Inc\n"
    "[FYI request #24691 email]\n"
    "Tēnā koutou Ohakune Ratepayers and Residents' Society Inc\n"
    "Thank you for your request to the Ministry of Housing and Urban Development "
    "under the Of icial\n"
    "Information Act 1982 (the Act). Your request was partially transferred to "
    "Kāinga Ora – Homes and\n"
    "Communities on 25 January 2024:\n"
    "Regarding Question 2, I refer you to published information on our website. "
    "This includes OIA\n"
    "responses of 26 September 2023, and 18 October 2023 on our website at:\n"
    "https:/ "
    "kaingaora.govt.nz/en_NZ/urban-development-and-public-housing/public-housing/public-\n"
    "housing-developments/manawatu-whanganui-region/teitei-drive/\n"
    "Regarding Question 3, I refer you to our responses the Society’s President Mr "
    "Barry Murphy dated 31\n"
)


def test_the_transferee_calls_its_site_our_website() -> None:
    """The request went to HUD and part was "transferred to Kāinga Ora"; the letter then
    gives kaingaora.govt.nz as "our website": the transferee answers in its own name
    (the reader rules the transferee out as the author of a transfer notice, but only
    the writer calls a site its own)."""
    assert _author(S24691) == "Kāinga Ora—Homes and Communities"


def test_a_writer_that_transfers_the_request_itself_keeps_the_conflict() -> None:
    """The same words with the writer transferring the request there ("I have
    transferred…"): the writer is not that body, and no author is named."""
    text = S24691.replace(
        "Your request was partially transferred", "I have partially transferred your request"
    )
    assert _author(text) is None


# s9749-1: https://fyi.org.nz/request/9749-lime-scooters-braking-failures
S9749 = (
    "Dear [name],\n"
    "\n"
    "\n"
    "Thank you for your email.\n"
    "\n"
    "\n"
    "We are handling your request under the Local Government Official\n"
    "Information and Meetings Act 1987 (LGOIMA). Your request has been\n"
    "forwarded to the appropriate Christchurch City Council staff, and we will\n"
    "provide a response or update within 20 working days of the date we\n"
    "received your request.\n"
    "\n"
    "\n"
    "Yours sincerely,\n"
    "\n"
    "|Ana\n"
)


def test_the_appropriate_staff_of_the_body() -> None:
    """ "Your request has been forwarded to the appropriate Christchurch City Council
    staff": the writer's own staff, the body's name before the unit."""
    assert _author(S9749) == "Christchurch City Council"


# s24724-1: https://fyi.org.nz/request/24724/response/93599/attach/html/3/Amy%20T%20FYI%20IR%2001%2023%2035851%20OIA%20response.pdf.pdf.html
S24724 = (
    "28 November 2023\n"
    "IR-01-23-35851\n"
    "[name]\n"
    "[FYI request #24724 email]\n"
    "Tēnā koe [name]\n"
    "I am writing to you in response to your Official Information Act 1982 (OIA) "
    "request dated\n"
    "13 November 2023. You asked:\n"
    "I can advise that there is no specific reference to Freemasons membership in "
    "the firearms\n"
    "licencing process.\n"
    "Te Tari Pūreke – Firearms Safety Authority assess Firearms licence applicants against\n"
    "legislative criteria, their chosen referees and personal history information.\n"
    "Te Tari Pūreke – Firearms Safety Authority\n"
    "Telephone: 0800 844 431\n"
    "www.firearmssafetyauthority.govt.nz\n"
    "Te Tari Pūreke – Firearms Safety Authority is a business unit of New Zealand Police.\n"
    "Please see the fol owing link to the Arms Act 1983. Sections 23 determines who \n"
)


def test_a_business_unit_is_read_as_its_body() -> None:
    """ "Te Tari Pūreke – Firearms Safety Authority is a business unit of New Zealand
    Police": the unit signs, and the Act applies to the body it is part of."""
    found = letter_author(S24724)
    assert found is not None
    assert found.name == "New Zealand Police"
    assert "business unit of New Zealand Police" in found.evidence


def test_a_unit_the_letter_does_not_place_stays_as_written() -> None:
    """Without "is a business unit of …" the unit is named as the letter names it."""
    text = S24724.replace(" is a business unit of New Zealand Police", "")
    found = letter_author(text)
    assert found is not None
    assert found.agency is None


# s18188-1: https://fyi.org.nz/request/18188/response/70090/attach/html/2/MW%20OIA%2021%2022%200018%20Response%20to%20Liz%20Simons.pdf.html
S18188 = (
    "Does the Ministry support transwomen in women's sports. \n"
    " \n"
    "Yours faithfully, \n"
    "[name] \n"
    " \n"
    "MW-OIA 21-22 0018 D-248522 \n"
    "\n"
    " \n"
    " \n"
    " \n"
    "The information you have requested is below. This information is sourced from "
    "the Public \n"
    "Service Commission Te Kawa Mataaho (PSC) Workforce Data Collection for 30 "
    "June 2021. \n"
    "The Workforce Data Collection is the annual process, led by PSC, to gather "
    "core Public \n"
    "Sector data. The information is available on the PSC website here: \n"
    "https:/ www.publicservice.govt.nz/our-work/workforce-data/. \n"
    " \n"
    " \n"
    "What \n"
)


def test_a_link_to_another_bodys_page_after_a_closing_is_no_signature() -> None:
    """The requester's "Yours faithfully, [name]" inside the quoted request is followed by
    the letter's prose and a link to a page of the Public Service Commission's site: a
    link to a page is a mention, wherever it stands (here the only other evidence is a
    reference prefix, "MW-OIA", which alone shows no author)."""
    assert _author(S18188) is None


# s29755-1: https://fyi.org.nz./request/29755/response/118060/attach/html/4/OIA%20decision%20letter%20Prescott.pdf.html
S29755 = (
    "17 February 2025\n"
    "[name]\n"
    "[FYI request #29755 email] Tēnā koe [name]\n"
    "Official Information Act request\n"
    "Thank you for your email dated 15 January 2025 to the Ministry of Disabled "
    "People\n"
    "– Whaikaha (Whaikaha), in which you requested budget information for Enabling\n"
    "Good Lives (EGL) sites, numbers of FTE employees, and numbers of participants\n"
    "(clients). On 15 January 2025, you narrowed the scope of your request to\n"
    "information about EGL Waikato only.\n"
    "On 16 January 2025, Whaikaha transferred your request to the Ministry of "
    "Social\n"
    "Development (the Ministry) as the agency best placed to respond. As you may "
    "be\n"
    "aware, responsibility for the administration of funding for disability "
    "support\n"
    "services transferred from Whaikaha to the Ministry in September 2024.\n"
    "I have considered your request under the Official Information Act 1982 (the "
    "Act)\n"
    "and decided to grant it in part. You will find my decision on each part of "
    "your\n"
    "request set out below.\n"
    "I note that FY 2025/26 is yet to commence and the information you have "
    "requested\n"
    "for this period does not exist. On that basis, I am declining this element of "
    "your\n"
    "request in accordance with section 18(g) of the Act. The information you "
    "requested\n"
    "is not held by the Ministry and I have no grounds to believe that the "
    "information\n"
    "is either held by or closely connected to the functions of another "
    "department,\n"
    "Minister of the Crown, or organisation.\n"
    "1. Actual and proposed annual EGL Waikato budgets for FY 2019/20 to FY\n"
)


def test_the_transferee_decides_a_request_another_body_transferred() -> None:
    """ "Whaikaha transferred your request to the Ministry of Social Development (the
    Ministry) as the agency best placed to respond … I am declining this element of your
    request in accordance with section 18(g)": the body that transferred it is named in
    the third person and the letter decides, so the transferee writes (s 14 OIA)."""
    found = letter_author(S29755, not_these=read_letter(S29755).not_authors)
    assert found is not None
    assert found.name == "Ministry of Social Development"
    assert found.evidence.startswith("Whaikaha transferred your request")


def test_a_transfer_notice_in_the_first_person_is_not_the_transferees() -> None:
    """The same words as the transferring body's own notice ("We transferred your
    request…"): the letter is not the transferee's."""
    text = S29755.replace("Whaikaha transferred your request", "we transferred your request")
    found = letter_author(text, not_these=read_letter(text).not_authors)
    assert found is None or found.name != "Ministry of Social Development"
