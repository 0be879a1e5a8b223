"""Generate each ``.docx`` letter template from its plain-text twin.

Word splits a ``{{ tag }}`` typed into a document across several runs when
it spell-checks or autocorrects, and docxtpl then cannot see the tag. Built
here with python-docx, every tag is written into a single run, and the
``.txt`` twin stays the one place the wording lives. Run after editing a
``.txt`` (also on a user's own folder)::

    python -m oiaassist.drafting.docx_build [FOLDER]

The text format (see ``templates/README.md``): line 1 is ``Subject: ...``;
paragraphs are separated by blank lines and a single newline is a line break;
a line holding only ``{% ... %}`` becomes a docxtpl ``{%p ... %}`` paragraph;
a paragraph may start with a hint, a Jinja comment that plain text drops:
``{#right#}`` sender block, ``{#subject#}`` where the subject goes,
``{#heading#}``, ``{#list#}`` (hanging indent; the first space becomes a tab),
``{#dated#}`` (the same with room for a date, for a chronology),
``{#quote#}``, ``{#signature#}`` (a gap for a signature after the first line).
Each hint is a named paragraph style ("Letter Quote"…), so a user restyles
every quotation at once in Word.

Output is byte-for-byte reproducible (fixed zip timestamps and document
properties), so the committed files diff cleanly and a test can compare them
with a fresh build.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from oiaassist.drafting.templates import builtin_template_dir, split_subject
from oiaassist.files import write_atomic

FONT = "Arial"
"""On every Windows and Mac; LibreOffice substitutes a metric-compatible font elsewhere."""

_BLOCK_ONLY = re.compile(r"\{%-?\s*((?:(?!%\}).)*?)\s*-?%\}")  # one tag, alone
_COMMENT_ONLY = re.compile(r"\{#.*?#\}")
_HINT = re.compile(r"^\{#(right|subject|heading|list|dated|quote|signature)#\}")
_LIST_MARKER = re.compile(r"^((?:\{\{.*?\}\}|[^\s{])+)[ ]+")  # "{{ loop.index }}." or "(a)"
_FIXED_TIME = datetime(2024, 1, 1)


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of the template: a ``{%p %}`` tag, or text with a style hint."""

    text: str
    hint: str = ""
    is_tag: bool = False


def parse_blocks(body: str) -> list[Block]:
    """Cut a plain-text template body into paragraphs (see the module docstring)."""
    blocks: list[Block] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            first = lines[0].lstrip()
            match = _HINT.match(first)
            hint = match.group(1) if match else ""
            text_lines = [first[match.end() :] if match else first, *lines[1:]]
            blocks.append(Block("\n".join(part.strip() for part in text_lines), hint))
            lines.clear()

    for line in body.splitlines():
        stripped = line.strip()
        if not stripped:
            flush()
        elif tag := _BLOCK_ONLY.fullmatch(stripped):
            flush()
            blocks.append(Block(tag.group(1), is_tag=True))
        elif _COMMENT_ONLY.fullmatch(stripped) and not _HINT.match(stripped):
            continue
        else:
            lines.append(line)
    flush()
    return blocks


def _style(document: Any, name: str, **options: Any) -> Any:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    fmt = style.paragraph_format
    for key in ("alignment", "left_indent", "right_indent", "first_line_indent"):
        if key in options:
            setattr(fmt, key, options[key])
    fmt.space_before = Pt(options.get("before", 0))
    fmt.space_after = Pt(options.get("after", 8))
    fmt.keep_with_next = options.get("keep_with_next", False)
    if options.get("bold"):
        style.font.bold = True
    if "tab" in options:
        fmt.tab_stops.add_tab_stop(options["tab"])
    return style


def _left_rule(style: Any) -> None:
    """A thin grey rule left of a quotation, so the agency's words stand apart."""
    ppr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for key, value in (("val", "single"), ("sz", "12"), ("space", "8"), ("color", "A0A0A0")):
        left.set(qn(f"w:{key}"), value)
    borders.append(left)
    ppr.append(borders)


def _set_up(document: Any) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for key in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{key}"), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-NZ")
    rpr.append(lang)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.1
    _style(document, "Letter Sender", alignment=WD_ALIGN_PARAGRAPH.RIGHT, after=12)
    _style(document, "Letter Subject", bold=True, before=6, after=12, keep_with_next=True)
    _style(document, "Letter Heading", bold=True, before=10, after=4, keep_with_next=True)
    hang = Cm(0.9)
    _style(document, "Letter List", left_indent=hang, first_line_indent=-hang, tab=hang, after=6)
    wide = Cm(4.5)  # "30 September 2024:" fits before the tab, even in a wide font
    _style(document, "Letter Dated", left_indent=wide, first_line_indent=-wide, tab=wide, after=4)
    quote = _style(document, "Letter Quote", left_indent=Cm(0.9), right_indent=Cm(0.5), after=10)
    _left_rule(quote)
    _style(document, "Letter Sign-off", after=26, keep_with_next=True, before=4)
    _style(document, "Letter Signature", after=0)

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text, field in (("Page ", None), (None, "PAGE"), (" of ", None), (None, "NUMPAGES")):
        if field is None:
            run = footer.add_run(text)
            run.font.size = Pt(8)
            run.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        else:
            _field(footer, field)

    props = document.core_properties
    props.author = props.last_modified_by = "oiaassist"
    props.created = props.modified = _FIXED_TIME
    props.revision = 1
    props.comments = "Generated from the .txt twin by oiaassist.drafting.docx_build"


def _field(paragraph: Any, instruction: str) -> None:
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "16")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "707070")
    rpr.extend([color, size])
    text = OxmlElement("w:t")
    text.text = "1"
    run.extend([rpr, text])
    simple.append(run)
    paragraph._p.append(simple)


_HINT_STYLES = {
    "right": "Letter Sender",
    "heading": "Letter Heading",
    "list": "Letter List",
    "dated": "Letter Dated",
    "quote": "Letter Quote",
    "subject": "Letter Subject",
}


def _last_text_before_signature(blocks: list[Block]) -> int:
    """Index of the last text paragraph before the signature, or -1."""
    signature = next((i for i, b in enumerate(blocks) if b.hint == "signature"), -1)
    texts = [i for i in range(signature) if not blocks[i].is_tag]
    return texts[-1] if texts else -1


def _add_block(document: Any, block: Block, subject: str) -> Any:
    """Add ``block``; returns its paragraph (the last one, for a signature)."""
    if block.is_tag:
        return document.add_paragraph("{%p " + block.text + " %}")
    text = block.text
    if block.hint == "subject":
        text = subject
    elif block.hint in ("list", "dated"):
        text = _LIST_MARKER.sub(lambda m: m.group(1) + "\t", text, count=1)
    elif block.hint == "signature":
        first, _newline, rest = text.partition("\n")
        paragraph = document.add_paragraph(first, style="Letter Sign-off")
        return document.add_paragraph(rest, style="Letter Signature") if rest else paragraph
    return document.add_paragraph(text, style=_HINT_STYLES.get(block.hint))


def build_docx(source: str, *, title: str) -> bytes:
    """The .docx template for a plain-text template ``source`` (reproducible bytes)."""
    subject, body = split_subject(source, f"{title}.txt")
    document = Document()
    _set_up(document)
    document.core_properties.title = title
    blocks = parse_blocks(body)
    if not any(b.hint == "subject" for b in blocks):
        blocks.insert(0, Block("", "subject"))
    before_signature = _last_text_before_signature(blocks)
    for index, block in enumerate(blocks):
        paragraph = _add_block(document, block, subject)
        if index == before_signature and paragraph is not None:
            # Never leave the signature alone on the last page.
            paragraph.paragraph_format.keep_with_next = True
    raw = io.BytesIO()
    document.save(raw)
    return _reproducible_zip(raw.getvalue())


def _reproducible_zip(data: bytes) -> bytes:
    """The same zip with fixed timestamps, so equal content gives equal bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def build_folder(folder: Path) -> list[Path]:
    """Write ``<stem>.docx`` next to every ``<stem>.txt`` in ``folder``; returns what it wrote."""
    written = []
    for text_file in sorted(folder.glob("*.txt")):
        target = text_file.with_suffix(".docx")
        source = text_file.read_text(encoding="utf-8")
        write_atomic(target, build_docx(source, title=text_file.stem), inputs=[text_file])
        written.append(target)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: regenerate the .docx templates of a folder (default: the built-in one)."""
    args = list(sys.argv[1:] if argv is None else argv)
    folder = Path(args[0]) if args else builtin_template_dir()
    for path in build_folder(folder):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
