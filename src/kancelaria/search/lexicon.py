"""The Polish text index: a ZCTextIndex lexicon whose pipeline folds and stems Polish words,
used by the catalog's ``SearchableText`` index (Plone's search page, live search, REST
``@search`` and the registers' text search all query that index).

The lexicon ``kancelaria_lexicon`` is declared in the profile's ``catalog.xml``: Plone's
Unicode word splitter, then ``Polish normalizer (Kancelaria)`` (lower case, no diacritics)
and ``Polish stemmer (Kancelaria)`` (``stemmer.stem``). An index cannot change its lexicon,
so ``use_polish_lexicon()`` replaces ``SearchableText`` with the same index on this lexicon
and fills it again; ``use_plone_lexicon()`` undoes that (uninstall). ``Title`` and
``Description`` keep Plone's lexicon.

The elements compare equal to any element of their class: GenericSetup clears a lexicon
whose pipeline differs from the XML when the catalog step is imported again, and elements
that compare by identity always differ.
"""

from kancelaria import logger
from kancelaria.search import stemmer
from plone import api
from Products.CMFPlone.UnicodeSplitter.splitter import Splitter
from Products.ZCatalog.ProgressHandler import ZLogHandler
from Products.ZCTextIndex.PipelineFactory import element_factory
from types import SimpleNamespace

LEXICON = "kancelaria_lexicon"
PLONE_LEXICON = "plone_lexicon"
INDEX = "SearchableText"
INDEX_TYPE = "Okapi BM25 Rank"
PROFILE = "profile-kancelaria:default"


def _text(word):
    return word.decode("utf-8", "replace") if isinstance(word, bytes) else word


class _Element:
    def __eq__(self, other):
        return type(self) is type(other)

    def __hash__(self):
        return hash(type(self).__name__)


class WordSplitter(_Element, Splitter):
    """Plone's Unicode splitter (words; bigrams for Chinese, Japanese, Korean, Thai)."""


class PolishNormalizer(_Element):
    """Lower case, diacritics folded: ``Świętochłowice`` and ``swietochlowice`` are one word."""

    def process(self, words):
        # Plone's splitter hands on UTF-8 bytes.
        return [stemmer.fold(_text(word)) for word in words]

    processGlob = process


class PolishStemmer(_Element):
    """Common endings of Polish nouns and adjectives taken off (``stemmer.stem``)."""

    def process(self, words):
        return [stemmer.stem(word) for word in words]

    def processGlob(self, words):
        return [stemmer.stem_pattern(word) for word in words]


ELEMENTS = (
    ("Word Splitter", "Unicode splitter (Kancelaria)", WordSplitter),
    ("Case Normalizer", "Polish normalizer (Kancelaria)", PolishNormalizer),
    ("Stemmer", "Polish stemmer (Kancelaria)", PolishStemmer),
)

for _group, _name, _factory in ELEMENTS:
    try:
        element_factory.registerFactory(_group, _name, _factory)
    except ValueError:  # registered already (the module imported again)
        pass


def _uses(catalog, lexicon_id):
    index = catalog._catalog.indexes.get(INDEX)
    return index is not None and getattr(index, "lexicon_id", None) == lexicon_id


def _replace_index(catalog, lexicon_id):
    """``SearchableText`` on ``lexicon_id``, filled from every cataloged object."""
    if INDEX in catalog.indexes():
        catalog.delIndex(INDEX)
    extra = SimpleNamespace(doc_attr=INDEX, lexicon_id=lexicon_id, index_type=INDEX_TYPE)
    catalog.addIndex(INDEX, "ZCTextIndex", extra)
    catalog.reindexIndex(INDEX, None, ZLogHandler(1000))


def use_polish_lexicon():
    """Make ``SearchableText`` Polish-aware; idempotent. Returns whether it rebuilt the index.

    For an existing site (the upgrade step) and a new one (the install): the lexicon comes
    from the profile's catalog step when missing; then the index is made on it and filled,
    which loads every cataloged object once (8–9 s per 10,000 cases, benchmark (d))."""
    catalog = api.portal.get_tool("portal_catalog")
    if LEXICON not in catalog.objectIds():
        api.portal.get_tool("portal_setup").runImportStepFromProfile(
            PROFILE, "catalog", run_dependencies=False
        )
    if _uses(catalog, LEXICON):
        return False
    logger.info("Rebuilding %s on %s (%d objects)", INDEX, LEXICON, len(catalog))
    _replace_index(catalog, LEXICON)
    return True


def use_plone_lexicon():
    """Back to Plone's own lexicon, and the Polish lexicon removed (uninstall); idempotent."""
    catalog = api.portal.get_tool("portal_catalog")
    if not _uses(catalog, PLONE_LEXICON):
        _replace_index(catalog, PLONE_LEXICON)
    if LEXICON in catalog.objectIds():
        catalog.manage_delObjects([LEXICON])
