"""``POST <register>`` (register a case) and ``POST <case>`` (an attachment)."""

from kancelaria.case import ownership
from kancelaria.case.behaviors import ICase
from kancelaria.services import read_json_object
from kancelaria.services.content import answer
from plone.dexterity.utils import iterSchemataForType
from plone.restapi.services.content.add import FolderPost
from Products.CMFCore.utils import getToolByName


def is_case_type(context, portal_type):
    fti = getToolByName(context, "portal_types").getTypeInfo(portal_type)
    if fti is None or not getattr(fti, "behaviors", None):
        return False
    return any(schema is ICase for schema in iterSchemataForType(portal_type))


class CaseFolderPost(FolderPost):
    def reply(self):
        return answer(self, self._reply)

    def _reply(self):
        data = read_json_object(self.request)
        portal_type = data.get("@type")
        if isinstance(portal_type, str) and is_case_type(self.context, portal_type):
            ownership.check_body(self.context, iterSchemataForType(portal_type), data)
        return super().reply()
