"""Vocabularies read from the settings: departments, JRWA classes, councillors."""

from kancelaria import settings
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
