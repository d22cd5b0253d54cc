"""The press office's behaviors of Plone's own types in ``/aktualnosci``:

- ``kancelaria.campaign`` (Document, and in the two below): the information campaigns an
  item belongs to (``campaigns``: identifiers of the ``kancelaria.press.campaigns`` record);
- ``kancelaria.press_release`` (News Item): the "press release" mark and the press contact;
- ``kancelaria.press_conference`` (Event): the "press conference" mark and the press contact.

The contact starts from the press office's records when the item is made
(``fill_contact``); what the item says stays, whoever is the press contact later.
"""

from kancelaria import _
from kancelaria.press import settings
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.schema import Email
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

CONTACT_FIELDS = ("press_contact_name", "press_contact_phone", "press_contact_email")


@provider(IVocabularyFactory)
def campaigns_vocabulary(context=None):
    return SimpleVocabulary(
        [
            SimpleTerm(value=key, token=key, title=title)
            for key, title in sorted(settings.campaigns().items(), key=lambda kv: kv[1])
        ]
    )


class ICampaignFields(model.Schema):
    """The field every press behavior has (not a behavior itself)."""

    campaigns = schema.List(
        title=_("Information campaigns"),
        description=_("The item is listed on each campaign's page."),
        value_type=schema.Choice(vocabulary="kancelaria.campaigns"),
        required=False,
        default=[],
    )
    directives.widget("campaigns", CheckBoxFieldWidget)


@provider(IFormFieldProvider)
class ICampaign(ICampaignFields):
    model.fieldset("press", label=_("Press office"), fields=["campaigns"])


class IPressContact(model.Schema):
    press_contact_name = schema.TextLine(title=_("Press contact"), required=False)
    press_contact_phone = schema.TextLine(title=_("Press contact's phone"), required=False)
    press_contact_email = Email(title=_("Press contact's e-mail"), required=False)


@provider(IFormFieldProvider)
class IPressRelease(ICampaignFields, IPressContact):
    model.fieldset(
        "press",
        label=_("Press office"),
        fields=["press_release", "campaigns", *CONTACT_FIELDS],
    )
    press_release = schema.Bool(
        title=_("Press release"),
        description=_("Marked “Press release” on the site, with the press contact."),
        required=False,
        default=False,
    )


@provider(IFormFieldProvider)
class IPressConference(ICampaignFields, IPressContact):
    model.fieldset(
        "press",
        label=_("Press office"),
        fields=["press_conference", "campaigns", *CONTACT_FIELDS],
    )
    press_conference = schema.Bool(
        title=_("Press conference"),
        description=_("Listed among the upcoming press conferences, with the press contact."),
        required=False,
        default=False,
    )


def fill_contact(obj, event):
    """A new item's press contact, where not given, is the press office's of today."""
    if not IPressContact.providedBy(obj):
        return
    office = settings.contact()
    for name in CONTACT_FIELDS:
        if not obj.__dict__.get(name):
            setattr(obj, name, office[name.rpartition("_")[2]])


def press_kind(obj):
    """``"release"``, ``"conference"`` or ``None``: what the news listing marks."""
    if getattr(obj, "press_release", False) and IPressRelease.providedBy(obj):
        return "release"
    if getattr(obj, "press_conference", False) and IPressConference.providedBy(obj):
        return "conference"
    return None


def item_campaigns(obj):
    """The campaigns of ``obj`` that the settings still know, in the settings' order."""
    known = settings.campaigns()
    mine = getattr(obj, "campaigns", None) or ()
    return [(key, known[key]) for key in mine if key in known]
