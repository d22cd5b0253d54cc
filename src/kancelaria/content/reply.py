"""„Przygotuj odpowiedź” — the draft of a reply to an incoming letter.

Whoever may reply to the letter (the office; the department it is routed to) gets a draft in
the correspondence register with ``in_reply_to`` set, the sender as its recipient and the
departments of the letter given the same access; the department sees nothing else there.
"""

from kancelaria import _
from kancelaria import settings
from kancelaria.case import history
from kancelaria.case import routing
from plone import api
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds


def recipient_of(incoming):
    return {
        "name": incoming.sender_name or "",
        "organisation": incoming.sender_organisation or "",
        "address": " ".join((incoming.sender_address or "").split()),
        "email": incoming.sender_email or "",
    }


def create_reply(incoming):
    """Create the draft of a reply to ``incoming`` (the caller checked the permission
    ``kancelaria: Reply to letter`` on it) and return it."""
    register = incoming.aq_parent
    title = api.portal.translate(
        _("reply_title", default="Re: ${title}", mapping={"title": incoming.Title()})
    )
    signatory = next(iter(settings.signatories()), None)
    relation = RelationValue(getUtility(IIntIds).getId(incoming))
    # A department may not add to the register itself: the draft is made for it, and it
    # stays its owner.
    with api.env.adopt_roles(["Manager"]):
        reply = api.content.create(
            container=register,
            type="OutgoingLetter",
            title=title[:300],
            recipients=[recipient_of(incoming)],
            kind="reply",
            in_reply_to=relation,
            signatory=signatory,
            channel=incoming.channel or "paper",
        )
        if incoming.departments:
            routing.grant(reply, list(incoming.departments))
    history.record(
        incoming,
        "prepare_reply",
        comment=reply.Title(),
        kancelaria_reply=reply.UID(),
    )
    return reply
