"""“Przygotuj projekt”: the report's text, written from the registers for its period.

The generated text goes into the report's ``text`` for the office to edit. What was
generated is remembered (an attribute, not a field): preparing the draft again replaces
the text only while it is still exactly what was generated (or empty); once the office has
edited it, the call is refused naming ``text`` unless it says ``replace`` — the office's
words are never lost without being asked.
"""

from html import escape
from kancelaria import _
from kancelaria import formats
from kancelaria.case.errors import CaseInputError
from kancelaria.reports import figures
from kancelaria.workflows import report as workflow
from plone import api
from plone.app.textfield.value import RichTextValue
from zope.i18n import translate
from zope.lifecycleevent import Attributes
from zope.lifecycleevent import modified

#: Where the last generated text is kept on the report.
GENERATED = "_kancelaria_generated_draft"


def _tr(message):
    return escape(translate(message, target_language=api.portal.get_default_language()))


def _section(title, lines):
    items = "".join(f"<li>{line}</li>" for line in lines)
    return f"<h2>{_tr(title)}</h2><ul>{items}</ul>"


def render(start, end):
    """The HTML of the report's text for ``start``..``end``."""
    data = figures.for_period(start, end)
    meetings = data["meetings"]
    lines = [
        _tr(
            _(
                "report_meetings_count",
                default="Meetings held: ${count}.",
                mapping={"count": len(meetings)},
            )
        )
    ]
    lines += [f"{formats.date(m['date'])} — {escape(m['title'])}" for m in meetings]
    parts = [_section(_("report_section_meetings", default="Meetings"), lines)]
    d = data["directives"]
    parts.append(
        _section(
            _("report_section_directives", default="Directives"),
            [
                _tr(
                    _(
                        "report_directives_issued",
                        default="Directives issued: ${count}.",
                        mapping={"count": d["issued"]},
                    )
                ),
                _tr(
                    _(
                        "report_directives_verified",
                        default="Directives carried out and verified: ${count}.",
                        mapping={"count": d["verified"]},
                    )
                ),
            ],
        )
    )
    i = data["interpellations"]
    parts.append(
        _section(
            _("report_section_interpellations", default="Councillors' interpellations"),
            [
                _tr(
                    _(
                        "report_interpellations_received",
                        default="Received: ${count}.",
                        mapping={"count": i["received"]},
                    )
                ),
                _tr(
                    _(
                        "report_interpellations_answered",
                        default="Answered: ${count} (on time: ${on_time}, late: ${late}).",
                        mapping={
                            "count": i["answered"],
                            "on_time": i["answered_on_time"],
                            "late": i["answered_late"],
                        },
                    )
                ),
            ],
        )
    )
    p = data["patronages"]
    lines = [
        _tr(
            _(
                "report_patronages_granted",
                default="Honorary patronages granted: ${count}.",
                mapping={"count": len(p["granted"])},
            )
        )
    ]
    lines += [
        f"{formats.date(row['date'])} — {escape(row['title'])}"
        + (f" ({escape(row['organiser'])})" if row["organiser"] else "")
        for row in p["granted"]
    ]
    lines.append(
        _tr(
            _(
                "report_patronages_refused",
                default="Applications refused: ${count}.",
                mapping={"count": p["refused"]},
            )
        )
    )
    parts.append(_section(_("report_section_patronages", default="Honorary patronage"), lines))
    letters = data["letters"]
    parts.append(
        _section(
            _("report_section_letters", default="Correspondence"),
            [
                _tr(
                    _(
                        "report_letters_incoming",
                        default="Letters received: ${count}.",
                        mapping={"count": letters["incoming"]},
                    )
                ),
                _tr(
                    _(
                        "report_letters_outgoing",
                        default="Letters sent: ${count}.",
                        mapping={"count": letters["outgoing"]},
                    )
                ),
            ],
        )
    )
    return "".join(parts)


def edited(report):
    """Has the office changed the text since the draft was last generated?"""
    text = getattr(report, "text", None)
    current = (text.raw if text is not None else "") or ""
    if not current.strip():
        return False
    return current != getattr(report, GENERATED, None)


def prepare(report, replace=False):
    """Write the draft into ``report``'s text; returns the HTML written."""
    if api.content.get_state(report) != "draft":
        raise CaseInputError(
            "review_state",
            _("error_report_not_draft", default="only a report in draft is prepared."),
        )
    start, end = report.period_from, report.period_to
    for name, value in (("period_from", start), ("period_to", end)):
        if value is None:
            raise CaseInputError(name, _("error_text_required", default="required."))
    workflow.period_in_order(start, end)
    if edited(report) and not replace:
        raise CaseInputError(
            "text",
            _(
                "error_report_edited",
                default="the text was edited after the draft was prepared; confirm "
                "(replace) to overwrite it with a new draft.",
            ),
        )
    html = render(start, end)
    report.text = RichTextValue(html, "text/html", "text/x-html-safe")
    setattr(report, GENERATED, report.text.raw)
    modified(report, Attributes(None, "text"))
    return html
