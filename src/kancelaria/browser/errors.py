"""``CaseInputError`` left uncaught ends the request with a 400, never a 500.

Zope finds an exception's status by its class name, and knows ``BadRequest`` but not
``CaseInputError``. A refusal raised deep inside a write (a subscriber on add or modify)
reaches this view: REST clients get the project's error body naming the field, a browser
Plone's error page; the transaction is aborted by the publisher, so nothing is written.
Registered for every layer: a refusal may come before traversal has set the add-on's
(``limits.refuse_deep_json``), and only the add-on's code raises this error.
"""

from plone.rest.interfaces import IAPIRequest
from Products.CMFPlone.browser import exceptions
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

import json
import os


class CaseInputErrorView(exceptions.ExceptionView):
    index = ViewPageTemplateFile(
        os.path.join(os.path.dirname(exceptions.__file__), "templates", "error_message.pt")
    )

    def __call__(self):
        request = self.request
        if IAPIRequest.providedBy(request) or "text/html" not in request.getHeader("Accept", ""):
            request.response.setStatus(400, lock=1)
            request.response.setHeader("Content-Type", "application/json")
            return json.dumps(self.context.as_json(request))
        body = super().__call__()
        request.response.setStatus(400)
        return body
