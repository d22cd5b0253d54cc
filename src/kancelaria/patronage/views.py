"""``/patronaty``: the rules, the application form and the public register of granted
patronages; ``<patronage>/@@sprawozdanie?token=…``: the organiser's report page.

Both are plain forms (no JavaScript needed) with plone.protect's token, answered by the
same code as ``@apply`` (``apply``): the same checks, the same attempts per address.
"""

from kancelaria import _
from kancelaria import formats
from kancelaria.browser.publicform import PublicForm
from kancelaria.case import limits
from kancelaria.content.patronage import ORGANISER_TYPES
from kancelaria.content.patronage import REQUEST_KINDS
from kancelaria.patronage import apply
from kancelaria.patronage import register
from plone import api
from zope.i18n import translate

#: The form's inputs by group: (name, label, input type, required, help).
FIELDS = {
    "event": (
        ("title", _("Name of the event"), "text", True, None),
        ("description", _("About the event"), "textarea", False, None),
        ("event_start", _("Event starts"), "date", True, "start_help"),
        ("event_end", _("Event ends"), "date", False, None),
        ("place", _("Place"), "text", False, None),
        ("participants", _("Expected participants"), "number", False, None),
    ),
    "organiser": (
        ("organiser_name", _("Organiser (institution or person)"), "text", True, None),
        ("organiser_address", _("Organiser's address"), "textarea", False, None),
        ("contact_person", _("Contact person"), "text", False, None),
        ("contact_email", _("Contact e-mail"), "email", True, "email_help"),
        ("contact_phone", _("Contact phone"), "tel", False, "phone_help"),
    ),
}
FLAGS = (
    ("commercial", _("The event is commercial")),
    ("fundraising", _("Money is collected at the event (fund-raising)")),
)
HELP = {
    "start_help": _(
        "patronage_start_help",
        default="As YYYY-MM-DD if your browser shows no calendar; at least ${days} days "
        "from today.",
    ),
    "email_help": _("patronage_email_help", default="The confirmation and the decision come here."),
    "phone_help": _("patronage_phone_help", default="For example 32 349 18 26."),
}


def uploads(request, name):
    """The files of the form field ``name`` as ``apply.Attachment`` (read no further than
    one byte past the largest allowed size: the size check needs no more)."""
    value = request.form.get(name)
    if value is None:
        return []
    items = value if isinstance(value, (list, tuple)) else [value]
    most = limits.limit("max_attachment_mb") * limits.MB + 1
    found = []
    for item in items:
        filename = getattr(item, "filename", None)
        if not filename:
            continue
        item.seek(0)
        data = item.read(most)
        headers = getattr(item, "headers", None)
        media_type = headers.get("content-type") if headers is not None else None
        found.append(
            apply.Attachment(
                filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1],
                data,
                media_type or "application/octet-stream",
            )
        )
    return found


class PatronageRegisterView(PublicForm):
    """``/patronaty``: rules, the form, the register of granted patronages by year."""

    created = None
    _intake = apply

    def submit(self):
        request = self.request
        application = apply.read(self.form, uploads(request, "attachments"))
        if application.errors:
            self.errors = application.errors
            return self.refuse()
        # The signature alone: the application itself is not the visitor's to read.
        self.created = apply.create(application, self.context).signature
        self.form = {}

    def tr(self, message, **mapping):
        if mapping:
            message = _(message, mapping=mapping)
        return translate(message, context=self.request)

    def fields(self, group):
        return [
            (
                name,
                self.tr(label),
                kind,
                required,
                self.tr(HELP[help], days=str(self.min_days())) if help else "",
            )
            for name, label, kind, required, help in FIELDS[group]
        ]

    def flags(self):
        return [(name, self.tr(label)) for name, label in FLAGS]

    def max_mb(self):
        return limits.limit("max_attachment_mb")

    def types(self):
        return ", ".join(limits.attachment_types())

    def kinds(self):
        return [{"value": t.value, "title": t.title} for t in REQUEST_KINDS]

    def organiser_types(self):
        return [{"value": t.value, "title": t.title} for t in ORGANISER_TYPES]

    def min_days(self):
        return register.min_days()

    def report_days(self):
        return register.report_days()

    def year(self):
        return register.year_param(self.request.form.get("year"))

    def years(self):
        return register.years(self.context)

    def granted(self):
        return register.granted(self.context, self.year())

    def kind_title(self, token):
        return REQUEST_KINDS.getTerm(token).title if token in REQUEST_KINDS else token

    def dates(self, brain):
        return register.dates_text(brain.event_start, brain.event_end)

    def is_staff(self):
        return api.user.has_permission("kancelaria: Add Patronage", obj=self.context) or (
            api.user.has_permission("kancelaria: View applicant data", obj=self.context)
        )


class ReportView(PublicForm):
    """``<patronage>/@@sprawozdanie?token=…``: the organiser sends the report text and
    files (photos) once; the link then answers 410 “already sent”."""

    done = False
    state = None
    _intake = apply

    def __call__(self):
        from kancelaria.patronage import reportlink

        request = self.request
        request.response.setHeader("Cache-Control", "no-store")
        request.response.setHeader("Referrer-Policy", "no-referrer")
        token = request.form.get("token")
        self.token = token if isinstance(token, str) else ""
        self.state = reportlink.status(self.context, self.token)
        if self.state == "invalid":
            request.response.setStatus(404)
        elif self.state == "used":
            request.response.setStatus(410)
        elif request.get("REQUEST_METHOD") == "POST":
            self.submit()
        return self.index()

    def submit(self):
        from kancelaria.patronage import report

        request = self.request
        if not self.admitted():
            return
        text = request.form.get("report_text")
        self.text = text if isinstance(text, str) else ""
        files = uploads(request, "files")
        self.errors = report.check(self.text, files)
        if self.errors:
            return self.refuse()
        report.receive(self.context, self.text, files)
        self.done = True

    def dates(self):
        return register.dates_text(self.context.event_start, self.context.event_end)

    def due(self):
        return formats.date(getattr(self.context, "report_due", None), "—")
