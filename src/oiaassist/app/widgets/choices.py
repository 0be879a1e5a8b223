"""The Act and region choices, shared by the Compose tab, the event editor and the calculator."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from oiaassist.i18n import _
from oiaassist.law import REGIONS, Act


def act_choices() -> tuple[tuple[Act, str], ...]:
    """Each Act and its name in the current language."""
    return (
        (Act.OIA, _("Official Information Act 1982 (OIA)")),
        (Act.LGOIMA, _("Local Government Official Information and Meetings Act 1987 (LGOIMA)")),
        (Act.PRIVACY, _("Privacy Act 2020 (information about you)")),
    )


def fill_act_combo(combo: QComboBox) -> None:
    """The Acts, with their values ("oia"…) as item data."""
    for act, label in act_choices():
        combo.addItem(label, act.value)


def fill_region_combo(combo: QComboBox, *, none_label: str = "") -> None:
    """A "none" choice ("(not a council)" unless given) and every region by name, codes as data."""
    combo.addItem(none_label or _("(not a council)"), None)
    for code, region in sorted(REGIONS.items(), key=lambda kv: kv[1].name):
        combo.addItem(region.name, code)
