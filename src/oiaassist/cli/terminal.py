"""What reaches the terminal: no control characters from a letter or a request.

A letter or a request file can hold terminal escape sequences (``ESC [ 2 J``
clears the screen; others retitle the window or, on some terminals, type
into it). The CLI prints words from such files, so everything it prints goes
through :class:`CleanStream`, which drops control characters (C0 but for tab
and newline, DEL, C1) and the bidirectional overrides that make text read
differently from what it is.
"""

from __future__ import annotations

from typing import Any, TextIO

_KEEP = {"\t", "\n"}
_DROP = {
    code: None
    for code in [
        *range(0x00, 0x20),
        *range(0x7F, 0xA0),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ]
    if chr(code) not in _KEEP
}
_DROP_BUT_CR = {code: None for code in _DROP if code != ord("\r")}  # progress bars redraw


def clean(text: str) -> str:
    """``text`` without control characters (tab and newline kept)."""
    return text.translate(_DROP)


def clean_line(text: str) -> str:
    """``text`` as one printable line (newlines become spaces)."""
    return clean(text.replace("\r\n", " ").replace("\n", " "))


class CleanStream:
    """A text stream that writes through to another with control characters removed."""

    def __init__(self, stream: TextIO, *, carriage_return: bool = False) -> None:
        self._stream = stream
        self._drop = _DROP_BUT_CR if carriage_return else _DROP

    def write(self, text: str) -> int:
        """Write ``text`` cleaned; returns the length given (as callers expect)."""
        self._stream.write(text.translate(self._drop))
        return len(text)

    def writelines(self, lines: Any) -> None:
        """Write each line cleaned."""
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
