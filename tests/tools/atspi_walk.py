"""The screen reader's side of the AT-SPI check: walks the app's accessible tree in each scene.

Run with the system Python (``/usr/bin/python3``: python3-pyatspi is a Debian
package the venv cannot import), by ``tests/tools/atspi_check``. For each
scene ``tests/tools/atspi_scenes.py`` opens it counts the interactive objects
shown, and reports those with no name and labels whose name is one of the
fixed captions that used to hide a label's text. Exit status 1 if any.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pyatspi  # type: ignore[import-not-found]

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_PASSWORD_TEXT,
}  # fmt: skip
FIXED_CAPTIONS = {
    "Response due", "Other limits", "Problem", "Email subject", "Month shown", "Legend",
    "Deadline summary", "Why the letter cannot be read", "Status",
    "Where the request stands", "Problem with this request", "What is wrong",
    "What each reply does to the deadline", "Where to send the request",
}  # fmt: skip
"""The accessible names ui/*.ui used to fix on labels, hiding what they said.

("What the letter says" was one too, but it is also the words of a heading.)
"""


def find_app(name: str, timeout: float = 30) -> object:
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name:
                return app
        time.sleep(0.5)
    raise SystemExit(f"no accessible application named {name!r}")


def walk(node: object, out: list[object], depth: int = 0) -> None:
    if node is None or depth > 80:
        return
    try:
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING) and depth > 1:
            return
        out.append(node)
        if node.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE):
            return  # cells are data
        for i in range(node.childCount):
            walk(node.getChildAtIndex(i), out, depth + 1)
    except Exception as exc:  # an object that went away mid-walk
        print(f"  (skipped: {exc})")


def _labelled(node: object) -> bool:
    """Whether a label names it (a combo box's own name is its current value)."""
    return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY for r in node.getRelationSet())


def check(app: object, scene: str) -> tuple[int, list[str]]:
    nodes: list[object] = []
    for i in range(app.childCount):
        window = app.getChildAtIndex(i)
        if window is not None and window.getState().contains(pyatspi.STATE_SHOWING):
            walk(window, nodes)
    problems = []
    interactive = 0
    for node in nodes:
        role, name = node.getRole(), (node.name or "").strip()
        if role in INTERACTIVE:
            interactive += 1
            if not name:
                parent = node.parent.name if node.parent else ""
                problems.append(f"unnamed {node.getRoleName()} in {parent!r}")
        if role == pyatspi.ROLE_COMBO_BOX and not _labelled(node):
            problems.append(f"combo box heard by its value only {name!r}")
        if role == pyatspi.ROLE_LABEL and name in FIXED_CAPTIONS:
            problems.append(f"label with a fixed caption {name!r}")
    return interactive, problems


def main(folder: Path) -> int:
    app = find_app("oiaassist")
    seen = ""
    total_interactive = 0
    failures = 0
    kinds = {"unnamed": 0, "label with a fixed caption": 0, "combo box heard": 0}
    while True:
        scene_file = folder / "scene"
        scene = scene_file.read_text(encoding="utf-8") if scene_file.exists() else ""
        if scene == "END":
            break
        if scene and scene != seen:
            interactive, problems = check(app, scene)
            total_interactive += interactive
            failures += len(problems)
            print(f"{scene}: {interactive} interactive, {len(problems)} problems")
            for line in problems:
                print(f"  {line}")
                for kind in kinds:
                    kinds[kind] += line.startswith(kind)
            seen = scene
            (folder / "done").write_text(scene, encoding="utf-8")
        time.sleep(0.2)
    print(f"total: {total_interactive} interactive objects, {failures} problems: "
          f"{kinds['unnamed']} unnamed, {kinds['label with a fixed caption']} fixed-caption "
          f"labels, {kinds['combo box heard']} combo boxes heard by value only")  # fmt: skip
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
