"""Dialogs: the standard file and message boxes, and the app's own dialogs."""
