"""Labels whose words a screen reader hears: the value itself, kept in step, changes announced.

Over AT-SPI a QLabel has no text interface: its accessible name is all a
screen reader gets. A fixed name ("Status") hid the value ("Released"), so
the labels that carry what the app exists to tell have no fixed name: their
name is their text, or "caption: text" where the text alone lacks context
("Status: Released"). :func:`show` sets the text and the name together and
tells assistive technology the name changed; with ``announce`` (the status,
a due date, an error) it also asks the screen reader to speak the new value.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    Qt,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QLabel

CAPTION = "liveCaption"
"""The dynamic property that holds a label's caption ("Status")."""


def plain_text(label: QLabel) -> str:
    """What the label shows, as plain text (rich text converted, "&&" kept as "&")."""
    text = label.text()
    rich = label.textFormat() is Qt.TextFormat.RichText or (
        label.textFormat() is Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if rich:
        return QTextDocumentFragment.fromHtml(text).toPlainText().strip()
    return text.strip()


def spoken_name(label: QLabel) -> str:
    """The accessible name ``label`` should have now: "caption: text", or "" (then the text)."""
    caption = label.property(CAPTION)
    text = plain_text(label)
    return f"{caption}: {text}" if caption and text else ""


def _send(event: QAccessibleEvent) -> None:
    """Hand an event to assistive technology (a no-op when none listens)."""
    QAccessible.updateAccessibility(event)


def caption(label: QLabel, words: str) -> None:
    """Give ``label`` a caption heard before its text ("Status: Released")."""
    label.setProperty(CAPTION, words)
    label.setAccessibleName(spoken_name(label))


def show(label: QLabel, text: str, *, announce: bool = False) -> None:
    """Show ``text`` in ``label``; its accessible name follows; speak it if ``announce``.

    An announcement is made only when the words change and there are words to
    say, so redrawing the same status says nothing.
    """
    before = label.text()
    label.setText(text)
    name = spoken_name(label)
    label.setAccessibleName(name)
    if text == before:
        return
    _send(QAccessibleEvent(label, QAccessible.Event.NameChanged))
    said = name or plain_text(label)
    if announce and said:
        _send(QAccessibleAnnouncementEvent(label, said))
