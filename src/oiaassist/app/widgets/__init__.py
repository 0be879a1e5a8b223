"""Shared widgets and helpers: dates, icons, theme, forms, splitters."""
