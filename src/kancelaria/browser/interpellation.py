"""The page of an interpellation: question, answer when public, attachments and the
publication record (metryczka) of DOMAIN.md rule 7."""

from kancelaria import settings
from kancelaria.case import deadlines
from kancelaria.case import history
from kancelaria.case.indexers import is_open
from kancelaria.content.interpellation import KINDS
from plone import api
from Products.Five import BrowserView
from zope.i18n import translate


def fullname(user_id):
    if not user_id:
        return ""
    user = api.user.get(userid=user_id)
    return (user and user.getProperty("fullname")) or user_id


class InterpellationView(BrowserView):
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
        for entry in reversed(history.entries(self.context)):
            if entry.get("action") == action:
                return entry
        return None

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

    def versions(self):
        """The change register (CMFEditions): version, when, who, note — public metadata
        only; the versions themselves stay behind "CMFEditions: Access previous versions"."""
        archivist = api.portal.get_tool("portal_archivist")
        try:
            metadata = archivist.getHistoryMetadata(self.context)
        except Exception:  # noqa: BLE001 - an item without versions has no register
            return []
        if not metadata:
            return []
        result = []
        for index in range(metadata.getLength(countPurged=False)):
            info = metadata.retrieve(index, countPurged=False)["metadata"]["sys_metadata"]
            result.append(
                {
                    "version": index + 1,
                    "time": info.get("timestamp"),
                    "who": fullname(info.get("principal")),
                    "comment": translate(
                        info.get("comment", ""), domain="plone", context=self.request
                    ),
                }
            )
        return list(reversed(result))

    def can_see_history(self):
        return api.user.has_permission("kancelaria: View case history", obj=self.context)
