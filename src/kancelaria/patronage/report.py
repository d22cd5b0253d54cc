"""The organiser's report after the event: a text and files (photos), checked against the
settings' attachment limits, kept inside the patronage (staff only), once."""

from kancelaria import _
from kancelaria import clock
from kancelaria.case import history
from kancelaria.case import limits
from kancelaria.case.errors import CaseInputError
from kancelaria.content.patronage import IPatronage
from kancelaria.patronage import mails
from kancelaria.patronage import reportlink
from plone import api
from plone.namedfile.file import NamedBlobFile

MAX_FILES = 20


def check(text, files):
    """The errors of a report (empty when it may be kept)."""
    errors = []
    if not (text or "").strip() and not files:
        errors.append(
            CaseInputError(
                "report_text",
                _("report_empty", default="write the report or attach its files."),
            )
        )
    elif text:
        problem = limits.problem(IPatronage["report_text"], text)
        if problem is not None:
            errors.append(CaseInputError("report_text", problem))
    if len(files) > MAX_FILES:
        errors.append(
            CaseInputError(
                "files",
                _(
                    "report_too_many_files",
                    default="attach at most ${count} files.",
                    mapping={"count": str(MAX_FILES)},
                ),
            )
        )
    else:
        for item in files:
            problem = limits.file_problem(item.filename, len(item.data))
            if problem is not None:
                errors.append(CaseInputError("files", problem))
                break
    return errors


def receive(obj, text, files):
    """Keep the report in ``obj``: its text, its files, the day it arrived; the link stops
    working; the office sees it in “Reports to settle”."""
    with api.env.adopt_roles(["Manager"]):
        obj.report_text = (text or "").strip()
        obj.report_received = clock.today()
        for item in files:
            api.content.create(
                container=obj,
                type="File",
                title=item.filename,
                file=NamedBlobFile(
                    data=item.data, filename=item.filename, contentType=item.content_type
                ),
            )
        reportlink.use(obj)
        history.record(obj, "report_received", comment=", ".join(f.filename for f in files))
        obj.reindexObject()
    mails.report_received(obj)
