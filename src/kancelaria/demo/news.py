"""The news of the demo: published in ``/aktualnosci`` by the press office."""

from DateTime import DateTime
from datetime import timedelta
from kancelaria.demo.clock import acting_as
from kancelaria.demo.clock import at
from kancelaria.demo.clock import backdate
from kancelaria.demo.clock import date_history
from kancelaria.demo.clock import previous_working_day
from kancelaria.demo.clock import reindex
from kancelaria.demo.data import NEWS
from kancelaria.demo.data import PRESS
from kancelaria.demo.data import html
from plone import api


def ensure_news(today):
    portal = api.portal.get()
    container = portal["aktualnosci"]
    # Links between pages by UID: they survive renaming and moving.
    links = {"interpelacje": f"resolveuid/{api.content.get_uuid(portal['interpelacje'])}"}
    made = []
    for spec in NEWS:
        if spec["id"] in container.objectIds():
            continue
        day = previous_working_day(today - timedelta(days=spec["ago"]))
        written = at(day, 11, 0)
        published = at(day, 12, 30)
        if published > DateTime():
            written = published = DateTime() - 1.0 / 1440
        with acting_as(PRESS):
            item = api.content.create(
                container=container,
                type="News Item",
                id=spec["id"],
                title=spec["title"],
                description=spec["description"],
                text=html(spec["text"], **links),
                safe_id=False,
            )
            api.content.transition(obj=item, transition="publish")
        item.setEffectiveDate(published)
        date_history(item, 0, written)
        date_history(item, 1, published)
        backdate(item, written, published)
        reindex(item)
        made.append(item)
    return made
