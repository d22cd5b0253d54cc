"""Scheduling a request into the calendar: ``<request>/@@schedule-request`` (the
secretariat's form “Umów spotkanie”, prefilled from the request) and ``POST
<request>/@schedule {"start", "end", "place", "officials"}``. One function does both: it
checks the input (a 400 naming the field), makes the ``Appointment`` (state ``internal``)
in ``/kancelaria/kalendarz`` as the caller, links the two both ways by relations (the
appointment's ``request``, the request's ``appointment``) and makes the request's
``schedule`` transition, whose e-mail tells the resident. Any refusal dooms the
transaction: no appointment is left behind when the transition fails."""

from datetime import datetime
from kancelaria import _
from kancelaria import clock
from kancelaria.appointments import intake
from kancelaria.case import limits
from kancelaria.case.errors import CaseInputError
from kancelaria.workflows.appointment import in_zone
from kancelaria.workflows.appointment import link_request
from plone import api
from plone.api.exc import InvalidParameterError
from Products.CMFCore.WorkflowCore import WorkflowException
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.event import notify
from zope.intid.interfaces import IIntIds
from zope.lifecycleevent import ObjectModifiedEvent


def appointment_of(obj):
    """The appointment a request was scheduled into (whoever asks), or ``None``."""
    relation = getattr(obj, "appointment", None)
    if relation is None or relation.isBroken():
        return None
    return relation.to_object


def official_names(ids):
    known = dict(intake.officials())
    return [known.get(i, i) for i in ids or ()]


def _moment(data, name):
    value = data.get(name)
    if value in (None, ""):
        raise CaseInputError(
            name,
            _(
                "error_schedule_moment_required",
                default="give the date and time, e.g. 2026-12-03T10:00.",
            ),
        )
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return in_zone(datetime.fromisoformat(value.strip()))
    except ValueError as error:
        raise CaseInputError(
            name,
            _(
                "error_schedule_moment",
                default="'${value}' is no date and time; give it as YYYY-MM-DDTHH:MM, e.g. "
                "2026-12-03T10:00.",
                mapping={"value": str(value)[:50]},
            ),
        ) from error


def check(data):
    """``{"start", "end", "place", "officials"}`` checked: the values for the appointment,
    or ``CaseInputError`` naming the first wrong field."""
    start = _moment(data, "start")
    end = _moment(data, "end")
    if end <= start:
        raise CaseInputError(
            "end", _("error_schedule_end", default="the appointment must end after it starts.")
        )
    if start.date() < clock.today():
        raise CaseInputError(
            "start",
            _("error_schedule_past", default="the appointment cannot be in the past."),
        )
    place = data.get("place")
    if place is None:
        place = ""
    if not isinstance(place, str):
        raise CaseInputError("place", _("error_text_expected", default="give a text."))
    place = place.strip()
    problem = limits.problem(_place_field(), place) if place else None
    if problem is not None:
        raise CaseInputError("place", problem)
    officials = data.get("officials")
    if isinstance(officials, str):
        officials = [officials]
    known = dict(intake.officials())
    if (
        not isinstance(officials, list)
        or not officials
        or not all(isinstance(o, str) and o in known for o in officials)
    ):
        raise CaseInputError(
            "officials",
            _(
                "error_schedule_officials",
                default="choose who of the mayor and the deputies meets the resident "
                "(ids of the officials' list).",
            ),
        )
    return {"start": start, "end": end, "place": place, "officials": list(dict.fromkeys(officials))}


def _place_field():
    from zope import schema

    return schema.TextLine(__name__="place")


def schedule(obj, data):
    """Make the appointment of the request ``obj`` from ``data`` and move the request to
    ``scheduled``; the appointment is returned."""
    values = check(data)
    calendar = intake.register()
    appointment = api.content.create(
        container=calendar, type="Appointment", title=obj.title, safe_id=True, **values
    )
    link_request(appointment, obj)
    obj.appointment = RelationValue(getUtility(IIntIds).getId(appointment))
    notify(ObjectModifiedEvent(obj))
    try:
        api.content.transition(obj=obj, transition="schedule")
    except (InvalidParameterError, WorkflowException) as error:
        # Decided meanwhile: the caller dooms the transaction, the appointment goes too.
        raise CaseInputError(
            "review_state",
            _(
                "error_request_decided",
                default="the request is no longer waiting: it has been scheduled or refused.",
            ),
        ) from error
    return appointment
