"""Content types of Kancelaria."""
