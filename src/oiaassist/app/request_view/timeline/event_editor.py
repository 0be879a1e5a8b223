"""The fields of the selected event, built for its type (see :mod:`.event_fields`).

Each edit changes the event's dict in place and calls ``on_change``; the
timeline hands the events to the editor, which validates, assesses and
saves, so the findings update as you type.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oiaassist.app.request_view.timeline.event_fields import (
    BODIES,
    FIELD_KINDS,
    GROUNDS,
    LIMITS,
    OUTCOMES,
    fields_of,
)
from oiaassist.app.request_view.timeline.event_words import (
    choice_label,
    event_label,
    field_label,
    ground_label,
)
from oiaassist.app.widgets.choices import fill_act_combo, fill_region_combo
from oiaassist.app.widgets.date_field import DateField
from oiaassist.app.widgets.qdates import parse_iso
from oiaassist.i18n import _
from oiaassist.law.acts import Act

Event = dict[str, Any]
Setter = Callable[[object], None]


def _date_edit(value: object, set_value: Setter, *, optional: bool) -> QWidget:
    """A typed date (see :mod:`.date_field`); an optional one is empty when not stated."""
    field = DateField(parse_iso(value), optional=optional)
    field.date_changed.connect(lambda d: set_value(d.isoformat() if d else None))
    return field


def _narrow_combo() -> QComboBox:
    """A combo box as narrow as 14 characters: the Acts' long names squeezed the list."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


def _combo(choices: list[tuple[str, object]], value: object, set_value: Setter) -> QComboBox:
    combo = _narrow_combo()
    for label, data in choices:
        combo.addItem(label, data)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    combo.currentIndexChanged.connect(lambda _i: set_value(combo.currentData()))
    return combo


def _grounds(value: object, set_value: Setter) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    chosen = set(value) if isinstance(value, list) else set()
    checks: list[tuple[str, QCheckBox]] = []
    for ground in GROUNDS:
        check = QCheckBox(choice_label(ground))
        check.setChecked(ground in chosen)
        column.addWidget(check)
        checks.append((ground, check))
    for _ground, check in checks:
        check.toggled.connect(lambda _on: set_value([g for g, c in checks if c.isChecked()]))
    return box


def _money(value: object, set_value: Setter, *, optional: bool) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, 1_000_000_000)
    spin.setDecimals(2)
    spin.setPrefix("$")
    if optional:
        spin.setSpecialValueText("none")
    try:
        spin.setValue(float(Decimal(str(value)))) if value is not None else spin.setValue(0)
    except InvalidOperation:
        spin.setValue(0)

    def changed(amount: float) -> None:
        set_value(None if optional and amount == 0 else f"{amount:.2f}")

    spin.valueChanged.connect(changed)
    return spin


def _text(value: object, set_value: Setter) -> QPlainTextEdit:
    edit = QPlainTextEdit(str(value or ""))
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(90)
    edit.textChanged.connect(lambda: set_value(edit.toPlainText()))
    return edit


def _line(value: object, set_value: Setter, *, listed: bool = False) -> QLineEdit:
    text = ", ".join(value) if listed and isinstance(value, list) else str(value or "")
    edit = QLineEdit(text)
    if listed:
        edit.setPlaceholderText("e.g. 9(2)(a), 18(d)")
        edit.textEdited.connect(lambda t: set_value([s.strip() for s in t.split(",") if s.strip()]))
    else:
        edit.textEdited.connect(lambda t: set_value(t.strip()))
    return edit


def _days(value: object, set_value: Setter) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 1000)
    spin.setSpecialValueText(_("not stated"))
    spin.setSuffix(" " + _("working days"))
    spin.setValue(int(value) if isinstance(value, int) else 0)
    spin.valueChanged.connect(lambda n: set_value(n or None))
    return spin


def _flag(value: object, set_value: Setter, label: str) -> QCheckBox:
    check = QCheckBox(label)
    check.setChecked(bool(value))
    check.toggled.connect(lambda on: set_value(bool(on)))
    return check


def _choice(kind: str, value: object, set_value: Setter) -> QComboBox:
    if kind == "tristate":
        choices: list[tuple[str, object]] = [
            (_("not recorded"), None),
            (_("yes"), True),
            (_("no"), False),
        ]
        return _combo(choices, value, set_value)
    if kind in ("outcome", "body", "limit"):
        values = {"outcome": OUTCOMES, "body": BODIES, "limit": LIMITS}[kind]
        return _combo([(choice_label(v), v) for v in values], value, set_value)
    combo = _narrow_combo()
    if kind == "act":
        combo.addItem(_("(the same Act)"), None)
        fill_act_combo(combo)
    else:
        fill_region_combo(combo)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    combo.currentIndexChanged.connect(lambda _i: set_value(combo.currentData()))
    return combo


Builder = Callable[[str, str, object, Setter], QWidget]
_BUILDERS: dict[str, Builder] = {
    "date": lambda _k, _l, v, s: _date_edit(v, s, optional=False),
    "optional_date": lambda _k, _l, v, s: _date_edit(v, s, optional=True),
    "money": lambda _k, _l, v, s: _money(v, s, optional=False),
    "optional_money": lambda _k, _l, v, s: _money(v, s, optional=True),
    "flag": lambda _k, label, v, s: _flag(v, s, label),
    "tristate": lambda k, _l, v, s: _choice(k, v, s),
    "outcome": lambda k, _l, v, s: _choice(k, v, s),
    "body": lambda k, _l, v, s: _choice(k, v, s),
    "limit": lambda k, _l, v, s: _choice(k, v, s),
    "act": lambda k, _l, v, s: _choice(k, v, s),
    "region": lambda k, _l, v, s: _choice(k, v, s),
    "grounds": lambda _k, _l, v, s: _grounds(v, s),
    "days": lambda _k, _l, v, s: _days(v, s),
    "text": lambda _k, _l, v, s: _text(v, s),
    "sections": lambda _k, _l, v, s: _line(v, s, listed=True),
    "line": lambda _k, _l, v, s: _line(v, s),
}


def field_widget(kind: str, label: str, value: object, set_value: Setter) -> QWidget:
    """A widget editing one field of kind ``kind`` (see ``FIELD_KINDS``)."""
    return _BUILDERS.get(kind, _BUILDERS["line"])(kind, label, value, set_value)


class EventEditor(QObject):
    """Edits one event at a time in a form inside ``host``."""

    def __init__(self, host: QWidget, on_change: Callable[[], None]) -> None:
        super().__init__(host)
        self._host = host
        self._on_change = on_change
        self._form: QWidget | None = None
        self.current: Event | None = None
        self.widgets: dict[str, QWidget] = {}
        self.act = Act.OIA
        """The request's Act: the sections beside the extension grounds follow it."""
        layout = host.layout()
        assert layout is not None
        self._layout = layout

    def show_event(self, event: Event | None) -> None:
        """Edit ``event`` (None: show a hint instead)."""
        self.current = event
        self.widgets = {}
        if self._form is not None:
            self._layout.removeWidget(self._form)
            self._form.deleteLater()
        self._form = QWidget(self._host)
        form = QFormLayout(self._form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels go above their fields when the form is narrow, rather than widening the
        # request view and squeezing the list (an extension's form was 505 px at least).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(0, 0, 0, 0)
        if event is None:
            form.addRow(QLabel(_("Select an event above, or add one with Add event.")))
        else:
            kind = str(event.get("type"))
            form.addRow(QLabel(f"<b>{event_label(kind)}</b>"))
            for name in fields_of(kind):
                self._add_field(form, event, name)
        self._layout.addWidget(self._form)

    def _add_field(self, form: QFormLayout, event: Event, name: str) -> None:
        label = field_label(name)
        kind = FIELD_KINDS.get(name, "line")

        def set_value(value: object, key: str = name) -> None:
            event[key] = value
            self._on_change()

        widget = field_widget(kind, label, event.get(name), set_value)
        widget.setAccessibleName(label)
        proxy = widget.focusProxy()
        if proxy is not None:  # a date with its "Stated" box: the date field is what is heard
            proxy.setAccessibleName(label)
        for field in [widget, *widget.findChildren(DateField)]:
            if isinstance(field, DateField):
                field.set_name(label)  # its calendar button too
        widget.setObjectName(f"event_{name}")
        self.widgets[name] = widget
        if kind == "grounds":
            checks = widget.findChildren(QCheckBox)
            for ground, check in zip(GROUNDS, checks, strict=True):
                check.setText(ground_label(ground, self.act))
        if kind == "flag":
            form.addRow(widget)
        else:
            form.addRow(f"{label}:", widget)
