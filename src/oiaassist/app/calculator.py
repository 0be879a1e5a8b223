"""The quick calculator: a date, an Act and a region give the due date and its trail.

An agency picked from the directory (optional) sets the Act and region for you.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from oiaassist.agencies import Agency
from oiaassist.app.widgets import icons, live, theme
from oiaassist.app.widgets.agency_completer import AgencyCompleter
from oiaassist.app.widgets.choices import fill_act_combo, fill_region_combo
from oiaassist.app.widgets.date_field import replace_date_edit
from oiaassist.app.widgets.day_words import short_day
from oiaassist.app.widgets.forms import child
from oiaassist.dates import nz_today
from oiaassist.deadlines import (
    Deadline,
    clarification_deadline,
    extend_deadline,
    response_deadline,
    transfer_deadline,
)
from oiaassist.errors import OiaAssistError
from oiaassist.i18n import _, long_date, medium_date, ngettext


class Calculator(QObject):
    """Binds ``calculator.ui``; recalculates on every change."""

    def __init__(self, form: QWidget, *, today: date) -> None:
        super().__init__(form)
        self.date = replace_date_edit(child(form, QDateEdit, "calcDateEdit"), today=lambda: today)
        self.agency = child(form, QLineEdit, "calcAgencyEdit")
        self.agencies = AgencyCompleter(self.agency)
        self.agencies.picked.connect(self.choose_agency)
        self.act = child(form, QComboBox, "calcActCombo")
        self.region = child(form, QComboBox, "calcRegionCombo")
        for combo in (self.act, self.region):  # the Acts' long names made the dock 420 px wide
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.extend = child(form, QSpinBox, "calcExtendSpin")
        self.due = child(form, QLabel, "calcDueLabel")
        self.other = child(form, QLabel, "calcOtherLabel")
        self.trail = child(form, QListWidget, "calcTrailList")
        self.error = child(form, QLabel, "calcErrorLabel")
        live.caption(self.error, _("Problem"))
        fill_act_combo(self.act)
        fill_region_combo(self.region, none_label=_("(none: not a council)"))
        self.date.set_date(today)
        self.date.date_changed.connect(lambda _d: self.calculate())
        self.act.currentIndexChanged.connect(self.calculate)
        self.region.currentIndexChanged.connect(self.calculate)
        self.extend.valueChanged.connect(self.calculate)
        self.result: Deadline | None = None
        self.picked: Agency | None = None
        self.calculate()

    def set_date(self, day: date) -> None:
        """Calculate from ``day``."""
        self.date.set_date(day)
        self.calculate()

    def choose_agency(self, agency: Agency) -> None:
        """Use a directory entry's Act and region (a council's calendar), then recalculate.

        Clearing the field later leaves the Act and region as they are.
        """
        self.picked = agency  # its anniversary day may be in doubt (Deadline.alternatives)
        with QSignalBlocker(self.agency), QSignalBlocker(self.act), QSignalBlocker(self.region):
            self.agency.setText(agency.name)
            self.act.setCurrentIndex(max(0, self.act.findData(agency.act.value)))
            self.region.setCurrentIndex(max(0, self.region.findData(agency.calendar_region)))
        self.agency.setToolTip(
            _("From the agency directory: {name}, a {kind}").format(
                name=agency.display_name, kind=_(agency.kind.label)
            )
        )
        self.calculate()

    def calculate(self) -> None:
        """Work out the deadlines for the chosen date, Act and region."""
        act = str(self.act.currentData())
        self.region.setEnabled(act == "lgoima")
        region = self.region.currentData() if act == "lgoima" else None
        received = self.date.value() or nz_today()
        self.error.hide()
        self.trail.clear()
        try:
            deadline = response_deadline(received, act=act, region=region)
            if self.picked is not None and self.picked.act.value == act:
                deadline = deadline.for_agency(self.picked.id)
            if self.extend.value():
                deadline = extend_deadline(deadline, working_days=self.extend.value())
            others = []
            for limit, words in (
                (transfer_deadline, _("Transfer by {day} ({citation})")),
                (
                    clarification_deadline,
                    _("Seek clarification (to restart the clock) by {day} ({citation})"),
                ),
            ):
                try:
                    found = limit(received, act=act, region=region)
                except OiaAssistError:
                    continue
                others.append(
                    words.format(day=medium_date(found.due), citation=found.citation.short)
                )
        except OiaAssistError as exc:
            self.result = None
            live.show(self.due, "")
            live.show(self.other, "")
            live.show(self.error, str(exc), announce=True)
            self.error.show()
            return
        self.result = deadline
        # Where the date rests on an unconfirmed fact, both dates, never one (issue 12).
        live.show(self.error, "")
        live.show(
            self.due,
            "\n".join(
                [
                    _("Due {day}").format(day=long_date(deadline.due)),
                    *(
                        _("or {day} if {condition}").format(
                            day=long_date(alt.due), condition=alt.condition
                        )
                        for alt in deadline.alternatives
                    ),
                ]
            ),
            announce=True,
        )
        after = ngettext(
            "{n} working day after {day} ({citation}).",
            "{n} working days after {day} ({citation}).",
            deadline.total_working_days,
        ).format(
            n=deadline.total_working_days,
            day=medium_date(received),
            citation=deadline.citation.short,
        )
        live.show(self.other, "\n".join([after, *others]))
        chain = [deadline.extends, deadline] if deadline.extends else [deadline]
        for part in chain:
            for skipped in part.skipped if part else ():
                reason = skipped.reason
                item = QListWidgetItem(
                    f"{short_day(skipped.day)} — {skipped.label}\n{reason.citation.short}"
                )
                item.setIcon(icons.dot(theme.pick(theme.NON_WORKING_DOT)))
                self.trail.addItem(item)
        if self.trail.count() == 0:
            self.trail.addItem(_("None: every day counted."))
