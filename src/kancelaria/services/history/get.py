"""``GET <case>/@history``: plone.restapi's history, for whoever may see the case's history.

plone.restapi opens ``@history`` to those who may see old versions; on a case the workflow
history (routing, transitions, deadline changes) is what matters, under its own permission.
A version (``@history/<n>``) still needs ``CMFEditions: Access previous versions``, and one
that does not exist is a 404 (a word that is not a number: a 400 naming ``version``).
"""

from AccessControl import Unauthorized
from kancelaria import _
from kancelaria.case.errors import CaseInputError
from plone import api
from plone.restapi.services.history.get import HistoryGet
from zExceptions import NotFound

ACCESS_PREVIOUS_VERSIONS = "CMFEditions: Access previous versions"


def version_count(obj):
    repository = api.portal.get_tool("portal_repository")
    if not repository.isVersionable(obj):
        return 0
    history = repository.getHistoryMetadata(obj)
    return history.getLength(countPurged=False) if history else 0


class CaseHistoryGet(HistoryGet):
    def reply(self):
        if self.version is not None:
            try:
                self.check_version()
            except CaseInputError as error:
                self.request.response.setStatus(400)
                return error.as_json(self.request)
        return super().reply()

    def check_version(self):
        if not api.user.has_permission(ACCESS_PREVIOUS_VERSIONS, obj=self.context):
            raise Unauthorized("You may not see the versions of this case.")
        if self.version == "current":
            return
        try:
            number = int(self.version)
        except ValueError as error:
            raise CaseInputError(
                "version", _("error_version", default="give the number of a version.")
            ) from error
        if not 0 <= number < version_count(self.context):
            raise NotFound(self.version)
