"""``POST <register>`` (register a case), ``POST <case>`` (an attachment) and ``POST
<meeting>`` (a directive, an attachment)."""

from kancelaria.case import casetype
from kancelaria.case import ownership
from kancelaria.case import registration
from kancelaria.case import routing
from kancelaria.case.behaviors import ICase
from kancelaria.services import read_json_object
from kancelaria.services.content import answer
from kancelaria.services.deadline.post import parse_date
from plone.dexterity.utils import iterSchemataForType
from plone.restapi.services.content.add import FolderPost
from Products.CMFCore.utils import getToolByName

import json


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
        declared = casetype.for_type(portal_type) if isinstance(portal_type, str) else None
        if declared is not None and declared.inside is not None:
            # A directive is added inside a meeting or a ceremony, nowhere else (never a
            # stray object).
            if not declared.placed_in(self.context):
                raise casetype.misplaced(portal_type, declared.containers())
        if declared is not None or (
            isinstance(portal_type, str) and is_case_type(self.context, portal_type)
        ):
            if declared is not None and declared.issued:
                self.take_issued(data)
            ownership.check_body(self.context, iterSchemataForType(portal_type), data)
        return super().reply()

    def take_issued(self, data):
        """The deadline and departments an issuer gives a directive: checked here and at
        registration, routed once it is registered (``registration.route_given``)."""
        if "deadline" in data:
            given = parse_date(data.pop("deadline"), "deadline")
            self.request.other[registration.GIVEN_DEADLINE] = given
        if "departments" in data:
            symbols = routing.validate_departments(data.pop("departments"))
            self.request.other[registration.GIVEN_DEPARTMENTS] = symbols
        self.request.set("BODY", json.dumps(data).encode("utf-8"))
