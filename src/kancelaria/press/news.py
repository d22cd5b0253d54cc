"""The press office's part of the news listing (``/aktualnosci``, view ``publications``):
press releases only (``?press=1``), one campaign (``?campaign=<id>``: the campaign's page),
the marks of press releases and conferences, and the upcoming press conferences with their
calendar (``@@konferencje.ics``)."""

from datetime import datetime
from kancelaria import _
from kancelaria import clock
from kancelaria.case.errors import CaseInputError
from kancelaria.press import settings
from plone import api
from plone.app.event.ical.exporter import construct_icalendar
from Products.Five import BrowserView

#: How many upcoming press conferences the news page lists.
UPCOMING = 5


def read_filters(form):
    """``{"press": bool, "campaign": id or None}`` of the listing's request; a value that
    is not understood raises ``CaseInputError`` naming it."""
    press = form.get("press")
    if press not in (None, "", "0", "1"):
        raise CaseInputError("press", _("error_press_flag", default="give 1 or 0."))
    campaign = form.get("campaign") or None
    if campaign is not None and (
        not isinstance(campaign, str) or campaign not in settings.campaigns()
    ):
        raise CaseInputError(
            "campaign",
            _(
                "error_unknown_campaign",
                default="'${value}' is not a campaign of the press office.",
                mapping={"value": str(campaign)[:60]},
            ),
        )
    return {"press": press == "1", "campaign": campaign}


def criteria(filters):
    """The catalog query's part for ``filters``."""
    query = {}
    if filters.get("press"):
        query["press_kind"] = "release"
    if filters.get("campaign"):
        query["campaigns"] = filters["campaign"]
    return query


def upcoming_conferences(context, limit=UPCOMING):
    """Brains of the press conferences to come (those not yet ended), the soonest first."""
    now = datetime.now(clock.zone())
    return api.content.find(
        context=context,
        portal_type="Event",
        press_kind="conference",
        end={"query": now, "range": "min"},
        sort_on="start",
        sort_limit=limit,
    )[:limit]


class ConferencesICal(BrowserView):
    """``@@konferencje.ics``: the upcoming press conferences as one iCalendar."""

    def __call__(self):
        events = [brain.getObject() for brain in upcoming_conferences(self.context, limit=100)]
        ical = construct_icalendar(self.context, events).to_ical()
        response = self.request.response
        response.setHeader("Content-Type", "text/calendar; charset=utf-8")
        response.setHeader("Content-Disposition", 'attachment; filename="konferencje.ics"')
        return ical


class PressMacros(BrowserView):
    """``@@kancelaria-press-macros``: the listing's press parts (``filters``, ``mark``)."""

    def __getitem__(self, name):
        return self.index.macros[name]

    def when(self, brain):
        return api.portal.get_localized_time(datetime=brain.start, long_format=True)
