"""How people read dates and numbers: the Polish way, ``16.11.2026`` and ``16,5``.

Every page, viewlet and e-mail of the product formats with these; REST answers and exports
keep ISO dates and plain numbers. Plone's own pages (bylines, the history, search results)
format through its registry override of date formats, set to the same (``PLONE_DATES``).
In a template, through the view ``@@kancelaria-format``::

    <tal:f define="fmt nocall:context/@@kancelaria-format">
      <span tal:content="python:fmt.date(item['deadline'])" />
      <span tal:content="python:fmt.number(stats['median_days_to_answer'])" />
    </tal:f>
"""

from DateTime import DateTime
from decimal import ROUND_HALF_UP
from decimal import Decimal
from kancelaria import _
from kancelaria import clock
from plone import api
from Products.Five import BrowserView
from zope.globalrequest import getRequest
from zope.i18n import translate

import datetime as dt

NBSP = "\u00a0"

#: Plone's own date formats (``ulocalized_time``: bylines, history, search results), the
#: registry's override of what its Polish catalogue says (2026-11-16).
PLONE_DATES_PREFIX = "Products.CMFPlone.i18nl10n.override_dateformat."
PLONE_DATES = {
    "Enabled": True,
    "date_format_short": "%d.%m.%Y",
    "date_format_long": "%d.%m.%Y %H:%M",
    "time_format": "%H:%M",
}


def _to_datetime(value):
    """A ``date``/``datetime`` from what the catalog, the ZODB or a form hold (``None`` for
    nothing or what is no date)."""
    if isinstance(value, DateTime):
        return value.asdatetime()
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    if isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
        except ValueError:
            return None
    return None


def date(value, default=""):
    """``16.11.2026``; ``default`` for no date."""
    value = _to_datetime(value)
    return value.strftime("%d.%m.%Y") if value is not None else default


def datetime(value, default=""):
    """``16.11.2026 14:05``, a moment with a zone told in the portal's (Warsaw's)."""
    value = _to_datetime(value)
    if value is None:
        return default
    if not isinstance(value, dt.datetime):
        return date(value, default)
    if value.tzinfo is not None:
        value = value.astimezone(clock.zone())
    return value.strftime("%d.%m.%Y %H:%M")


def number(value, places=1, default=""):
    """``16,5``: at most ``places`` decimals (no trailing zeros), a decimal comma, and a
    (non-breaking) space between thousands from 10 000 on, as Polish writes numbers."""
    if value is None or isinstance(value, bool):
        return default
    try:
        amount = Decimal(str(value))
    except ArithmeticError:
        return default
    if not amount.is_finite():
        return default
    quantum = Decimal(1).scaleb(-places)
    amount = amount.quantize(quantum, rounding=ROUND_HALF_UP).normalize()
    sign = "-" if amount < 0 else ""
    whole, _dot, fraction = f"{abs(amount):f}".partition(".")
    if len(whole) > 4:
        whole = f"{int(whole):,}".replace(",", NBSP)
    return f"{sign}{whole},{fraction}" if fraction else f"{sign}{whole}"


def percent(share, places=0, default=""):
    """``75%`` of a share 0.75."""
    if share is None or isinstance(share, bool):
        return default
    return f"{number(share * 100, places)}%"


#: The months as a date in words names them (in Polish, the genitive: "27 listopada").
MONTHS = (
    _("month_of_1", default="January"),
    _("month_of_2", default="February"),
    _("month_of_3", default="March"),
    _("month_of_4", default="April"),
    _("month_of_5", default="May"),
    _("month_of_6", default="June"),
    _("month_of_7", default="July"),
    _("month_of_8", default="August"),
    _("month_of_9", default="September"),
    _("month_of_10", default="October"),
    _("month_of_11", default="November"),
    _("month_of_12", default="December"),
)


def long_date(value, language=None, default=""):
    """A date in words, as a letter gives it: ``27 listopada 2026 r.`` in Polish
    (``language``: the document's language; ``None``: the request's)."""
    value = _to_datetime(value)
    if value is None:
        return default
    context = None if language else getRequest()
    month = translate(MONTHS[value.month - 1], target_language=language, context=context)
    return translate(
        _(
            "long_date",
            default="${day} ${month} ${year}",
            mapping={"day": str(value.day), "month": month, "year": str(value.year)},
        ),
        target_language=language,
        context=context,
    )


class FormatView(BrowserView):
    """``@@kancelaria-format``: the helpers above, for templates."""

    date = staticmethod(date)
    datetime = staticmethod(datetime)
    number = staticmethod(number)
    percent = staticmethod(percent)
    long_date = staticmethod(long_date)

    def __call__(self):
        return ""


def set_up_plone_dates():
    """Make Plone's own pages write dates as ours do (``profiles/default/registry.xml`` on a
    new site; this on an existing one, idempotent). ``True`` when something changed."""
    changed = False
    for name, value in PLONE_DATES.items():
        record = PLONE_DATES_PREFIX + name
        if api.portal.get_registry_record(record, default=None) != value:
            api.portal.set_registry_record(record, value)
            changed = True
    return changed
