"""The site's text index finds Polish word forms, with or without Polish letters, and never
the words of an answer that is not approved."""

from kancelaria.search import lexicon
from plone import api
from plone.base.utils import get_installer
from plone.base.utils import munge_search_term
from tests.interpellations.conftest import html

import pytest

LAMPS = "Niedziałające latarnie na ulicy Leśnej w Świętochłowicach"
QUESTION = "Prosimy o remont oświetlenia przy szkole."
SCHOOL = "Remont szkoły nr 3"


def found(text, **query):
    """Titles the search page would find for ``text`` (Plone's own query munging)."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(SearchableText=munge_search_term(text), **query)
    return sorted(brain.Title for brain in brains)


@pytest.fixture
def cases(interpellation):
    interpellation("forwarded", title=LAMPS, text=html(f"<p>{QUESTION}</p>"))
    interpellation("forwarded", title=SCHOOL)


@pytest.mark.parametrize(
    "typed",
    [
        "latarnia",
        "latarnie",
        "latarni",
        "LATARNIAMI",
        "ulica",
        "ulicy",
        "ulicą lesna",
        "oświetlenie",
        "oswietlenie",
        "swietochlowice",
        "Świętochłowice",
        "niedzialajaca latarnia",
        '"latarnia na ulicy"',  # a phrase in quotes
    ],
)
def test_word_forms_find_the_case(cases, typed):
    assert found(typed) == [LAMPS]


def test_remont_and_remontu(cases):
    assert found("remont") == [LAMPS, SCHOOL]
    assert found("remontu") == [LAMPS, SCHOOL]
    assert found("remontu szkoły") == [LAMPS, SCHOOL]  # "przy szkole" in the question
    assert found("remontu latarni") == [LAMPS]


def test_the_beginning_of_a_word_still_finds(cases):
    assert found("latar") == [LAMPS]
    assert found("Świętochł") == [LAMPS]


def test_unrelated_words_find_nothing(cases):
    assert found("rower") == []
    assert found("parking") == []
    assert found("szkolenie") == []


def test_a_draft_answer_never_matches(interpellation):
    """The words of an answer are searchable only once the mayor approved it."""
    case = interpellation(
        "forwarded", title="Pytanie o zieleń", answer="<p>Posadzimy kasztanowce w parkach.</p>"
    )
    case.reindexObject()
    for typed in ("kasztanowce", "kasztanowców", "parkach", "park"):
        assert found(typed) == [], typed
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=case, transition="submit_answer")
        assert found("kasztanowców") == []
        api.content.transition(obj=case, transition="approve_answer")
    assert found("kasztanowców") == ["Pytanie o zieleń"]
    assert found("park") == ["Pytanie o zieleń"]


def test_installed_site_uses_the_polish_lexicon(portal):
    catalog = api.portal.get_tool("portal_catalog")
    index = catalog._catalog.getIndex("SearchableText")
    assert index.lexicon_id == "kancelaria_lexicon"
    assert [type(e).__name__ for e in catalog[index.lexicon_id]._pipeline] == [
        "WordSplitter",
        "PolishNormalizer",
        "PolishStemmer",
    ]
    # Title and Description keep Plone's lexicon.
    assert catalog._catalog.getIndex("Title").lexicon_id == "plone_lexicon"


def test_existing_site_upgraded(portal, interpellation):
    """A site from before: SearchableText on Plone's lexicon, its cases indexed there."""
    lexicon.use_plone_lexicon()
    interpellation("forwarded", title=LAMPS)
    assert found("latarnia") == []  # Plone's own lexicon: no stemming
    assert lexicon.use_polish_lexicon() is True
    assert found("latarnia") == [LAMPS]
    assert lexicon.use_polish_lexicon() is False  # idempotent: nothing rebuilt twice


def test_catalog_step_again_keeps_the_index(portal, cases):
    """Upgrade steps import the catalog step again: the lexicon keeps its words."""
    setup = api.portal.get_tool("portal_setup")
    setup.runImportStepFromProfile("profile-kancelaria:default", "catalog")
    assert found("latarnie") == [LAMPS]


def test_uninstall_gives_plone_its_lexicon_back(portal, cases):
    with api.env.adopt_roles(["Manager"]):
        get_installer(portal, portal.REQUEST).uninstall_product("kancelaria")
    catalog = api.portal.get_tool("portal_catalog")
    assert catalog._catalog.getIndex("SearchableText").lexicon_id == "plone_lexicon"
    assert "kancelaria_lexicon" not in catalog.objectIds()
    assert found("latarnie") == [LAMPS]  # reindexed: the exact word still finds it
