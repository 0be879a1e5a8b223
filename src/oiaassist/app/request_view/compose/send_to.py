"""Where to send a request: the agency's request email or page, from the directory.

Shown under the agency email field of the Compose tab. An address typed by
the user wins; otherwise the directory's request page (many agencies take
requests through a web form); with neither, a warning says so, since a
letter with nowhere to go is the first thing a newcomer trips on.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from oiaassist.agencies import Agency
from oiaassist.agencies.outside import outside_body
from oiaassist.app.widgets import live, theme
from oiaassist.i18n import _


def send_to_text(email: str, agency: Agency | None, name: str = "") -> tuple[str, bool]:
    """Rich text saying where the request goes, and whether it is a warning.

    ``name``: the agency as typed, when no directory entry was picked; a body the OIA
    does not reach (:mod:`oiaassist.agencies.outside`) is warned of first, since the
    request's deadline would otherwise be counted as if an OIA limit bound it.
    """
    outside = outside_body(name) if agency is None and name.strip() else None
    if outside is not None:
        return (
            _(
                "Not an OIA request: {note} The deadlines shown here are the OIA's; none binds it."
            ).format(note=html.escape(outside.short_note)),
            True,
        )
    if agency is not None and not agency.is_current:
        from oiaassist.app.widgets.agency_completer import gone_note  # noqa: PLC0415

        return (
            _("{name} no longer exists ({note}): send a new request there instead.").format(
                name=html.escape(agency.name), note=html.escape(gone_note(agency))
            ),
            True,
        )
    if email:
        return _("Send it to {email}.").format(email=html.escape(email)), False
    if agency is not None and agency.request_url:
        url = html.escape(agency.request_url, quote=True)
        return (
            _('{name} takes requests on its website: <a href="{url}">{url}</a>').format(
                name=html.escape(agency.name), url=url
            ),
            False,
        )
    return (
        _(
            "No address to send it to: add the agency's request email, or look on its website "
            "for how it takes requests (FYI.org.nz also sends requests for you)."
        ),
        True,
    )


class SendTo:
    """A label under the agency email field, kept up to date by the Compose tab."""

    def __init__(self, email_edit: QLineEdit) -> None:
        self.label = QLabel()
        self.label.setObjectName("sendToLabel")
        self.label.setWordWrap(True)
        self.label.setOpenExternalLinks(True)  # the user's click opens their browser
        # No fixed name: a screen reader hears the address or the warning itself.
        parent = email_edit.parentWidget()
        # Found by name (compose.ui's "toForm"). QWidget.layout() once came back as a
        # QWidgetItem: a stale layout-item wrapper, now never made (see widgets.nesting).
        layout = parent.findChild(QFormLayout, "toForm") if parent is not None else None
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if layout is not None:
            layout.replaceWidget(email_edit, box)
        column.addWidget(email_edit)
        column.addWidget(self.label)
        self.warning = False

    def show(self, email: str, agency: Agency | None, name: str = "") -> None:
        """Say where ``email`` or the directory's ``agency`` entry sends the request.

        ``name``: the agency as typed, when no entry was picked (see :func:`send_to_text`).
        """
        text, self.warning = send_to_text(email.strip(), agency, name)
        if self.warning:
            colour = theme.severity_colour("warning").name()
            text = f'<span style="color:{colour}">⚠ {text}</span>'
        live.show(self.label, text, announce=self.warning)
