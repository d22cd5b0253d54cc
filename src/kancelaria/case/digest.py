"""The deadlines digest: each department gets its cases due within N days and overdue."""

from kancelaria import _
from kancelaria import clock
from kancelaria import formats
from kancelaria import settings
from kancelaria.case import listing
from kancelaria.case import mail


def department_digest(symbol, days, today=None):
    """The department's open cases due within ``days`` (overdue ones included)."""
    today = today or clock.today()
    brains = listing.open_cases(department=symbol, within_days=days, today=today, unrestricted=True)
    return [_describe(brain, today) for brain in brains]


def _describe(brain, today):
    """A line of the digest: a directive also names the meeting it was issued at (the
    catalog's ``meeting_title`` and ``meeting_start``, kept for directives only)."""
    item = listing.describe(brain, today)
    meeting = getattr(brain, "meeting_title", None)
    if isinstance(meeting, str) and meeting:
        start = getattr(brain, "meeting_start", None)
        item["meeting"] = {
            "title": meeting,
            "day": start.date() if hasattr(start, "date") else start,
        }
    return item


STATUS_LABELS = {
    "overdue": _("status_overdue", default="overdue"),
    "due_soon": _("status_due_soon", default="due soon"),
    "on_time": _("status_on_time", default="on time"),
}


def format_line(item):
    mark = ""
    if item["status"] != "on_time":
        mark = mail.tr(STATUS_LABELS[item["status"]])
    deadline = formats.date(item["deadline"], "—")
    suffix = f" [{mark}]" if mark else ""
    line = f"{deadline}  {item['signature']}  {item['title']}{suffix}\n    {item['url']}"
    meeting = item.get("meeting")
    if meeting:
        directive = _(
            "mail_digest_directive",
            default="Directive of the meeting “${meeting}” of ${date}",
            mapping={"meeting": meeting["title"], "date": formats.date(meeting["day"], "—")},
        )
        line += f"\n    {mail.tr(directive)}"
    return line


def send_digests(days=7, today=None):
    """E-mail every department with an address its digest; return ``{symbol: count}``."""
    sent = {}
    for symbol, row in settings.departments().items():
        items = department_digest(symbol, days, today)
        if not items or not row.get("email"):
            continue
        overdue = sum(1 for item in items if item["status"] == "overdue")
        mapping = {
            "department": row["title"],
            "count": len(items),
            "overdue": overdue,
            "days": days,
        }
        body = _(
            "mail_digest_body",
            default="${department}: ${count} open cases due within ${days} days, "
            "${overdue} of them overdue.",
            mapping=mapping,
        )
        lines = "\n".join(format_line(item) for item in items)
        mail.send(
            row["email"],
            _(
                "mail_digest_subject",
                default="Deadlines: ${count} cases (${overdue} overdue)",
                mapping=mapping,
            ),
            body,
            suffix="\n\n" + lines + "\n",
        )
        sent[symbol] = len(items)
    return sent
