"""The decision on an application as the mayor's letter to the organiser (``@@pdf``,
``@@docx``), through the documents' machinery (``kancelaria.documents``): the letterhead,
the date in words, the signature, the organiser's address, the subject and the body."""

from html import escape
from kancelaria import _
from kancelaria import clock
from kancelaria import formats
from kancelaria.case import history
from kancelaria.documents import site
from kancelaria.documents.adapters import _Document
from kancelaria.documents.interfaces import ILetterDocument
from kancelaria.documents.model import Letter
from kancelaria.documents.model import Party
from plone import api
from zope.i18n import translate
from zope.interface import implementer

#: The states in which there is a decision to print.
DECIDED = {"granted": "grant", "refused": "refuse", "settled": "grant"}

SUBJECTS = {
    "patronage": _("decision_subject_patronage", default="Honorary patronage: ${title}"),
    "committee": _(
        "decision_subject_committee", default="The mayor in the honorary committee: ${title}"
    ),
    "title": _("decision_subject_title", default="Honorary title: ${title}"),
}
GRANTED = {
    "patronage": _(
        "decision_granted_patronage",
        default="I am pleased to inform you that the Mayor of the City takes the event "
        "“${title}” (${dates}, ${place}) under his honorary patronage.",
    ),
    "committee": _(
        "decision_granted_committee",
        default="I am pleased to inform you that the Mayor of the City accepts a place in "
        "the honorary committee of “${title}” (${dates}, ${place}).",
    ),
    "title": _(
        "decision_granted_title",
        default="I am pleased to inform you that the honorary title applied for in "
        "“${title}” is granted.",
    ),
}
REFUSED = _(
    "decision_refused",
    default="I regret to inform you that the application “${title}” (${dates}) is "
    "refused. The decision is final.",
)
JUSTIFICATION = _("decision_justification", default="Justification: ${text}")
CONDITIONS = _(
    "decision_conditions",
    default="The patronage brings no funds and no duty to attend. Please show the office "
    "the materials bearing the city's logo before they are printed, and send a short report "
    "with photos by ${due}, through the link in our e-mail.",
)


def dates_text(obj):
    start, end = getattr(obj, "event_start", None), getattr(obj, "event_end", None)
    if start and end and end != start:
        return f"{formats.date(start)}–{formats.date(end)}"
    return formats.date(start, "")


def decision_date(obj):
    state = api.content.get_state(obj, default=None)
    entry = history.last(obj, DECIDED.get(state, ""))
    if entry is not None and entry.get("time") is not None:
        return entry["time"].asdatetime().astimezone(clock.zone()).date()
    return clock.today()


@implementer(ILetterDocument)
class PatronageDecision(_Document):
    """The decision on a patronage, committee or title: granted (with the conditions and the
    report's due date) or refused (final)."""

    def letter(self):
        obj = self.context
        state = api.content.get_state(obj, default=None)
        if state not in DECIDED:
            return None
        language = site.language()
        kind = obj.request_kind or "patronage"

        def tr(message, **mapping):
            return translate(_(message, mapping=mapping), target_language=language)

        mapping = {
            "title": obj.title or "",
            "dates": dates_text(obj),
            "place": obj.place or "—",
        }
        granted = DECIDED[state] == "grant"
        paragraphs = [
            tr(GRANTED.get(kind, GRANTED["patronage"]) if granted else REFUSED, **mapping)
        ]
        if (obj.justification or "").strip():
            paragraphs.append(tr(JUSTIFICATION, text=obj.justification.strip()))
        if granted:
            paragraphs.append(tr(CONDITIONS, due=formats.date(obj.report_due, "—")))
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        return Letter(
            letterhead=site.letterhead(),
            place=site.place(),
            date=decision_date(obj),
            signature=obj.signature or "",
            recipients=[
                Party(
                    name=obj.contact_person or obj.organiser_name or "",
                    organisation=obj.organiser_name if obj.contact_person else "",
                    address=obj.organiser_address or "",
                )
            ],
            subject=tr(SUBJECTS.get(kind, SUBJECTS["patronage"]), title=obj.title or ""),
            body_html=body,
            signatory=site.signatory(),
            language=language,
        )
