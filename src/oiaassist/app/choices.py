"""The Act and region choices, shared by the Compose tab, the event editor and the calculator."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from oiaassist.law import REGIONS, Act

ACTS = (
    (Act.OIA, "Official Information Act 1982 (OIA)"),
    (Act.LGOIMA, "Local Government Official Information and Meetings Act 1987 (LGOIMA)"),
    (Act.PRIVACY, "Privacy Act 2020 (information about you)"),
)


def fill_act_combo(combo: QComboBox) -> None:
    """The Acts, with their values ("oia"…) as item data."""
    for act, label in ACTS:
        combo.addItem(label, act.value)


def fill_region_combo(combo: QComboBox, *, none_label: str = "(not a council)") -> None:
    """A "none" choice and every region by name, with their codes as item data."""
    combo.addItem(none_label, None)
    for code, region in sorted(REGIONS.items(), key=lambda kv: kv[1].name):
        combo.addItem(region.name, code)
