"""A JSON body nested too deeply for Python's parser is a 400 before anything reads it.

plone.restapi's JWT plugin parses every JSON POST while authenticating, and the
``RecursionError`` it meets is not among the errors PAS swallows: without this check any
such body, anonymous or not, ended in a 500 before a service saw it.
"""

from zExceptions import BadRequest

import json


def refuse_unparseable_nesting(site, event):
    """Before the site is traversed (and so before anyone authenticates)."""
    request = event.request
    content_type = request.getHeader("Content-Type") or ""
    if not content_type.startswith("application/json"):
        return
    body = request.get("BODY")
    if not body:
        return
    try:
        json.loads(body)
    except RecursionError as error:
        raise BadRequest("body: the JSON is nested too deeply.") from error
    except ValueError:
        return  # the service that reads it says what is wrong
