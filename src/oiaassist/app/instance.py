"""One window per profile: a second start brings the first window forward.

Two windows on one profile each saved what they had, and the last writer
won: edits made in the other window were silently lost. So the first
instance takes a lock file in the profile's settings folder (``QLockFile``:
a lock left by a crashed instance is noticed and taken over) and listens on
a local socket named after the profile; a second start finds the lock, asks
the first to come forward, says so, and exits without opening the database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "oiaassist.lock"
_RAISE = b"raise\n"
_WAIT_MS = 1000


class SingleInstance:
    """The lock and the "come forward" channel of one profile's settings folder."""

    def __init__(self, config_dir: Path) -> None:
        config_dir.mkdir(parents=True, exist_ok=True)
        self.lock = QLockFile(str(config_dir / LOCK_NAME))
        self.lock.setStaleLockTime(0)  # never stale by age; stale only if its process is gone
        key = hashlib.sha256(str(config_dir.resolve()).encode()).hexdigest()[:24]
        self.name = f"oiaassist-{key}"
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """Take the lock; False if another running oiaassist holds it."""
        return bool(self.lock.tryLock(100))

    def listen(self, come_forward: Callable[[], None]) -> None:
        """Call ``come_forward`` whenever a second start asks for this window."""
        QLocalServer.removeServer(self.name)  # a socket left by a crash
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            return  # the lock still protects the data; only "bring forward" is lost

        def connected() -> None:
            while (socket := server.nextPendingConnection()) is not None:
                socket.readyRead.connect(lambda s=socket: _answer(s, come_forward))
                socket.disconnected.connect(socket.deleteLater)

        server.newConnection.connect(connected)
        self._server = server

    def ask_first_to_come_forward(self) -> bool:
        """Ask the running instance to show its window; whether it heard."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(_WAIT_MS):
            return False
        socket.write(_RAISE)
        sent = bool(socket.waitForBytesWritten(_WAIT_MS))
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        """Give up the lock and the channel (on quit)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self.lock.unlock()


def _answer(socket: QLocalSocket, come_forward: Callable[[], None]) -> None:
    if bytes(socket.readAll().data()).startswith(_RAISE.strip()):
        come_forward()


def bring_forward(window: object) -> None:
    """Show, un-minimise and activate a top-level window."""
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtWidgets import QWidget  # noqa: PLC0415

    if not isinstance(window, QWidget):
        return
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
