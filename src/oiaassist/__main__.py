"""``python -m oiaassist`` runs the command-line interface."""

from oiaassist.cli import main

raise SystemExit(main())
