"""The Timeline tab: events, findings and follow-up letters."""
