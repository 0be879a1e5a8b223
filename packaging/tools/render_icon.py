"""Render the app icon (``ui/icons/app.svg``, the one source) to .png, .ico and .icns.

Windows wants an .ico for the programs and the installer, macOS an .icns for
the .app; Linux installs the SVG and PNGs of the hicolor sizes (``--hicolor``). Qt (already in the build
environment) draws the SVG; Pillow (a build-only dependency) writes the
multi-size .ico and .icns. Runs headless (Qt's offscreen platform):

    python packaging/tools/render_icon.py build/icons    # -> oiaassist.png/.ico/.icns
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "ui" / "icons" / "app.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
# The freedesktop hicolor theme's usual sizes: desktops and software centres that do not
# draw SVG icons (or want a bitmap for small sizes) take these.
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def write_hicolor(svg: Path, out: Path, name: str) -> list[Path]:
    """OUT/NxN/apps/NAME.png for every hicolor size, drawn by Qt (no Pillow needed)."""
    written = []
    for size in HICOLOR_SIZES:
        path = out / f"{size}x{size}" / "apps" / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render_png(svg, size))
        written.append(path)
    return written


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icon: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> None:
    """Write oiaassist.png (512 px), oiaassist.ico and oiaassist.icns into the given folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="output folder")
    parser.add_argument("--svg", type=Path, default=SOURCE, help=f"source (default {SOURCE})")
    parser.add_argument(
        "--hicolor",
        metavar="NAME",
        help="instead: write OUT/NxN/apps/NAME.png for the hicolor sizes (Linux packages)",
    )
    args = parser.parse_args()
    if args.hicolor:
        written = write_hicolor(args.svg, args.out, args.hicolor)
        print(f"render_icon: {len(written)} PNG sizes in {args.out}")
        return
    from PIL import Image  # noqa: PLC0415 - build-only dependency

    args.out.mkdir(parents=True, exist_ok=True)
    big = Image.open(io.BytesIO(render_png(args.svg, 1024))).convert("RGBA")
    big.resize((512, 512), Image.Resampling.LANCZOS).save(args.out / "oiaassist.png")
    # Pillow writes every size listed from the largest image; small sizes are
    # rendered by Qt directly so thin strokes stay crisp.
    ico_frames = [
        Image.open(io.BytesIO(render_png(args.svg, n))).convert("RGBA") for n in ICO_SIZES
    ]
    ico_frames[-1].save(
        args.out / "oiaassist.ico",
        sizes=[(n, n) for n in ICO_SIZES],
        append_images=ico_frames[:-1],
    )
    big.save(args.out / "oiaassist.icns", sizes=[(n, n) for n in ICNS_SIZES])
    for name in ("oiaassist.png", "oiaassist.ico", "oiaassist.icns"):
        print(f"render_icon: {args.out / name} ({(args.out / name).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
