"""``POST <report>/@prepare-draft`` (``{"replace": true}`` to overwrite an edited text):
the draft of the text from the registers for the report's period."""

from kancelaria import _
from kancelaria.case.errors import CaseInputError
from kancelaria.reports import draft
from kancelaria.services import CaseService
from plone import api


class PrepareDraftPost(CaseService):
    def handle(self):
        replace = self.body().get("replace", False)
        if not isinstance(replace, bool):
            raise CaseInputError("replace", _("error_boolean", default="give true or false."))
        html = draft.prepare(self.context, replace=replace)
        return {
            "@id": f"{self.context.absolute_url()}/@prepare-draft",
            "review_state": api.content.get_state(self.context),
            "text": {"data": html, "content-type": "text/html"},
        }
