"""The request view: its header (status, next step) and its three tabs."""
