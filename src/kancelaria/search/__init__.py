"""Search: the Polish text index and the search page's case details."""

from kancelaria.search import lexicon  # noqa: F401 -- registers the pipeline elements
