"""Help: the plain-language guide (:mod:`oiaassist.law.guide`) and the keyboard shortcuts.

Links open in the user's browser only when clicked; nothing is fetched.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from oiaassist.i18n import _
from oiaassist.law.guide import guide


def guide_html() -> str:
    """The guide as HTML: a heading, the words, and the sources as links, per section."""
    parts = [f"<h2>{html.escape(_('Asking for official information'))}</h2>"]
    contents = "".join(
        f'<li><a href="#s{i}">{html.escape(s.title)}</a></li>' for i, s in enumerate(guide())
    )
    parts.append(f"<ul>{contents}</ul>")
    for i, section in enumerate(guide()):
        links = " · ".join(
            f'<a href="{html.escape(url, quote=True)}">{html.escape(label)}</a>'
            for label, url in section.sources
        )
        parts.append(
            f'<h3 id="s{i}"><a name="s{i}"></a>{html.escape(section.title)}</h3>'
            f"<p>{html.escape(section.text)}</p><p><small>{_('Sources:')} {links}</small></p>"
        )
    parts.append(
        "<p><small>"
        + html.escape(
            _(
                "This guide explains; it is not legal advice. The tracker states each "
                "conclusion with the section it rests on."
            )
        )
        + "</small></p>"
    )
    return "".join(parts)


class HelpDialog(QDialog):
    """A browser for one help page (the guide)."""

    def __init__(self, parent: QWidget | None, title: str, page: str) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(title)
        self.resize(760, 620)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(title)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.browser)
        column.addWidget(buttons)
