"""A user's own letter templates folder: Settings, the preview, the letter buttons, restarts.

The folder holds only the letters the user changed; a broken or vanished one
is a message naming the template and the problem, never a traceback, and the
save buttons offer the built-in letter instead.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QWidget

from oiaassist.app.dialogs import standard as dialogs
from oiaassist.app.dialogs.settings_dialog import SettingsDialog
from oiaassist.app.letters.build import Kind
from oiaassist.app.main_window import MainWindow
from oiaassist.app.profile import Profile
from oiaassist.app.settings import AppSettings, save_settings
from oiaassist.app.widgets.forms import child
from oiaassist.drafting.docx_build import build_docx
from oiaassist.drafting.templates import builtin_template_dir
from test_app_compose import start_request, type_item
from test_app_startup import run_app
from test_app_support import Dialogs, answers_fixture, close_main, main_fixture, open_main  # noqa: F401

REAL_OFFER = dialogs.offer
"""The real Yes/No message box (the ``answers`` fixture replaces it)."""
MINE = "(from my own template)"
GREETING = AppSettings().greeting


def own_folder(tmp_path: Path) -> Path:
    """A folder with only request.txt, its greeting line changed, its Subject: line kept."""
    folder = tmp_path / "my letters"
    folder.mkdir()
    source = (builtin_template_dir() / "request.txt").read_text("utf-8")
    assert source.startswith("Subject:")
    changed = source.replace("{{ style.greeting }}\n", f"{{{{ style.greeting }}}} {MINE}\n", 1)
    assert changed != source
    (folder / "request.txt").write_text(changed, "utf-8")
    return folder


def broken_folder(tmp_path: Path, body: str = "{% if %}") -> Path:
    """A folder whose request.txt and request.docx both fail."""
    folder = tmp_path / "broken letters"
    folder.mkdir()
    source = f"Subject: {{{{ subject }}}}\n\n{body}\n"
    (folder / "request.txt").write_text(source, "utf-8")
    (folder / "request.docx").write_bytes(build_docx(source, title="request"))
    return folder


def preview(main: MainWindow) -> QPlainTextEdit:
    return child(main.window, QPlainTextEdit, "previewEdit")


def choose_in_settings(
    main: MainWindow, monkeypatch: pytest.MonkeyPatch, edit: Callable[[SettingsDialog], None]
) -> None:
    """Open Settings, let ``edit`` change it, press OK (the dialog itself is never shown)."""

    def ask(dialog: SettingsDialog) -> AppSettings:
        edit(dialog)
        return dialog.values()

    monkeypatch.setattr(SettingsDialog, "ask", ask)
    main.actions["actionSettings"].trigger()


def browse_to(folder: Path, answers: Dialogs, qtbot: Any) -> Callable[[SettingsDialog], None]:
    def edit(dialog: SettingsDialog) -> None:
        answers.open_path = folder
        qtbot.mouseClick(
            child(dialog.dialog, QPushButton, "templatesBrowseButton"), Qt.MouseButton.LeftButton
        )

    return edit


def first_line(main: MainWindow) -> str:
    return preview(main).toPlainText().splitlines()[0]


# -- the setting ------------------------------------------------------------------------


def test_settings_has_the_folder_with_a_name_a_hint_and_its_place_in_the_tab_order(
    main: MainWindow,
) -> None:
    dialog = SettingsDialog(main.window, AppSettings(), default_folder=Path("/data"))
    edit = child(dialog.dialog, QLineEdit, "templatesFolderEdit")
    browse = child(dialog.dialog, QPushButton, "templatesBrowseButton")
    assert edit.accessibleName() == "Letter templates folder"
    assert browse.accessibleName() == "Choose the letter templates folder"
    assert "only the letters you want to change" in edit.accessibleDescription()
    hint = dialog.dialog.findChild(QWidget, "templatesFolderHint")
    assert hint is not None
    assert "Leave empty for the built-in letters" in hint.property("text")
    order = tab_order(child(dialog.dialog, QLineEdit, "nameEdit"))
    start = order.index("languageCombo")
    assert order[start : start + 4] == [
        "languageCombo", "templatesFolderEdit", "templatesBrowseButton", "dataFolderEdit"
    ]  # fmt: skip
    dialog.dialog.deleteLater()


def tab_order(first: QWidget) -> list[str]:
    """The names of the widgets Tab visits, from ``first`` round to it again."""
    names: list[str] = []
    widget = first
    while True:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.objectName():
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is first:
            return names


# -- the compose preview ----------------------------------------------------------------


def test_a_custom_request_template_changes_the_preview_and_clearing_it_goes_back(
    main: MainWindow, qtbot: Any, answers: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_request(main, qtbot)
    type_item(main, qtbot, "The vaccine purchase agreement with Pfizer")
    qtbot.waitUntil(lambda: "vaccine purchase agreement" in preview(main).toPlainText())
    assert first_line(main) == GREETING

    folder = own_folder(tmp_path)
    choose_in_settings(main, monkeypatch, browse_to(folder, answers, qtbot))
    assert main.ctx.settings.templates_folder == str(folder)
    qtbot.waitUntil(lambda: first_line(main) == f"{GREETING} {MINE}")
    assert "vaccine purchase agreement" in preview(main).toPlainText()
    assert "your templates" in main.window.statusBar().currentMessage()

    # the .docx is not in the folder, so it is the built-in one; the .eml follows the .txt
    answers.save_path = tmp_path / "letter.eml"
    main.actions["actionSaveEml"].trigger()
    assert MINE in answers.save_path.read_text("utf-8")
    answers.save_path = tmp_path / "letter.docx"
    main.actions["actionSaveDocx"].trigger()
    paragraphs = [p.text for p in docx.Document(str(answers.save_path)).paragraphs]
    assert GREETING in paragraphs

    choose_in_settings(main, monkeypatch, lambda dialog: dialog.templates.clear())
    assert main.ctx.settings.templates_folder == ""
    qtbot.waitUntil(lambda: first_line(main) == GREETING)
    assert answers.errors == []


def test_the_folder_is_made_once_per_settings_change_not_per_keystroke(
    main: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    start_request(main, qtbot)
    main.ctx.update_settings(
        AppSettings(name="Aroha Test", templates_folder=str(own_folder(tmp_path)))
    )
    made = main.ctx.letter_templates()
    type_item(main, qtbot, "Emails about the vaccine rollout")
    qtbot.waitUntil(lambda: "vaccine rollout" in preview(main).toPlainText())
    assert MINE in preview(main).toPlainText()
    assert main.ctx.letter_templates() is made
    main.ctx.update_settings(AppSettings(name="Aroha Test"))
    assert main.ctx.letter_templates() is not made
    assert main.ctx.letter_templates().path is None


BROKEN = [
    ("{% if %}", "syntax error on line"),
    ("{{ ''.__class__.__mro__ }}", "refused by the template sandbox"),
    ("{{ no_such_field }}", "uses a variable its letter does not have"),
    ("{{ 1 / 0 }}", "ZeroDivisionError"),  # not a Jinja error: the app still names the file
]


@pytest.mark.parametrize("case", BROKEN, ids=[problem for _body, problem in BROKEN])
def test_a_broken_template_is_text_in_the_preview_and_a_message_on_save(
    main: MainWindow, qtbot: Any, answers: Dialogs, tmp_path: Path, case: tuple[str, str]
) -> None:
    body, problem = case
    start_request(main, qtbot)
    folder = broken_folder(tmp_path, body)
    main.ctx.update_settings(AppSettings(name="Aroha Test", templates_folder=str(folder)))
    type_item(main, qtbot, "The vaccine purchase agreement with Pfizer")
    qtbot.waitUntil(lambda: "request.txt" in preview(main).toPlainText())
    shown = preview(main).toPlainText()
    assert problem in shown
    assert "built-in letters" in shown
    assert main.view().compose.issues  # the checks carry on
    # the typing is kept
    assert main.editor().data["items"][0]["text"] == "The vaccine purchase agreement with Pfizer"
    assert answers.errors == []  # no dialog per keystroke

    answers.save_path = tmp_path / "letter.docx"
    main.actions["actionSaveDocx"].trigger()
    assert len(answers.errors) == 1
    assert "request.docx" in answers.errors[0]
    assert problem in answers.errors[0]
    assert not answers.save_path.exists()

    answers.offer = True  # "Use the built-in letter this time instead?" Yes
    main.actions["actionSaveDocx"].trigger()
    text = "\n".join(p.text for p in docx.Document(str(answers.save_path)).paragraphs)
    assert "vaccine purchase agreement" in text
    assert main.ctx.settings.templates_folder == str(folder)  # Settings keeps the folder


def test_a_docx_template_that_breaks_the_docx_library_is_a_message(
    main: MainWindow, qtbot: Any, answers: Dialogs, tmp_path: Path
) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    with zipfile.ZipFile(folder / "request.docx", "w") as odd:  # no parts, only their list
        odd.writestr("[Content_Types].xml", "<x/>")
    start_request(main, qtbot)
    main.ctx.update_settings(AppSettings(name="Aroha Test", templates_folder=str(folder)))
    answers.save_path = tmp_path / "letter.docx"
    main.actions["actionSaveDocx"].trigger()
    assert len(answers.errors) == 1
    assert "request.docx" in answers.errors[0]
    assert not answers.save_path.exists()


def test_a_folder_that_is_gone_is_named_in_the_preview_and_on_copy(
    main: MainWindow, qtbot: Any, answers: Dialogs, tmp_path: Path
) -> None:
    start_request(main, qtbot)
    folder = own_folder(tmp_path)
    main.ctx.update_settings(AppSettings(name="Aroha Test", templates_folder=str(folder)))
    type_item(main, qtbot, "The vaccine purchase agreement with Pfizer")
    qtbot.waitUntil(lambda: MINE in preview(main).toPlainText())
    (folder / "request.txt").unlink()
    folder.rmdir()
    main.view().compose.refresh_letter()
    assert main.view().compose.wait_for_render()
    assert "is not there any more" in preview(main).toPlainText()
    assert str(folder) in preview(main).toPlainText()
    main.actions["actionCopyLetter"].trigger()
    assert len(answers.errors) == 1
    assert "is not there any more" in answers.errors[0]


def test_the_real_message_box_offers_the_built_in_letter(
    main: MainWindow, qtbot: Any, answers: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "offer", REAL_OFFER)
    asked: list[str] = []

    def warning(*args: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    start_request(main, qtbot)
    main.ctx.update_settings(
        AppSettings(name="Aroha Test", templates_folder=str(broken_folder(tmp_path)))
    )
    type_item(main, qtbot, "The vaccine purchase agreement with Pfizer")
    answers.save_path = tmp_path / "letter.docx"
    main.actions["actionSaveDocx"].trigger()
    assert len(asked) == 1
    assert "request.docx" in asked[0]
    assert "Use the built-in letter this time instead?" in asked[0]
    assert answers.save_path.exists()


# -- the letter dialog ------------------------------------------------------------------


def test_the_letter_dialog_uses_the_folder_and_names_a_broken_template(
    main: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    main.commands().open_example()
    folder = tmp_path / "replies"
    folder.mkdir()
    source = (builtin_template_dir() / "refinement_reply.txt").read_text("utf-8")
    changed = source.replace("{{ style.greeting }}\n", f"{{{{ style.greeting }}}} {MINE}\n", 1)
    (folder / "refinement_reply.txt").write_text(changed, "utf-8")
    main.ctx.update_settings(AppSettings(templates_folder=str(folder)))
    dialog = main.view().draft(Kind.REFINEMENT_REPLY)
    assert dialog.wait_for_render()
    assert MINE in dialog.text.toPlainText()
    dialog.dialog.close()

    (folder / "refinement_reply.txt").write_text("Subject: x\n\n{{ nope }}\n", "utf-8")
    dialog = main.view().draft(Kind.REFINEMENT_REPLY)
    assert dialog.wait_for_render()
    assert "refinement_reply.txt" in dialog.text.toPlainText()
    assert "uses a variable" in dialog.text.toPlainText()
    assert all(button.isEnabled() for button in dialog.buttons)  # they offer the built-in one
    answers.offer = True
    child(dialog.dialog, QPushButton, "letterCopyButton").click()
    assert len(answers.errors) == 1
    assert "refinement_reply.txt" in answers.errors[0]
    dialog.dialog.close()


# -- across a restart and in the self-test ----------------------------------------------


def test_the_setting_survives_a_restart(
    tmp_path: Path, qtbot: Any, answers: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = own_folder(tmp_path)
    first = open_main(tmp_path / "p", qtbot)
    try:
        request_id = first.commands().open_example()
        choose_in_settings(first, monkeypatch, browse_to(folder, answers, qtbot))
    finally:
        close_main(first)
    again = open_main(tmp_path / "p", qtbot)
    try:
        assert again.ctx.settings.templates_folder == str(folder)
        again.list.select(request_id)
        again.view().compose.refresh_letter()
        assert again.view().compose.wait_for_render()
        assert MINE in preview(again).toPlainText()
    finally:
        close_main(again)


def test_the_self_test_renders_with_the_profiles_folder(tmp_path: Path) -> None:
    profile = Profile.at(tmp_path / "profile")
    save_settings(profile.qsettings(), AppSettings(templates_folder=str(own_folder(tmp_path))))
    result = run_app("--self-test", "--profile", str(tmp_path / "profile"), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "with the templates in" in result.stdout
