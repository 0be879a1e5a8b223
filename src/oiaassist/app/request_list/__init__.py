"""The "My requests" list: its model, its filter and search, and the pane."""
