"""Running the command line in-process, as the CLI tests do."""

from __future__ import annotations

import pytest

from oiaassist.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; argparse exits via SystemExit, the handlers return.

    Returns the exit status, standard output and standard error.
    """
    try:
        status = main(list(argv))
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return status, out, err
