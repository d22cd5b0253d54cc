"""Hand-made interpellations with chosen dates, for the register page, @stats and export.

Every date is relative to today, so the known answers hold on any day the tests run:

| title | state | received | deadline | answered | days | on time |
|---|---|---|---|---|---|---|
| Oświetlenie ulicy Polnej | answered | B | B+14 | B+10 | 10 | yes |
| Remont szkoły nr 3 | answered | B+30 | B+44 | B+48 | 18 | no |
| Żłobek miejski | answered | B+60 | B+74 | B+67 | 7 | yes |
| Ścieżka rowerowa | answered | B+90 | B+104 | B+102 | 12 | yes |
| Zieleń na rynku | forwarded | T-40 | T-26 | — | | overdue |
| Hałas przy estakadzie | registered | T | T+14 | — | | staff only |
| Wycofana sprawa | withdrawn | T-20 | T-6 | — | | closed |
| Parking przy dworcu | answer_review | T-5 | T+9 | — | | draft answer |

B = T-200. Median days to answer: (10 + 12) / 2 = 11; on time 3 of 4 = 0.75.
"""

from datetime import timedelta
from kancelaria import clock
from plone import api
from plone.app.textfield.value import RichTextValue

DRAFT = "Tajny projekt odpowiedzi o parkingu"
PUBLIC = "Odpowiedź jawna o ścieżce rowerowej"


def html(text):
    return RichTextValue(f"<p>{text}</p>", "text/html", "text/x-html-safe")


def make(
    container,
    title,
    state,
    received,
    deadline,
    answer_date=None,
    answer=None,
    councillor="jan-nowak",
    kind="inquiry",
):
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(
            container=container,
            type="Interpellation",
            title=title,
            councillor=councillor,
            kind=kind,
            text=html(f"Pytanie: {title}"),
            received_date=received,
        )
        obj.deadline = deadline
        if state != "registered":
            api.content.transition(obj=obj, transition="forward")
        if state == "withdrawn":
            api.content.transition(obj=obj, transition="withdraw")
        if state in ("answer_review", "answered"):
            obj.answer = html(answer or f"Odpowiedź: {title}")
            api.content.transition(obj=obj, transition="submit_answer")
        if state == "answered":
            obj.answer_date = answer_date
            api.content.transition(obj=obj, transition="approve_answer")
        obj.reindexObject()
    assert api.content.get_state(obj) == state
    return obj


def fill(container, today=None):
    """The eight items of the table above; returns them by title."""
    t = today or clock.today()
    b = t - timedelta(days=200)

    def d(base, days):
        return base + timedelta(days=days)

    rows = [
        ("Oświetlenie ulicy Polnej", "answered", b, d(b, 14), d(b, 10), None, "interpellation"),
        ("Remont szkoły nr 3", "answered", d(b, 30), d(b, 44), d(b, 48), None, "inquiry"),
        ("Żłobek miejski", "answered", d(b, 60), d(b, 74), d(b, 67), None, "inquiry"),
        ("Ścieżka rowerowa", "answered", d(b, 90), d(b, 104), d(b, 102), PUBLIC, "motion"),
        ("Zieleń na rynku", "forwarded", d(t, -40), d(t, -26), None, None, "interpellation"),
        ("Hałas przy estakadzie", "registered", t, d(t, 14), None, None, "interpellation"),
        ("Wycofana sprawa", "withdrawn", d(t, -20), d(t, -6), None, None, "inquiry"),
        ("Parking przy dworcu", "answer_review", d(t, -5), d(t, 9), None, DRAFT, "inquiry"),
    ]
    items = {}
    for title, state, received, deadline, answered, answer, kind in rows:
        councillor = "anna-kowalska" if kind == "motion" else "jan-nowak"
        items[title] = make(
            container,
            title,
            state,
            received,
            deadline,
            answered,
            answer,
            councillor=councillor,
            kind=kind,
        )
    return items


def move_to_year(obj, year):
    """Pretend ``obj`` was registered in ``year`` (the year of the signature)."""
    unit, jrwa, number, _ = obj.signature.split(".")
    obj.signature = f"{unit}.{jrwa}.{number}.{year}"
    obj.reindexObject()
