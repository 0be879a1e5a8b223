"""The Compose tab: the request letter, its items, where to send it."""
