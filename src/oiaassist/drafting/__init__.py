"""Letters: a new request, replies and follow-ups, as plain text, .docx and email."""
