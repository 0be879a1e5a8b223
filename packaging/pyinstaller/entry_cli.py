"""PyInstaller entry point of the command line (``oiaassist``): ``oiaassist.cli.main``."""

import sys

from oiaassist.cli import main

if __name__ == "__main__":
    sys.exit(main())
