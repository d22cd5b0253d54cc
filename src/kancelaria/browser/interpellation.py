"""The page of an interpellation: question, answer when public and attachments; the
publication record (metryczka) of DOMAIN.md rule 7 is the site's one viewlet
(``kancelaria.publication``).

Beside the answer, each person's next step: the department (or clerk) who writes it gets
the draft and "Przygotuj odpowiedź" (``@@answer``) and, once written, "Przekaż do
zatwierdzenia"; the mayor's group gets "Zatwierdź" and "Zwróć" with a comment
(``@@return-answer``); a returned answer shows the mayor's comment to the staff.
"""

from kancelaria import settings
from kancelaria.case import deadlines
from kancelaria.case.indexers import is_open
from kancelaria.content.interpellation import KINDS
from kancelaria.publication import fullname
from kancelaria.workflows import interpellation as workflow
from plone import api
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


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
