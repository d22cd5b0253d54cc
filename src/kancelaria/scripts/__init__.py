"""Command-line entry points that run inside Zope."""
