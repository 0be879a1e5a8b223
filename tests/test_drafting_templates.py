from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from docxtpl import DocxTemplate
from jinja2 import meta

from drafting_support import good_draft
from oiaassist.drafting.docx_build import build_docx, build_folder, parse_blocks
from oiaassist.drafting.kinds import MODELS, LetterKind
from oiaassist.drafting.models import Letter
from oiaassist.drafting.render import render_docx, render_text
from oiaassist.drafting.sandbox import make_environment
from oiaassist.drafting.templates import TemplateFolder, builtin_template_dir, split_subject
from oiaassist.errors import TemplateError

REPO = Path(__file__).resolve().parent.parent
GLOBALS = {"output"}  # the one name a template may use that is not a field


def _names(model: type[Letter]) -> set[str]:
    return set(model.model_fields) | set(model.model_computed_fields)


def test_builtin_templates_are_the_repository_folder_in_a_checkout() -> None:
    import oiaassist  # noqa: PLC0415

    if Path(oiaassist.__file__).resolve().parent != REPO / "src" / "oiaassist":
        # An unpacked sdist tested against its installed (not editable) wheel: the
        # templates are the package's copy, as test_resources checks.
        assert builtin_template_dir().is_relative_to(Path(oiaassist.__file__).resolve().parent)
        return
    assert builtin_template_dir() == REPO / "templates"


@pytest.mark.parametrize("kind", list(LetterKind))
def test_each_text_template_uses_only_fields_of_its_model(kind: LetterKind) -> None:
    model = MODELS[kind]
    source = (builtin_template_dir() / f"{model.template}.txt").read_text(encoding="utf-8")
    env = make_environment("en_NZ", "text")
    subject, body = split_subject(source, model.template)
    used = meta.find_undeclared_variables(env.parse(subject)) | meta.find_undeclared_variables(
        env.parse(body)
    )
    assert used - GLOBALS <= _names(model), used - GLOBALS - _names(model)


@pytest.mark.parametrize("kind", list(LetterKind))
def test_each_docx_template_uses_only_fields_of_its_model(kind: LetterKind) -> None:
    model = MODELS[kind]
    template = DocxTemplate(builtin_template_dir() / f"{model.template}.docx")
    used = template.get_undeclared_template_variables(jinja_env=make_environment("en_NZ", "docx"))
    assert used, "no variables found: is this a template?"
    assert used - GLOBALS <= _names(model), used - GLOBALS - _names(model)


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


# Parts python-docx copies from its own default template: another python-docx version may
# write them differently without the letter changing, so they are compared by name only.
_TOOL_PARTS = ("docProps/", "word/styles.xml", "word/stylesWithEffects.xml", "word/theme/",
               "word/fontTable.xml", "word/settings.xml", "word/webSettings.xml",
               "customXml/")  # fmt: skip


def _content(data: bytes) -> dict[str, str]:
    """A .docx by content: each part's canonical XML (C14N), tool-owned parts by name."""
    out = {}
    for name, raw in _members(data).items():
        if name.startswith(_TOOL_PARTS) or not name.endswith((".xml", ".rels")):
            out[name] = ""
        else:
            out[name] = ElementTree.canonicalize(raw.decode("utf-8"), strip_text=False)
    return out


@pytest.mark.parametrize("text", sorted((REPO / "templates").glob("*.txt")), ids=lambda p: p.stem)
def test_committed_docx_templates_match_a_fresh_build(text: Path) -> None:
    fresh = build_docx(text.read_text(encoding="utf-8"), title=text.stem)
    committed = text.with_suffix(".docx").read_bytes()
    assert _content(committed) == _content(fresh), (
        f"{text.with_suffix('.docx').name} is stale: run python -m oiaassist.drafting.docx_build"
    )


def test_the_build_is_reproducible(tmp_path: Path) -> None:
    source = (REPO / "templates" / "request.txt").read_text(encoding="utf-8")
    assert build_docx(source, title="request") == build_docx(source, title="request")
    (tmp_path / "mine.txt").write_text(source, encoding="utf-8")
    assert build_folder(tmp_path) == [tmp_path / "mine.docx"]


def test_tags_are_never_split_across_runs() -> None:
    data = (REPO / "templates" / "request.docx").read_bytes()
    xml = _members(data)["word/document.xml"].decode()
    for run_text in xml.split("<w:t")[1:]:
        text = run_text.split(">", 1)[1].split("</w:t>", 1)[0]
        assert text.count("{{") == text.count("}}")
        assert text.count("{%") == text.count("%}")


def test_paragraph_hints() -> None:
    blocks = parse_blocks(
        "{#heading#}What happened\n\n{% for x in y %}\n{#list#}{{ loop.index }}. {{ x }}\n"
        "   more\n{% endfor %}\n{# a comment #}\nText"
    )
    assert [(b.hint, b.is_tag, b.text) for b in blocks] == [
        ("heading", False, "What happened"),
        ("", True, "for x in y"),
        ("list", False, "{{ loop.index }}. {{ x }}\nmore"),
        ("", True, "endfor"),
        ("", False, "Text"),
    ]


# -- a user's own folder ----------------------------------------------------------------


def test_a_user_folder_overrides_only_what_it_has(tmp_path: Path) -> None:
    source = "Subject: {{ subject }}\n\nKia ora {{ recipient }}, {{ requester.name | upper }}\n"
    (tmp_path / "request.txt").write_text(source, "utf-8")
    folder = TemplateFolder.at(tmp_path)
    assert folder.find("request", "txt") == tmp_path / "request.txt"
    assert folder.find("request", "docx") == builtin_template_dir() / "request.docx"
    assert not folder.is_builtin(folder.find("request", "txt"))
    assert (
        render_text(good_draft(), folder=folder).body == "Kia ora Ministry of Health, AROHA SMITH\n"
    )
    (tmp_path / "request.docx").write_bytes(build_docx(source, title="request"))
    document = render_docx(good_draft(), folder=folder)
    assert b"AROHA SMITH" in _members(document)["word/document.xml"]


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="is not a folder"):
        TemplateFolder.at(tmp_path / "nope")


HOSTILE_TEMPLATES = [
    ("{{ ''.__class__.__mro__ }}", "sandbox"),
    ("{{ recipient.__class__.__base__.__subclasses__() }}", "sandbox"),
    ("{{ requester.items() | list }}{{ requester.clear() }}", "sandbox"),
    ("{{ 'x' * 100000000 }}", "sandbox"),
    ("{{ 2 ** 100000 }}", "sandbox"),
    ("{% for i in range(10**9) %}{% endfor %}", "sandbox"),
    ("{{ cycler.__init__.__globals__ }}", "sandbox"),
    ("{{ no_such_field }}", "variable"),
    ("{% if %}", "syntax error on line 1"),
    ("{{ dated | long_date }} {{ subject | long_date }}", "long_date filter needs a date"),
    ("{{ 1 // 0 }}", "ZeroDivisionError"),
    ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "calls itself without end"),
]


@pytest.mark.parametrize(("body", "problem"), HOSTILE_TEMPLATES)
def test_a_hostile_or_broken_template_is_refused_clearly(
    tmp_path: Path, body: str, problem: str
) -> None:
    folder = TemplateFolder.at(tmp_path)
    (tmp_path / "request.txt").write_text(f"Subject: x\n\n{body}\n", "utf-8")
    with pytest.raises(TemplateError, match=problem) as caught:
        render_text(good_draft(), folder=folder)
    assert "request.txt" in str(caught.value)
    if problem.startswith("syntax"):
        return
    (tmp_path / "request.docx").write_bytes(build_docx(f"Subject: x\n\n{body}\n", title="request"))
    with pytest.raises(TemplateError, match=problem) as caught:
        render_docx(good_draft(), folder=folder)
    assert "request.docx" in str(caught.value)


def test_a_file_that_is_not_a_docx_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "request.docx").write_bytes(b"not a zip")
    with pytest.raises(TemplateError, match=r"request\.docx.*not a usable \.docx"):
        render_docx(good_draft(), folder=TemplateFolder.at(tmp_path))


def test_a_docx_with_no_document_in_it_is_an_error(tmp_path: Path) -> None:
    content_types = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    with zipfile.ZipFile(tmp_path / "request.docx", "w") as docx_file:
        docx_file.writestr("[Content_Types].xml", content_types)
    with pytest.raises(TemplateError, match=r"request\.docx"):
        render_docx(good_draft(), folder=TemplateFolder.at(tmp_path))


def test_a_text_template_without_a_subject_line_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "request.txt").write_text("Dear {{ recipient }}\n", "utf-8")
    with pytest.raises(TemplateError, match="Subject:"):
        render_text(good_draft(), folder=TemplateFolder.at(tmp_path))
