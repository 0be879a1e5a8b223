"""PyInstaller entry point of the desktop app (``oiaassist-app``): ``oiaassist.app.main``."""

import sys

from oiaassist.app import main

if __name__ == "__main__":
    sys.exit(main())
