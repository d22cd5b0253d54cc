"""What the generator makes of each type: its share, its fields, and the ways through its
workflow that real cases take.

A ``Plan`` names its register, its share of every 1,000 items (an office of a city of
~300,000: mostly letters in and out), the fields of item ``i`` received on ``day``, and its
``paths``: ``(weight, steps)``, each step a transition (with the comment the workflow asks
for) or ``ROUTE`` (``kancelaria.case.routing.route`` to a department: local roles, history
and the routing transition). ``prepare`` fills, before a step, what the step's check reads
(the answer before ``submit_answer``, the minutes before ``approve_minutes``). A path that
ends in an open state is taken only by recent items (``OPEN_DAYS``): most old cases are
closed, as in an office.
"""

from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from datetime import time
from datetime import timedelta
from decimal import Decimal
from kancelaria.volume import words
from plone.app.textfield.value import RichTextValue

ROUTE = "@route"
#: Items received within this many days may still be open.
OPEN_DAYS = 60


def rich(i, count=3):
    return RichTextValue(words.html(i, count), "text/html", "text/x-html-safe")


def moment(day, hour, minute=0):
    """A moment of ``day`` in the portal's zone, as the ZODB stores it (pytz)."""
    from kancelaria.workflows.appointment import in_zone

    return in_zone(datetime.combine(day, time(hour, minute)))


@dataclass(frozen=True)
class Plan:
    portal_type: str
    register: str
    share: int
    fields: object
    #: ``(weight, steps)``; the first entries end closed, ``open_paths`` open.
    paths: tuple = ((1, ()),)
    open_paths: tuple = ()
    prepare: dict = field(default_factory=dict)
    #: Directives made inside each (a meeting's plan of tasks).
    children: tuple = ()


def _incoming(i, day, ctx):
    kind = words.pick(ctx["letter_kinds"], i)
    return {
        "title": words.subject(i),
        "sender_name": words.person(i),
        "sender_organisation": words.pick(words.ORGANISATIONS, i) if i % 3 == 0 else "",
        "sender_address": words.address(i),
        "sender_reference": f"ZN.{i % 900 + 100}.{day.year}" if i % 4 == 0 else "",
        "letter_date": day - timedelta(days=i % 5),
        "channel": words.pick(("paper", "paper", "epuap", "email", "e_doreczenia", "in_person"), i),
        "kind": kind,
        "summary": words.text(i, 2),
        "received_date": day,
    }


def _outgoing(i, day, ctx):
    return {
        "title": words.subject(i, words.REPLIES),
        "recipients": [
            {
                "name": words.person(i + 3),
                "organisation": words.pick(words.ORGANISATIONS, i) if i % 2 else "",
                "address": words.address(i + 5),
                "email": "",
            }
        ],
        "kind": words.pick(
            (
                "reply",
                "reply",
                "reply",
                "information",
                "thanks",
                "congratulations",
                "invitation",
                "condolences",
                "jubilee",
            ),
            i,
        ),
        "body": rich(i, 4),
        "signatory": words.pick(ctx["signatories"], i),
        "channel": words.pick(("paper", "epuap", "email"), i),
        "received_date": day,
    }


def _interpellation(i, day, ctx):
    return {
        "title": words.subject(
            i, ("Interpelacja w sprawie", "Zapytanie w sprawie", "Wniosek w sprawie")
        ),
        "kind": words.pick(("interpellation", "interpellation", "inquiry", "inquiry", "motion"), i),
        "councillor": words.pick(ctx["councillors"], i),
        "text": rich(i, 3),
        "received_date": day,
    }


def _answer(obj, i, day):
    obj.answer = rich(i + 1, 2)


def _meeting(i, day, ctx):
    return {
        "title": f"Narada {words.pick(('kierownictwa', 'zastępców', 'robocza'), i)} {day:%d.%m.%Y}",
        "start": moment(day, 9 + i % 5),
        "place": words.pick(words.PLACES, i),
        "kind": words.pick(("management", "deputies", "working"), i),
        "chair": "Prezydent Miasta",
        "minute_taker": words.person(i + 1),
        "agenda": [{"number": "1", "topic": words.subject(i), "presenter": words.person(i + 2)}],
    }


def _minutes(obj, i, day):
    obj.minutes = rich(i, 4)


def _directive(i, day, ctx):
    return {
        "title": f"Polecenie: {words.subject(i, ('przygotować analizę', 'wyjaśnić sprawę'))}",
        "text": rich(i, 2),
        "responsible_person": words.person(i + 4),
        "priority": words.pick(("normal", "normal", "high", "low"), i),
        "received_date": day,
    }


def _report(obj, i, day):
    obj.completion_report = rich(i + 2, 1)


def _patronage(i, day, ctx):
    start = day + timedelta(days=40 + i % 60)
    return {
        "title": f"{words.pick(words.EVENTS, i)} {start.year}",
        "request_kind": words.pick(("patronage", "patronage", "patronage", "committee"), i),
        "organiser_name": words.pick(words.ORGANISATIONS, i),
        "organiser_address": words.address(i),
        "contact_person": words.person(i),
        "contact_email": f"kontakt{i}@organizator.example",
        "contact_phone": f"+48 32 {i % 900 + 100} {i % 90 + 10} {i % 80 + 10}",
        "description": words.text(i, 3),
        "event_start": start,
        "place": words.pick(words.PLACES, i),
        "participants": 50 + i % 950,
        "received_date": day,
    }


def _appointment(i, day, ctx):
    return {
        "title": f"Spotkanie: {words.pick(words.ORGANISATIONS, i)}",
        "start": moment(day, 10 + i % 6),
        "end": moment(day, 11 + i % 6),
        "place": words.pick(words.PLACES, i),
        "officials": [words.pick(ctx["officials"], i)],
        "notes": words.text(i, 1),
    }


def _request(i, day, ctx):
    return {
        "title": f"Prośba o spotkanie w sprawie {words.pick(words.TOPICS, i)}",
        "name": words.person(i),
        "email": f"mieszkaniec{i}@poczta.example",
        "phone": "",
        "preferred_dates": "dowolny dzień roboczy po 12:00",
        "message": words.text(i, 2),
        "consent_given": moment(day, 8),
    }


def _refusal(obj, i, day):
    obj.refusal_reason = "Sprawa należy do właściwości wydziału; przekazano ją do załatwienia."


def _ceremony(i, day, ctx):
    return {
        "title": f"{words.pick(words.CEREMONIES, i)} {day.year}",
        "start": moment(day, 11),
        "end": moment(day, 13),
        "place": words.pick(words.PLACES, i),
        "kind": "other",
        "organisers": words.pick(words.ORGANISATIONS, i),
        "speech": rich(i, 2),
    }


def _research(i, day, ctx):
    return {
        "title": f"Badanie opinii mieszkańców {day.year}: {words.pick(words.TOPICS, i)}",
        "kind": words.pick(("opinion_research", "analysis"), i),
        "scope": words.text(i, 2),
        "contractor": words.pick(words.ORGANISATIONS, i + 3),
        "cost": Decimal(15000 + (i % 20) * 1000),
        "order_date": day,
        "due_date": day + timedelta(days=60),
        "summary": words.text(i + 1, 2),
    }


def _broadcast(i, day, ctx):
    return {
        "title": f"Prezydent w programie „{words.pick(words.MEDIA, i)}” {day:%d.%m.%Y}",
        "description": words.text(i, 1),
        "broadcaster": words.pick(words.MEDIA, i),
        "medium": words.pick(("tv", "radio", "internet"), i),
        "air_dates": [day],
    }


def _clipping(i, day, ctx):
    return {
        "title": f"{words.pick(words.MEDIA, i)}: o sprawie {words.pick(words.TOPICS, i)}",
        "medium_kind": words.pick(("press", "internet", "radio"), i),
        "medium": words.pick(words.MEDIA, i),
        "clipping_date": day,
        "author": words.person(i),
        "tone": words.pick(("positive", "neutral", "neutral", "negative"), i),
        "summary": words.text(i, 2),
    }


def _news(i, day, ctx):
    return {
        "title": f"{words.pick(words.EVENTS, i)}: zaproszenie Prezydenta Miasta",
        "description": words.text(i, 1),
        "text": rich(i, 4),
    }


def _bulletin(i, day, ctx):
    return {
        "title": f"Biuletyn informacyjny {day:%m/%Y}",
        "issue_date": day,
    }


def pdf(name):
    from plone.namedfile.file import NamedBlobFile

    return NamedBlobFile(
        data=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
        filename=name,
        contentType="application/pdf",
    )


def _bulletin_pdf(obj, i, day):
    obj.file = pdf(f"biuletyn-{day:%Y-%m}.pdf")


def _delivered(obj, i, day):
    obj.report = pdf(f"raport-{i}.pdf")
    obj.delivery_date = day


def _report_in(obj, i, day):
    obj.report_received = day
    obj.report_text = "Wydarzenie odbyło się zgodnie z planem; logo Miasta było na plakatach."


def _activity_report(i, day, ctx):
    return {
        "title": f"Sprawozdanie z działalności Prezydenta Miasta do {day:%d.%m.%Y}",
        "period_from": day - timedelta(days=30),
        "period_to": day - timedelta(days=1),
        "session_date": day,
        "text": rich(i, 5),
    }


def _gallery(i, day, ctx):
    return {
        "title": f"Dokumentacja: {words.pick(words.EVENTS, i)} {day:%d.%m.%Y}",
        "kind": "event",
        "date": day,
        "place": words.pick(words.PLACES, i),
    }


CLOSE = "Sprawa załatwiona, odpowiedź wysłana."
WHY = "Do uzupełnienia zgodnie z uwagami."
GRANTED = "Wydarzenie promuje miasto i jest otwarte dla mieszkańców."
REFUSED = "Wydarzenie ma charakter komercyjny."

PLANS = (
    Plan(
        "IncomingLetter",
        "kancelaria/korespondencja",
        560,
        _incoming,
        paths=((8, (ROUTE, ("close", CLOSE))), (2, (("close", CLOSE),))),
        open_paths=((1, ()), (3, (ROUTE,))),
    ),
    Plan(
        "OutgoingLetter",
        "kancelaria/korespondencja",
        200,
        _outgoing,
        paths=((1, ("submit", "sign", "send")),),
        open_paths=((1, ()), (1, ("submit",)), (1, ("submit", "sign"))),
    ),
    Plan(
        "Interpellation",
        "interpelacje",
        50,
        _interpellation,
        paths=(
            (30, (ROUTE, "submit_answer", "approve_answer")),
            (
                1,
                (ROUTE, "submit_answer", ("return_answer", WHY), "submit_answer", "approve_answer"),
            ),
            (1, (("withdraw", "Radny wycofał interpelację."),)),
        ),
        open_paths=((1, ()), (3, (ROUTE,)), (2, (ROUTE, "submit_answer"))),
        prepare={"submit_answer": _answer},
    ),
    Plan(
        "Meeting",
        "kancelaria/narady",
        10,
        _meeting,
        paths=((1, ("hold", "approve_minutes")),),
        open_paths=((1, ()), (1, ("hold",))),
        prepare={"approve_minutes": _minutes},
        children=("Directive", "Directive", "Directive"),
    ),
    Plan(
        "Directive",
        "kancelaria/narady",
        0,
        _directive,
        paths=(
            (8, (ROUTE, "start", "report_done", "verify")),
            (1, (("cancel", "Polecenie nieaktualne."),)),
        ),
        open_paths=((1, (ROUTE,)), (1, (ROUTE, "start"))),
        prepare={"report_done": _report},
    ),
    Plan(
        "Patronage",
        "patronaty",
        20,
        _patronage,
        paths=((6, ("review", ("grant", GRANTED), "settle")), (1, ("review", ("refuse", REFUSED)))),
        open_paths=((1, ()), (1, ("review",)), (1, ("review", ("grant", GRANTED)))),
        prepare={"settle": _report_in},
    ),
    Plan(
        "Appointment",
        "kancelaria/kalendarz",
        40,
        _appointment,
        paths=((3, ()), (2, ("publish",)), (1, (("call_off", "Odwołane z powodu choroby."),))),
    ),
    Plan(
        "AppointmentRequest",
        "kancelaria/kalendarz",
        15,
        _request,
        paths=((1, ("refuse",)),),
        open_paths=((1, ()),),
        prepare={"refuse": _refusal},
    ),
    Plan(
        "Ceremony",
        "kancelaria/kalendarz",
        5,
        _ceremony,
        paths=((1, ("hold",)),),
        open_paths=((1, ()),),
    ),
    Plan(
        "ResearchOrder",
        "media",
        2,
        _research,
        paths=((1, ("order", "deliver", "publish")),),
        open_paths=((1, ()), (1, ("order",))),
        prepare={"deliver": _delivered},
    ),
    Plan("Broadcast", "media", 10, _broadcast, paths=((4, ("publish",)), (1, ()))),
    Plan("PressClipping", "kancelaria/prasa", 39, _clipping, paths=((5, ("publish",)), (1, ()))),
    Plan("News Item", "aktualnosci", 15, _news, paths=((1, ("publish",)),)),
    Plan(
        "BulletinIssue",
        "biuletyn",
        2,
        _bulletin,
        paths=((1, ("publish",)),),
        prepare={"publish": _bulletin_pdf},
    ),
    Plan("ActivityReport", "sprawozdania", 1, _activity_report, paths=((1, ("publish",)),)),
    Plan("Gallery", "kancelaria/prasa", 1, _gallery, paths=((1, ()),)),
)

BY_TYPE = {plan.portal_type: plan for plan in PLANS}
