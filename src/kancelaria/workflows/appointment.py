"""The Python side of ``kancelaria_appointment_workflow`` and of the appointment's dates:
times kept in the portal's zone, the end an hour after the start unless given (never
before it), the reason of a cancellation, and the desk's “today's appointments”."""

from DateTime import DateTime
from datetime import datetime
from datetime import time
from datetime import timedelta
from kancelaria import _
from kancelaria import clock
from kancelaria.case.errors import CaseInputError
from kancelaria.case.errors import text_param
from zope.interface import Invalid

import pytz

#: How long an appointment lasts when its end is not given.
DEFAULT_LENGTH = timedelta(hours=1)


def in_zone(value):
    """``value`` as an aware datetime of the portal's zone (pytz, which the ZODB stores);
    a naive one is read as the portal's local time."""
    if value is None:
        return None
    zone = pytz.timezone(clock.zone().key)
    if value.tzinfo is None:
        return zone.localize(value)
    return value.astimezone(zone)


def keep_dates(obj, event=None):
    """Subscriber (added, modified): the start and end in the portal's zone, the end an
    hour after the start when not given; an end not after the start is refused naming
    ``end``."""
    start = in_zone(getattr(obj, "start", None))
    end = in_zone(getattr(obj, "end", None))
    if start is not None and end is None:
        end = in_zone(start + DEFAULT_LENGTH)
    if start is not None and end is not None:
        try:
            check_end(start, end)
        except Invalid as error:
            raise CaseInputError("end", END_ERROR) from error
    obj.start, obj.end = start, end


END_ERROR = _("error_appointment_end", default="must be after the start.")


def check_end(start, end):
    """An end not after the start is ``Invalid`` (the forms' invariant)."""
    if end <= start:
        raise Invalid(END_ERROR)


def day_range(first, last=None):
    """The catalog's ``start`` range of the days ``first`` to ``last`` in the portal's zone."""
    zone = clock.zone()
    last = last or first
    return {
        "query": (
            DateTime(datetime.combine(first, time.min, tzinfo=zone)),
            DateTime(datetime.combine(last, time.max, tzinfo=zone)),
        ),
        "range": "min:max",
    }


def today_query(today):
    """The desk's “today's appointments”: appointments starting today, not cancelled."""
    return {
        "portal_type": "Appointment",
        "start": day_range(today),
        "review_state": ["internal", "public"],
    }


def cancel_reason_given(obj, comment=""):
    """``call_off``: whoever reads the calendar later learns why it did not take place."""
    text_param(
        comment,
        "comment",
        required=True,
        message=_("error_appointment_cancel_comment", default="say why it is cancelled."),
    )


def link_request(appointment, request):
    """The appointment was scheduled from the resident's ``request`` (an
    ``AppointmentRequest``): kept as a relation in the read-only field ``request``, which
    only the staff read."""
    from z3c.relationfield import RelationValue
    from zope.component import getUtility
    from zope.event import notify
    from zope.intid.interfaces import IIntIds
    from zope.lifecycleevent import ObjectModifiedEvent

    appointment.request = RelationValue(getUtility(IIntIds).getId(request))
    notify(ObjectModifiedEvent(appointment))
