"""Showing analyzed documents to people: terminal tables (``terminal``)."""
