"""The officials whose calendar the office keeps (``kancelaria.calendar.officials``): the
mayor and the deputies, rows of ``id``, ``fullname``, ``function``. The office edits them
on the calendar's page “Urzędnicy” (``@@calendar-officials``)."""

from kancelaria import _
from kancelaria.settings import ID_RE
from kancelaria.settings import SettingsRow
from plone.registry.interfaces import IRegistry
from zope import schema
from zope.component import getUtility
from zope.component import queryUtility
from zope.interface import Interface
from zope.interface import Invalid
from zope.interface import invariant
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

PREFIX = "kancelaria.calendar"

DEFAULT_OFFICIALS = [
    {"id": "prezydent", "fullname": "Prezydent Miasta", "function": "Prezydent Miasta"},
    {"id": "zastepca-1", "fullname": "Zastępca Prezydenta", "function": "Zastępca Prezydenta"},
    {"id": "zastepca-2", "fullname": "Zastępca Prezydenta", "function": "Zastępca Prezydenta"},
]


class IOfficialRow(Interface):
    id = schema.TextLine(title=_("Identifier"), required=True)
    fullname = schema.TextLine(title=_("Full name"), required=True)
    function = schema.TextLine(title=_("Function"), required=False, default="")


class ICalendarSettings(Interface):
    """Whose appointments the calendar keeps."""

    officials = schema.List(
        title=_("Officials"),
        description=_(
            "The mayor and the deputies: identifier (lower-case letters, digits, '-'; it "
            "is in the address of the official's calendar feed), full name and function."
        ),
        value_type=SettingsRow(title=_("Official"), schema=IOfficialRow),
        default=DEFAULT_OFFICIALS,
        required=False,
    )

    @invariant
    def officials_valid(data):
        seen = set()
        for row in getattr(data, "officials", None) or ():
            official = row.get("id") or ""
            if not ID_RE.match(official):
                raise Invalid(
                    _(
                        "error_official_id",
                        default="Officials: identifier '${id}' must be lower-case letters, "
                        "digits, '-' or '_'.",
                        mapping={"id": official},
                    )
                )
            if official in seen:
                raise Invalid(
                    _(
                        "error_official_duplicate",
                        default="Officials: identifier '${id}' is used more than once.",
                        mapping={"id": official},
                    )
                )
            seen.add(official)


def officials():
    """``{id: row}`` in the office's order."""
    registry = queryUtility(IRegistry)
    rows = registry.get(f"{PREFIX}.officials") if registry is not None else None
    if rows is None:
        rows = DEFAULT_OFFICIALS
    return {row["id"]: row for row in rows if row.get("id")}


def name_of(official_id):
    row = officials().get(official_id)
    return row["fullname"] if row else official_id


def register():
    """The records, where missing (the office's values stay; the upgrade calls it)."""
    getUtility(IRegistry).registerInterface(ICalendarSettings, prefix=PREFIX)


@provider(IVocabularyFactory)
def officials_vocabulary(context=None):
    """``kancelaria.vocabularies.Officials``: “Jan Kowalski — Prezydent Miasta”."""

    def label(row):
        function = row.get("function")
        return f"{row['fullname']} — {function}" if function else row["fullname"]

    return SimpleVocabulary([SimpleTerm(key, key, label(row)) for key, row in officials().items()])
