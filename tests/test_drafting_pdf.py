"""The .docx letters convert to PDF with LibreOffice (headless).

A PDF conversion is *not* a validity check (LibreOffice repairs corrupt files
silently: stack-notes §4; test_drafting_hostile parses the XML instead). This
test makes sure real letters lay out as pages in a second word processor.
It skips when LibreOffice is not installed (and fails in CI); to run it on Debian:
``apt-get install -y --no-install-recommends libreoffice-writer-nogui``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from needs import require
from oiaassist.drafting.kinds import EXAMPLES, LetterKind
from oiaassist.drafting.render import render_docx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def test_letters_convert_to_pdf(tmp_path: Path) -> None:
    require(
        SOFFICE is not None,
        "LibreOffice (soffice)",
        install="apt-get install libreoffice-writer-nogui",
    )
    assert SOFFICE is not None
    kinds = list(LetterKind)
    for kind in kinds:
        letter = EXAMPLES[kind]()
        (tmp_path / f"{letter.template}.docx").write_bytes(render_docx(letter))
    documents = sorted(str(p) for p in tmp_path.glob("*.docx"))
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *documents,
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    for document in documents:
        pdf = Path(document).with_suffix(".pdf").read_bytes()
        assert pdf.startswith(b"%PDF")
        assert re.search(rb"/Type\s*/Page\b(?!s)", pdf), f"{document}: a PDF with no pages"
