"""Commissioned research and TV and radio productions (``/media``, issue 12)."""
