"""The page of an interpellation: question, answer when public, attachments and the
publication record (metryczka) of DOMAIN.md rule 7.

Beside the answer, each person's next step: the department (or clerk) who writes it gets
the draft and "Przygotuj odpowiedź" (``@@answer``) and, once written, "Przekaż do
zatwierdzenia"; the mayor's group gets "Zatwierdź" and "Zwróć" with a comment
(``@@return-answer``); a returned answer shows the mayor's comment to the staff.
"""

from kancelaria import _
from kancelaria import settings
from kancelaria.case import changelog
from kancelaria.case import deadlines
from kancelaria.case import history
from kancelaria.case.indexers import is_open
from kancelaria.content.interpellation import KINDS
from kancelaria.workflows import interpellation as workflow
from plone import api
from plone.memoize import ram
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.i18n import translate

import time

#: The transitions that publish an interpellation, as its change register names them.
PUBLICATIONS = {
    "forward": _("Question published"),
    "approve_answer": _("Answer approved and published"),
}


def _fullname_key(_func, user_id):
    """One lookup per person, site and five minutes: a user lookup goes through every PAS
    plugin (it was a fifth of the public page's time, 3-6 lookups a page)."""
    return ("/".join(api.portal.get().getPhysicalPath()), user_id, int(time.time() // 300))


@ram.cache(_fullname_key)
def _cached_fullname(user_id):
    user = api.user.get(userid=user_id)
    return (user and user.getProperty("fullname")) or user_id


def fullname(user_id):
    return _cached_fullname(user_id) if user_id else ""


class InterpellationView(BrowserView):
    #: The mayor's comment on a returned answer (this page and the answer form).
    returned_box = ViewPageTemplateFile("templates/returned.pt")

    def kind(self):
        term = KINDS.by_value.get(self.context.kind)
        return term.title if term else self.context.kind

    def councillor(self):
        row = settings.councillors().get(self.context.councillor)
        if not row:
            return self.context.councillor
        return f"{row['fullname']} ({row['club']})" if row.get("club") else row["fullname"]

    def state(self):
        return api.content.get_state(self.context)

    def deadline_status(self):
        if not is_open(self.context):
            return None
        return deadlines.status(self.context.deadline)

    def late_answer(self):
        """An answer published after the deadline: ``{"deadline", "answer_date", "days"}``
        (days past the deadline), else ``None``."""
        context = self.context
        if self.state() != "answered" or not context.answer_date or not context.deadline:
            return None
        days = (context.answer_date - context.deadline).days
        if days <= 0:
            return None
        return {"deadline": context.deadline, "answer_date": context.answer_date, "days": days}

    def can_view_answer(self):
        return api.user.has_permission("kancelaria: View answer", obj=self.context)

    def answer(self):
        if not self.can_view_answer() or not self.context.answer:
            return None
        return self.context.answer.output

    def attachments(self):
        return api.content.find(context=self.context, depth=1, sort_on="getObjPositionInParent")

    def departments(self):
        return settings.department_rows(self.context.departments)

    def _last(self, action):
        return history.last(self.context, action)

    def record(self):
        """Publication record: who registered, published and approved, and when."""
        context = self.context
        forwarded = self._last("forward")
        approved = self._last("approve_answer")
        return {
            "body": api.portal.get().Title(),
            "registered_by": fullname(context.Creator()),
            "registered_on": context.created(),
            "published_on": forwarded and forwarded.get("time"),
            "published_by": forwarded and fullname(forwarded.get("actor")),
            "approved_by": approved and fullname(approved.get("actor")),
            "approved_on": approved and approved.get("time"),
            "modified_on": context.modified(),
        }

    def changes(self):
        """The change register: who changed which fields and when, and the publications;
        never a note (those stay in the full history)."""
        rows = []
        for entry in changelog.public_entries(self.context, labels=PUBLICATIONS):
            if entry["label"] is not None:
                what = translate(entry["label"], context=self.request)
            else:
                titles = ", ".join(translate(t, context=self.request) for t in entry["fields"])
                what = translate(
                    _("changed_fields", default="Changed: ${fields}", mapping={"fields": titles}),
                    context=self.request,
                )
            rows.append({"time": entry["time"], "who": fullname(entry["actor"]), "what": what})
        return rows

    def can_see_history(self):
        return api.user.has_permission("kancelaria: View case history", obj=self.context)

    def can_edit_answer(self):
        return api.user.has_permission("kancelaria: Edit answer", obj=self.context)

    def transitions(self):
        """The ids of the transitions the user may make now."""
        if not hasattr(self, "_transitions"):
            wf_tool = api.portal.get_tool("portal_workflow")
            self._transitions = {t["id"] for t in wf_tool.getTransitionsFor(self.context)}
        return self._transitions

    def returned(self):
        """The mayor's return of the answer the department works on now, for the staff:
        ``{"who", "when", "comment"}`` or ``None``."""
        if not self.can_see_history() or not workflow.returned(self.context):
            return None
        entry = workflow.last_return(self.context)
        return {
            "who": fullname(entry.get("actor")),
            "when": entry.get("time"),
            "comment": (entry.get("comments") or "").strip(),
        }
