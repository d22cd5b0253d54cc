"""The cases of the demo: each made by the people who would make it, on the days it says."""

from datetime import timedelta
from kancelaria.case import routing
from kancelaria.demo.clock import Clock
from kancelaria.demo.clock import acting_as
from kancelaria.demo.clock import answer_date
from kancelaria.demo.clock import backdate
from kancelaria.demo.clock import date_history
from kancelaria.demo.clock import date_versions
from kancelaria.demo.clock import next_working_day
from kancelaria.demo.clock import previous_working_day
from kancelaria.demo.clock import received_date
from kancelaria.demo.clock import reindex
from kancelaria.demo.data import ATTACHMENT_TEXT
from kancelaria.demo.data import CLERK
from kancelaria.demo.data import DEPARTMENT_USERS
from kancelaria.demo.data import INTERPELLATIONS
from kancelaria.demo.data import MAYOR
from kancelaria.demo.data import html
from plone import api

FOR_APPROVAL = "Projekt odpowiedzi do akceptacji."


def _attach(obj, spec, received, when):
    from plone.namedfile.file import NamedBlobFile

    data = ATTACHMENT_TEXT.format(received=received.strftime("%d.%m.%Y")).encode("utf-8")
    attachment = api.content.create(
        container=obj,
        type="File",
        id=spec["filename"],
        title=spec["title"],
        file=NamedBlobFile(data=data, filename=spec["filename"], contentType="text/plain"),
        safe_id=False,
    )
    backdate(attachment, when, when)
    return attachment


def _register(container, spec, received):
    """The case as the clerk registers it on the day of receipt."""
    fields = {
        "title": spec["title"],
        "kind": spec["kind"],
        "councillor": spec["councillor"],
        "text": html(spec["text"]),
        "received_date": received,
    }
    with acting_as(CLERK):
        obj = api.content.create(
            container=container, type="Interpellation", id=spec["id"], safe_id=False, **fields
        )
    return obj


def _withdraw(obj, spec, when):
    with acting_as(CLERK, obj, when):
        api.content.transition(
            obj=obj, transition="withdraw", comment=spec.get("withdraw_comment", "")
        )


def _submit(obj, drafter, when, answer, comment=FOR_APPROVAL):
    with acting_as(drafter, obj, when):
        obj.answer = html(answer)
        api.content.transition(obj=obj, transition="submit_answer", comment=comment)


def _answer(obj, spec, received, drafter, routed_on, clock, today):
    """Answered: drafted (returned once, if the spec says so), submitted and approved."""
    answered_on = answer_date(received, obj.deadline, spec, today)
    if spec.get("returned"):
        first = next_working_day(routed_on + timedelta(days=5))
        _submit(obj, drafter, clock(first, 13, 10), spec["draft"])
        returned_on = next_working_day(first + timedelta(days=1))
        with acting_as(MAYOR, obj, clock(returned_on, 8, 45)):
            api.content.transition(obj=obj, transition="return_answer", comment=spec["returned"])
    submitted = previous_working_day(answered_on - timedelta(days=1))
    _submit(
        obj,
        drafter,
        clock(max(submitted, routed_on), 14, 20),
        spec["answer"],
        "Odpowiedź uzupełniona zgodnie z uwagami." if spec.get("returned") else FOR_APPROVAL,
    )
    with acting_as(MAYOR, obj, clock(answered_on, 15, 0)):
        obj.answer_date = answered_on
        api.content.transition(obj=obj, transition="approve_answer")


def _advance(obj, spec, received, clock, today):
    """Take the registered case through the workflow to the state of its spec."""
    state = spec["state"]
    if state == "withdrawn" and not spec.get("departments"):
        day = next_working_day(received + timedelta(days=spec.get("withdraw_in", 1)))
        _withdraw(obj, spec, clock(day, 11, 5))
        return
    if state == "registered":
        return
    routed_on = min(next_working_day(received + timedelta(days=1)), today)
    with acting_as(CLERK, obj, clock(routed_on, 10, 30)):
        routing.route(obj, spec["departments"], "Proszę o przygotowanie projektu odpowiedzi.")
    drafter = DEPARTMENT_USERS.get(spec["departments"][0], CLERK)
    if state == "withdrawn":
        day = next_working_day(received + timedelta(days=spec.get("withdraw_in", 5)))
        _withdraw(obj, spec, clock(min(day, today), 12, 40))
    elif state == "answer_review":
        submitted = previous_working_day(today - timedelta(days=spec.get("submitted_ago", 1)))
        _submit(obj, drafter, clock(max(submitted, routed_on), 13, 15), spec["answer"])
    elif state == "answered":
        _answer(obj, spec, received, drafter, routed_on, clock, today)


def make_interpellation(container, spec, today):
    received = received_date(spec["received"], spec["kind"], today)
    clock = Clock()
    registered_at = clock(received, 9, 20)
    obj = _register(container, spec, received)
    date_history(obj, 0, registered_at)
    date_versions(obj, registered_at)
    attachment = None
    if spec.get("attachment"):
        with acting_as(CLERK):
            attachment = _attach(obj, spec["attachment"], received, clock(received, 9, 35))
    _advance(obj, spec, received, clock, today)
    backdate(obj, registered_at, clock.last)
    reindex(obj)
    if attachment is not None:
        reindex(attachment)
    return obj


def ensure_interpellations(today):
    container = api.portal.get()["interpelacje"]
    made = []
    specs = [s for s in INTERPELLATIONS if s["id"] not in container.objectIds()]
    # Registered in the order the office received them, so the numbers run with the dates.
    specs.sort(key=lambda s: received_date(s["received"], s["kind"], today))
    for spec in specs:
        made.append(make_interpellation(container, spec, today))
    return made
