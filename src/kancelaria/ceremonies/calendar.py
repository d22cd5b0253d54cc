"""The year's ceremonies: the state holidays and remembrance days of Poland a city office
marks, and the city's anniversaries (the office's records, ``settings``).

``generate(folder, year)`` adds to the calendar one ``Ceremony`` for each day of the year
that has none yet: its id is the day's key and the year (``swieto-3-maja-2027``), so
running it twice adds nothing, and a ceremony the office edited or removed is never
rewritten. The generated ceremonies are ordinary entries, edited like any other.
"""

from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from kancelaria import _
from kancelaria import clock
from kancelaria.case.errors import CaseInputError
from kancelaria.ceremonies import settings
from plone import api
from plone.i18n.normalizer.interfaces import IIDNormalizer
from zope.component import getUtility


def last_sunday_of(year, month):
    following = date(year + (month == 12), month % 12 + 1, 1)
    day = following - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


#: ``(key, day, title)``: ``day`` is ``(month, day)`` or a function of the year (a movable
#: day). The titles are the days' own names in Polish (the ceremony's title, as any the
#: office writes).
STATE_DAYS = (
    # Regional remembrance (the Silesian Voivodeship): the Upper Silesian Tragedy of 1945,
    # the last Sunday of January; Świętochłowice had the “Zgoda” camp. Movable.
    (
        "tragedia-gornoslaska",
        lambda year: last_sunday_of(year, 1),
        "Dzień Pamięci o Tragedii Górnośląskiej",
    ),
    # Act of 3 February 2011 on the National Day of Remembrance of the “Cursed Soldiers”.
    ("zolnierze-wykleci", (3, 1), "Narodowy Dzień Pamięci „Żołnierzy Wyklętych”"),
    # Act of 20 February 2004 amending the act on the emblem, colours and anthem (Flag Day).
    ("dzien-flagi", (5, 2), "Dzień Flagi Rzeczypospolitej Polskiej"),
    # Act of 6 April 1990 restoring the Third of May National Holiday (a day off work).
    ("swieto-3-maja", (5, 3), "Święto Narodowe Trzeciego Maja"),
    # Act of 24 April 2015 on the National Victory Day.
    ("dzien-zwyciestwa", (5, 8), "Narodowy Dzień Zwycięstwa"),
    # Act of 16 March 2009 on the National Day of Remembrance of the Warsaw Uprising.
    ("powstanie-warszawskie", (8, 1), "Narodowy Dzień Pamięci Powstania Warszawskiego"),
    # Act of 30 July 1992 on the Polish Army Day (15 August, a day off work).
    ("swieto-wojska-polskiego", (8, 15), "Święto Wojska Polskiego"),
    # Act of 27 July 2005 on the Solidarity and Freedom Day.
    ("dzien-solidarnosci", (8, 31), "Dzień Solidarności i Wolności"),
    # The outbreak of the Second World War: marked by custom (no act of its own).
    ("wybuch-ii-wojny-swiatowej", (9, 1), "Rocznica wybuchu II wojny światowej"),
    # The Soviet invasion of 17 September 1939, the Siberian exiles' day: marked by custom.
    ("17-wrzesnia", (9, 17), "Rocznica agresji sowieckiej na Polskę, Dzień Sybiraka"),
    # Act of 15 February 1989 restoring the National Independence Day (a day off work).
    ("swieto-niepodleglosci", (11, 11), "Narodowe Święto Niepodległości"),
)

#: The hour a generated ceremony starts at (the office sets the real one).
START = time(12, 0)
#: The years the calendar generates: from last year to ten years ahead.
YEARS_BACK = 1
YEARS_AHEAD = 10


def _day(spec, year):
    if callable(spec):
        return spec(year)
    month, day = spec
    try:
        return date(year, month, day)
    except ValueError:
        return None  # 29 February in a common year


def days_of(year):
    """``[(id, date, title, kind)]`` of ``year``: the state days and the anniversaries,
    by date."""
    normalizer = getUtility(IIDNormalizer)
    found = []
    for key, spec, title in STATE_DAYS:
        day = _day(spec, year)
        if day is not None:
            found.append((f"{key}-{year}", day, title, "state_holiday"))
    for row in settings.anniversaries():
        day = _day((row.get("month"), row.get("day")), year)
        title = (row.get("title") or "").strip()
        if day is not None and title:
            key = normalizer.normalize(title, max_length=60)
            found.append((f"{key}-{year}", day, title, "city_anniversary"))
    return sorted(found, key=lambda item: (item[1], item[0]))


def is_calendar(context):
    """Whether ``context`` is the calendar ceremonies live in (the register their type
    names): the year's list and the anniversaries are made there only."""
    from kancelaria.case import casetype

    path = casetype.for_type("Ceremony").register
    found = api.portal.get().unrestrictedTraverse(path, None)
    return found is not None and found.getPhysicalPath() == context.getPhysicalPath()


def check_year(value):
    """A whole year from last year to ten years ahead, else a 400 naming ``year``."""
    this_year = clock.today().year
    first, last = this_year - YEARS_BACK, this_year + YEARS_AHEAD
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not first <= value <= last:
        raise CaseInputError(
            "year",
            _(
                "error_ceremony_year",
                default="give a year from ${first} to ${last}.",
                mapping={"first": first, "last": last},
            ),
        )
    return value


def _start(day):
    return datetime.combine(day, START, tzinfo=clock.zone())


def generate(folder, year):
    """Add the year's missing ceremonies to ``folder`` (the calendar). Returns
    ``(created, existing)``: the new ceremonies and the ids of those already there."""
    year = check_year(year)
    created, existing = [], []
    for item_id, day, title, kind in days_of(year):
        if item_id in folder:
            existing.append(item_id)
            continue
        created.append(
            api.content.create(
                container=folder,
                type="Ceremony",
                id=item_id,
                title=title,
                start=_start(day),
                kind=kind,
                safe_id=False,
            )
        )
    return created, existing
