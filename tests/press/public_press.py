"""The press office's public content for the browser tests of the public site: a press
release in a campaign and a press conference to come (the news page lists it, and Plone's
events portlet shows it)."""

from DateTime import DateTime
from plone import api

import transaction


def fill(portal):
    """Create (as Manager) and commit; returns ``{"release": ..., "conference": ...}``."""
    with api.env.adopt_roles(["Manager"]):
        release = api.content.create(
            container=portal["aktualnosci"],
            type="News Item",
            id="komunikat-budzet",
            title="Ruszyło głosowanie w budżecie obywatelskim",
            description="Komunikat prasowy Biura Rzecznika.",
            press_release=True,
            campaigns=["budzet-obywatelski"],
        )
        api.content.transition(obj=release, transition="publish")
        start = DateTime() + 2
        conference = api.content.create(
            container=portal["aktualnosci"],
            type="Event",
            id="konferencja",
            title="Konferencja prasowa o budżecie",
            start=start.asdatetime(),
            end=(start + 1.0 / 24).asdatetime(),
            location="Sala sesyjna",
            press_conference=True,
        )
        api.content.transition(obj=conference, transition="publish")
    transaction.commit()
    return {"release": release, "conference": conference}


def pages(press):
    """(screenshot name, path) of the press office's public page types."""
    return [
        ("press-release", f"/aktualnosci/{press['release'].getId()}"),
        ("press-conference", f"/aktualnosci/{press['conference'].getId()}"),
        ("press-releases", "/aktualnosci?press=1"),
        ("campaign", "/aktualnosci?campaign=budzet-obywatelski"),
    ]
