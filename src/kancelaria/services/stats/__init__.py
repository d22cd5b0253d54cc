"""``GET <register>/@stats``."""
