"""``python -m oiaassist.app``: the desktop app."""

import sys

from oiaassist.app import main

if __name__ == "__main__":
    sys.exit(main())
