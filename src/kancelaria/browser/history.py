"""The case history in the Classic UI: Plone's own history pages, opened by whoever may
see the case's history (``kancelaria: View case history``) instead of editors only."""

from plone.app.layout.viewlets import content
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

import os


class CaseContentHistory(content.ContentHistoryView):
    """``@@contenthistory``: the workflow history and the versions, newest first."""

    def __init__(self, context, request):
        super().__init__(context, request)
        # Plone's class is a viewlet (its parent is the view it sits in, here none); as a
        # page of its own its parent is the case, or Zope finds no way to check access.
        self.__parent__ = context


class CaseHistoryPopup(BrowserView):
    """``@@contenthistorypopup``: Plone's template, under the case's permission."""

    index = ViewPageTemplateFile(
        "popup_content_history.pt", _prefix=os.path.dirname(content.__file__)
    )

    def __call__(self):
        return self.index()
