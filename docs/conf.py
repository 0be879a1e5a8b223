"""Sphinx configuration of the oiaassist API reference and guide (``scripts/docs`` builds it).

Sphinx rather than MkDocs: the docstrings are Google style and reST
(``:func:`` roles, ``::`` blocks), which autodoc + napoleon read as they are,
and ``sphinx.ext.doctest`` runs the guide's examples with no other tool.
"""

from __future__ import annotations

import oiaassist

project = "oiaassist"
author = "oiaassist developers"
copyright = "2026, oiaassist developers"  # noqa: A001 - Sphinx's name
release = oiaassist.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
]
# No network at build time: intersphinx is loaded only for offline inventories (none).
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}

exclude_patterns = ["_build", "screenshots"]
root_doc = "index"
language = "en"

napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
# pydantic models: document the fields, not pydantic's own machinery.
autodoc_inherit_docstrings = False

html_theme = "alabaster"
html_title = f"oiaassist {release}"
html_static_path: list[str] = []

# The guide's examples (``.. doctest::`` blocks): run by ``sphinx-build -b doctest``.
# The ``>>>`` snippets in docstrings are illustrations that assume their
# module's imports, shown as written but not run here.
doctest_global_setup = "from datetime import date"
doctest_test_doctest_blocks = ""
