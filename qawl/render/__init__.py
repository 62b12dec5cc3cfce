"""Showing analyzed documents to people: terminal tables (``terminal``) and one
self-contained HTML page (``html``)."""
