"""Vocabularies read from the settings (departments, JRWA classes, councillors) and the
names of the keys of the settings' tables (case types, kinds of deadline)."""

from kancelaria import settings
from kancelaria.case import casetype
from plone import api
from zope.i18nmessageid import Message
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


def _vocabulary(rows, label):
    return SimpleVocabulary(
        [SimpleTerm(value=k, token=k, title=label(row)) for k, row in rows.items()]
    )


@provider(IVocabularyFactory)
def departments_vocabulary(context=None):
    return _vocabulary(settings.departments(), lambda r: f"{r['symbol']} — {r['title']}")


@provider(IVocabularyFactory)
def jrwa_vocabulary(context=None):
    return _vocabulary(settings.jrwa_classes(), lambda r: f"{r['symbol']} — {r['title']}")


@provider(IVocabularyFactory)
def councillors_vocabulary(context=None):
    def label(row):
        club = row.get("club")
        return f"{row['fullname']} ({club})" if club else row["fullname"]

    return _vocabulary(settings.councillors(), label)


@provider(IVocabularyFactory)
def case_types_vocabulary(context=None):
    """The registered case types by their titles (“Interpelacja”)."""
    types = api.portal.get_tool("portal_types")
    terms = []
    for portal_type in sorted(casetype.all_types()):
        fti = types.get(portal_type)
        title = fti.title if fti is not None else portal_type
        domain = getattr(fti, "i18n_domain", None) or "plone"
        terms.append(SimpleTerm(portal_type, portal_type, Message(title, domain=domain)))
    return SimpleVocabulary(terms)


@provider(IVocabularyFactory)
def deadline_kinds_vocabulary(context=None):
    """The kinds of case ``deadline_days`` has a row for, by their names."""
    return SimpleVocabulary(
        [SimpleTerm(kind, kind, title) for kind, title in settings.DEADLINE_KINDS.items()]
    )


@provider(IVocabularyFactory)
def letter_kinds_vocabulary(context=None):
    """Kinds of incoming letters, as the office named them in the settings."""
    return _vocabulary(settings.letter_kinds(), lambda r: r["title"])


@provider(IVocabularyFactory)
def signatories_vocabulary(context=None):
    return _vocabulary(settings.signatories(), lambda r: f"{r['fullname']} — {r['function']}")
