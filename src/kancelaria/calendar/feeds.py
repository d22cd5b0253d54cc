"""The calendars as iCalendar feeds for phones and mail programs.

- Each official's own calendar, ``/@@kalendarz.ics?official=<id>&token=<token>``: his
  appointments, internal and public, not the cancelled ones, from a month back on. It
  works without login, so its address is its key: a random token per official
  (``secrets.token_urlsafe``), kept in an annotation of the calendar folder, shown to the
  office on ``@@calendar-officials`` and regenerated there (the old address stops working
  at once). A wrong official or token is a 404 that says nothing more; the token is
  compared in constant time. Never cached by anyone (``private, no-store``).
- The public calendar, ``/@@kalendarz-prezydenta.ics``: the public appointments only.

Both read the catalog alone (subject, time, place, officials): nothing of the staff's
details goes into a feed.
"""

from datetime import timedelta
from kancelaria import clock
from kancelaria.caching.private import keep_private
from kancelaria.calendar import listing
from kancelaria.calendar import settings
from persistent.mapping import PersistentMapping
from plone import api
from plone.protect.utils import safeWrite
from Products.Five import BrowserView
from zExceptions import NotFound
from zope.annotation.interfaces import IAnnotations

import hmac
import icalendar
import secrets

KEY = "kancelaria.calendar.tokens"
#: What a feed covers: from a month back to a year ahead.
PAST_DAYS = 31
FUTURE_DAYS = 366


def _folder():
    return api.portal.get().unrestrictedTraverse(listing.CALENDAR)


def _tokens(create=False):
    folder = _folder()
    annotations = IAnnotations(folder)
    tokens = annotations.get(KEY)
    if tokens is None and create:
        tokens = annotations[KEY] = PersistentMapping()
        # Made by the office's page when first shown (a GET): an intended write.
        for obj in (folder, getattr(folder, "__annotations__", None), tokens):
            if obj is not None:
                safeWrite(obj)
    return tokens if tokens is not None else {}


def token_for(official):
    """The official's token, made on first use."""
    tokens = _tokens(create=True)
    if official not in tokens:
        tokens[official] = secrets.token_urlsafe(32)
        safeWrite(tokens)
    return tokens[official]


def regenerate(official):
    """A new token: the old feed address stops working."""
    _tokens(create=True)[official] = secrets.token_urlsafe(32)
    return _tokens()[official]


def valid(official, token):
    if not isinstance(official, str) or not isinstance(token, str) or not token:
        return False
    if official not in settings.officials():
        return False
    known = _tokens().get(official)
    return bool(known) and hmac.compare_digest(known.encode(), token.encode())


def feed_url(official):
    portal = api.portal.get()
    return (
        f"{portal.absolute_url()}/@@kalendarz.ics?official={official}&token={token_for(official)}"
    )


def calendar(name, brains):
    """An iCalendar of the catalog's entries."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Kancelaria Prezydenta Miasta//kancelaria//PL")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", clock.zone().key)
    for brain in brains:
        event = icalendar.Event()
        event.add("uid", f"{brain.UID}@kancelaria")
        event.add("summary", brain.Title)
        event.add("dtstart", listing.local(brain.start))
        if brain.end is not None:
            event.add("dtend", listing.local(brain.end))
        if brain.location:
            event.add("location", brain.location)
        names = ", ".join(settings.name_of(o) for o in brain.officials or ())
        if names:
            event.add("description", names)
        event.add("url", brain.getURL())
        event.add("dtstamp", clock.now())
        cal.add_component(event)
    return cal.to_ical()


def _answer(request, body, filename):
    response = request.response
    response.setHeader("Content-Type", "text/calendar; charset=utf-8")
    response.setHeader("Content-Disposition", f'inline; filename="{filename}"')
    return body


class OfficialFeed(BrowserView):
    """``@@kalendarz.ics?official=…&token=…``."""

    def __call__(self):
        form = self.request.form
        official, token = form.get("official"), form.get("token")
        if not valid(official, token):
            raise NotFound()
        today = clock.today()
        brains = listing.search(
            today - timedelta(days=PAST_DAYS),
            today + timedelta(days=FUTURE_DAYS),
            official,
            states=("internal", "public"),
            unrestricted=True,
        )
        body = calendar(settings.name_of(official), brains)
        keep_private(self.request.response)  # private, no-cache, no-store, max-age=0
        return _answer(self.request, body, f"kalendarz-{official}.ics")


class PublicFeed(BrowserView):
    """``@@kalendarz-prezydenta.ics``: the public appointments."""

    def __call__(self):
        today = clock.today()
        brains = listing.search(
            today - timedelta(days=PAST_DAYS),
            today + timedelta(days=FUTURE_DAYS),
            states=("public",),
            unrestricted=True,
        )
        return _answer(
            self.request,
            calendar("Kalendarz Prezydenta Miasta", brains),
            "kalendarz-prezydenta.ics",
        )
