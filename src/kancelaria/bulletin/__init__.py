"""The information bulletin (``/biuletyn``): numbering, the archive by year, the feed."""
