"""Council name forms derived from the directory for every body (issue 13, round 8).

"<Place> DC/CC/RC" and "<Place> Council" are computed from each council's directory
name, kept only where the form stands for one body. Derived from the directory itself
(agencies.csv), not from a letter: no dev letter or silver dev message writes such a form
(benchmarks/probe_author_forms.py: 0 own, 0 other uses).
"""

from __future__ import annotations

from oiaassist.agencies import find
from oiaassist.reading.author.derived import derived_forms
from oiaassist.reading.author.names import _names


def _texts() -> dict[str, str]:
    return {f.text: f.agency.id for f in derived_forms()}


def test_a_district_council_gets_its_short_forms() -> None:
    forms = _texts()
    gore = find("Gore District Council")
    assert forms["Gore DC"] == gore.id
    assert forms["Gore Council"] == gore.id
    assert "Gore DC" in _names(gore, aliases=True)


def test_a_place_other_bodies_share_gets_no_short_council_form() -> None:
    forms = _texts()
    # Waikato District Council beside Waikato Regional Council; Nelson City Council
    # beside Nelson Marlborough DHB: "<Place> Council" would name either.
    assert "Waikato Council" not in forms
    assert "Nelson Council" not in forms
    assert forms["Waikato DC"] != forms["Waikato RC"]


def test_the_abbreviation_is_read_only_in_capitals() -> None:
    gore = next(f for f in derived_forms() if f.text == "Gore DC")
    assert gore.pattern.search("Ngā mihi, Gore DC") is not None
    assert gore.pattern.search("the gore dc") is None
