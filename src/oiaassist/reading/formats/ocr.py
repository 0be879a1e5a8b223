"""Reading a scanned PDF letter with OCR, when the user asks and ``tesseract`` is installed.

A scanned letter is a PDF of page pictures with no text. When the user asks
(``read-letter --ocr``), each page's pictures are taken out of the PDF as
they are stored (pypdf, no image library): a JPEG or JPEG 2000 as it is, a
fax-coded (CCITT) picture as the TIFF pypdf wraps it in, and an uncompressed
or Flate-coded grey or RGB picture as a PNM file; and the ``tesseract``
program reads each one. Nothing runs unless asked, nothing is looked for at
import, and it is bounded: :data:`MAX_PAGES` pages, :data:`MAX_IMAGES` pictures
a page, :data:`MAX_PIXELS` a picture, :data:`TIME_LIMIT` seconds in all, the
pictures written to a private temporary folder and removed after.

OCR misreads: a 3 can come back as an 8. So a letter read this way is
marked as such, and its dates are to be checked against the scan.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from oiaassist.errors import LetterError
from oiaassist.reading.formats.pdf import open_pdf

READ_BY_OCR = "read by OCR; check each date against the scanned letter"
"""The note a letter read this way carries (OCR can read a 3 as an 8)."""
MAX_PAGES = 20
"""Pages read (a long letter; a scanned release of documents is not a letter)."""
MAX_IMAGES = 4
"""Pictures read on a page (a scan has one)."""
MAX_PIXELS = 60_000_000
"""The largest picture (an A4 page at 600 dpi is 35 million pixels)."""
TIME_LIMIT = 120.0
"""Seconds for the whole letter (tesseract reads a 300 dpi page in a few seconds)."""


def tesseract_path() -> str | None:
    """Where the ``tesseract`` program is, if it is on the PATH."""
    return shutil.which("tesseract")


def ocr_pdf_text(data: bytes, source: str, *, time_limit: float = TIME_LIMIT) -> str:
    """The text ``tesseract`` reads in the page pictures of the scanned PDF ``data``.

    Raises:
        LetterError: tesseract is not installed, the PDF has no picture it can
            pass on, tesseract fails, or it takes longer than ``time_limit``.
    """
    program = tesseract_path()
    if program is None:
        raise LetterError(
            f"{source}: is a scanned PDF, and reading it needs the tesseract program "
            "(e.g. apt install tesseract-ocr); or type the letter's dates in"
        )
    deadline = time.monotonic() + time_limit
    pages: list[str] = []
    with tempfile.TemporaryDirectory(prefix="oiaassist-ocr-") as folder:  # mode 0700
        found = False
        for number, (suffix, picture) in enumerate(_pictures(data, source)):
            found = True
            path = Path(folder) / f"page{number}{suffix}"
            path.write_bytes(picture)
            pages.append(_tesseract(program, path, source, deadline, time_limit))
            path.unlink()
    if not found:
        raise LetterError(
            f"{source}: is a scanned PDF whose pictures are stored in a way oiaassist cannot "
            "pass to tesseract; run OCR on it first (e.g. ocrmypdf), or type the letter's dates in"
        )
    text = "\n".join(pages)
    if not text.strip():
        raise LetterError(f"{source}: tesseract found no text in the scanned pages")
    return text


def _tesseract(program: str, path: Path, source: str, deadline: float, limit: float) -> str:
    """The text tesseract reads in one picture, within what is left of the time limit."""
    too_long = f"{source}: OCR took longer than {limit:.0f} seconds; stopped"
    left = deadline - time.monotonic()
    if left <= 0:
        raise LetterError(too_long)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # one core: the machine stays usable
    try:
        done = subprocess.run(
            [program, str(path), "stdout"],
            capture_output=True,
            timeout=left,
            check=False,
            env=env,
        )
    except subprocess.TimeoutExpired:
        raise LetterError(too_long) from None
    except OSError as exc:
        raise LetterError(f"{source}: tesseract could not be run ({exc})") from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
        raise LetterError(f"{source}: tesseract failed ({detail[0]})")
    return done.stdout.decode("utf-8", "replace")


def _pictures(data: bytes, source: str) -> Iterator[tuple[str, bytes]]:
    """Each page picture tesseract can read: (file suffix, bytes), page by page."""
    reader = open_pdf(data, source)
    try:
        pages = list(reader.pages[:MAX_PAGES])
    except Exception:  # any parser failure means "not a PDF we can read"
        raise LetterError(f"{source}: is not a readable PDF") from None
    for page in pages:
        try:
            objects = page["/Resources"]["/XObject"].get_object()
            images = [o.get_object() for o in objects.values()]
        except Exception:  # no pictures on this page
            continue
        count = 0
        for image in images:
            if count >= MAX_IMAGES:
                break
            try:
                picture = _picture(image)
            except Exception:  # a picture pypdf cannot decode: try the next
                continue
            if picture is not None:
                count += 1
                yield picture


_CODED = {
    "/DCTDecode": ".jpg",
    "/DCT": ".jpg",
    "/JPXDecode": ".jp2",
    "/CCITTFaxDecode": ".tif",  # pypdf puts a TIFF header on it
    "/CCF": ".tif",
}
"""Pictures passed on as they are stored: the filter that decodes them, to a file suffix."""


def _picture(image: Any) -> tuple[str, bytes] | None:
    """One image XObject as a file tesseract reads; None if it is not one it can."""
    if image.get("/Subtype") != "/Image":
        return None
    width, height = int(image["/Width"]), int(image["/Height"])
    if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
        return None
    filters = image.get("/Filter")
    last = str(filters[-1] if isinstance(filters, list) and filters else filters or "")
    if last in _CODED:
        return _CODED[last], bytes(image.get_data())
    if last == "/JBIG2Decode":
        return None
    return _raw_picture(image, width, height)


def _raw_picture(image: Any, width: int, height: int) -> tuple[str, bytes] | None:
    """Grey or RGB pixels (8 bits), or black and white (1 bit), as a PNM file."""
    bits = int(image.get("/BitsPerComponent", 8))
    space = str(image.get("/ColorSpace", ""))
    pixels = bytes(image.get_data())
    header = b"%d %d" % (width, height)
    if bits == 8 and space in ("/DeviceGray", "/DeviceRGB"):
        grey = space == "/DeviceGray"
        size = (1 if grey else 3) * width * height
        if len(pixels) < size:
            return None
        suffix, magic = (".pgm", b"P5 ") if grey else (".ppm", b"P6 ")
        return suffix, magic + header + b" 255\n" + pixels[:size]
    if bits == 1 and space in ("/DeviceGray", ""):
        size = (width + 7) // 8 * height
        inverted = bytes(255 - b for b in pixels[:size])  # in a PDF 0 is black; in a PBM, 1
        return (".pbm", b"P4 " + header + b"\n" + inverted) if len(pixels) >= size else None
    return None
