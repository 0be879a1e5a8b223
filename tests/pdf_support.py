"""A test-only PDF writer: numbered objects, a cross-reference table and a trailer.

Enough for pypdf to read the small one-page PDFs the letter tests build (a text
letter; a scanned page holding only a picture).
"""

from __future__ import annotations

import io


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF whose object N is ``objects[N - 1]`` and whose catalog is object 1."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()
