"""Letters: building them from a request, saving, previewing, reading the agency's."""
