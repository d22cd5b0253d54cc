"""A parsed e-mail as an incoming letter: the values of its fields and its files.

The names are the contract's (``IncomingLetter``): ``title`` (the subject),
``sender_name``, ``sender_email``, ``letter_date`` (the e-mail's date), ``channel``
(``email``), ``kind`` (``general``, for the clerk to change), ``summary`` (the body's text,
shortened) and ``received_date`` (the day the office's server received it; without a
``Received`` header the core's default, today). ``sender_reference`` stays empty: a
Message-ID is no sender's reference (“znak pisma”); it stays in the original e-mail, kept
as the letter's first file.
"""

from kancelaria import _
from kancelaria import clock
from kancelaria.letters.eml import ORIGINAL
from kancelaria.letters.eml import Attachment
from plone import api
from zope.i18n import translate

#: The letter's channel (``IncomingLetter.channel``).
CHANNEL = "email"
#: Its kind until the clerk says otherwise (an e-mail says nothing of its kind; the kind is
#: required and sets the deadline).
KIND = "general"


def letter_values(parsed):
    """``{field: value}`` of the incoming letter; empty values left out. A missing subject
    is said in the site's language (it is data, the same for every reader)."""
    title = parsed.subject or translate(
        _("eml_no_subject", default="(no subject)"),
        target_language=api.portal.get_default_language(),
    )
    values = {
        "title": title,
        "sender_name": parsed.sender_name or parsed.sender_email,
        "sender_email": parsed.sender_email,
        # A sender's clock ahead of ours gives no date of the letter (none is in the future).
        "letter_date": parsed.date if parsed.date and parsed.date <= clock.today() else None,
        "channel": CHANNEL,
        "kind": KIND,
        "summary": parsed.summary,
        "received_date": parsed.received,
    }
    return {name: value for name, value in values.items() if value not in (None, "")}


def letter_files(parsed, data):
    """The files inside the letter, in order: the original e-mail, then its attachments."""
    return [Attachment(ORIGINAL, "message/rfc822", data), *parsed.attachments]
