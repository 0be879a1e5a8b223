"""The request pages in the shipped agency data come from the agencies' own sites."""

from __future__ import annotations

from urllib.parse import urlsplit

from oiaassist.agencies import load_agencies

# Hosts that carry copies of, or requests to, agencies' pages but are not the agencies' own.
NOT_OWN_SITE = (
    "fyi.org.nz",
    "cwp.govt.nz",
    "t1cloud.com",
    "citylaws.org",
    "ombudsman.parliament.nz",
)


def test_request_urls_are_on_the_agencys_own_site() -> None:
    for agency in load_agencies():
        if not agency.request_url:
            continue
        host = (urlsplit(agency.request_url).hostname or "").rstrip(".")
        assert host, agency.id
        assert not any(host == h or host.endswith("." + h) for h in NOT_OWN_SITE), agency.id


def test_some_request_urls_are_filled() -> None:
    assert sum(1 for a in load_agencies() if a.request_url) >= 30
