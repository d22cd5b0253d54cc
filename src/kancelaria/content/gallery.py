"""Photo and film documentation (the office's duty 22): a gallery per event or investment,
an entry of the press archive ``/kancelaria/prasa`` without a signature
(``CaseType(registered=False)``, like the meeting).

A gallery holds Images (Plone's scales give the web sizes; the size of an upload is the
settings' ``max_attachment_mb``, as for every file inside a register entry) and films, as
Files or Links. Each image needs its alternative text: its title or description, never
just the file's name. The press office creates it (``private``: staff only) and publishes
it (``published``: everyone, the gallery and its images); the site lists published
galleries on the home page and the site map (``published_galleries``).
"""

from kancelaria import _
from kancelaria.case.casetype import CaseType
from kancelaria.case.casetype import RegisterEntry
from kancelaria.case.errors import CaseInputError
from kancelaria.publication import IPublicEntry
from plone import api
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

KINDS = SimpleVocabulary(
    [
        SimpleTerm("event", "event", _("gallery_event", default="Event")),
        SimpleTerm("investment", "investment", _("gallery_investment", default="Investment")),
    ]
)


class IGallery(model.Schema):
    """What the pictures document, when and where; tags to find it by."""

    kind = schema.Choice(title=_("Documents"), vocabulary=KINDS, required=True, default="event")
    date = schema.Date(title=_("Date of the event"), required=False)
    place = schema.TextLine(title=_("Place"), required=False)
    tags = schema.Tuple(
        title=_("Tags"),
        description=_("One a line, e.g. the investment's name or the campaign."),
        value_type=schema.TextLine(),
        required=False,
        missing_value=(),
        default=(),
    )


@implementer(IGallery, IPublicEntry)
class Gallery(RegisterEntry, Container):
    """Images, films (files) and links to films are inside it."""

    def Subject(self):
        """Its tags are the tags Plone's search and keyword index know."""
        return tuple(self.tags or ())


CASE_TYPE = CaseType(
    portal_type="Gallery",
    register="kancelaria/prasa",
    registered=False,
    public_states=("published",),
    add_label=_("Add a gallery"),
    edit_label=_("Edit the gallery"),
    publications={"publish": _("Gallery published")},
)

#: What a gallery holds.
MEDIA = ("Image", "File", "Link")


def alt_text(obj):
    """An image's alternative text: its description, else its title."""
    return (obj.Description() or obj.Title() or "").strip()


def check_alt_text(obj, event):
    """Subscriber: an image in a gallery says what it shows (a title or a description
    other than the file's name), or it is refused (a 400 naming ``title``)."""
    if obj.portal_type != "Image" or not IGallery.providedBy(getattr(obj, "__parent__", None)):
        return
    text = alt_text(obj)
    filename = getattr(getattr(obj, "image", None), "filename", None) or ""
    if not text or text == filename or text == obj.getId():
        raise CaseInputError(
            "title",
            _(
                "error_alt_text",
                default="say what the image shows (its title or description): "
                "it is the text read to those who cannot see it.",
            ),
        )


def without_staff_navigation(gallery, event):
    """Subscriber: a new gallery shows no portlets of the internal area (the staff's
    navigation tree of ``/kancelaria``): a visitor reading a published gallery meets
    nothing of the archive it is kept in."""
    from plone.portlets.constants import CONTEXT_CATEGORY
    from plone.portlets.interfaces import ILocalPortletAssignmentManager
    from plone.portlets.interfaces import IPortletManager
    from zope.component import getMultiAdapter
    from zope.component import getUtility

    for name in ("plone.leftcolumn", "plone.rightcolumn"):
        manager = getUtility(IPortletManager, name=name, context=gallery)
        local = getMultiAdapter((gallery, manager), ILocalPortletAssignmentManager)
        local.setBlacklistStatus(CONTEXT_CATEGORY, True)


def published_galleries(limit=6):
    """The newest published galleries (brains), for the home page and the site map."""
    return api.content.find(
        portal_type="Gallery",
        review_state="published",
        sort_on="created",
        sort_order="descending",
        sort_limit=limit,
    )[:limit]
