"""CSRF for the REST API: a state-changing call authenticated by the browser's cookie needs
what plone.protect asks of a form — the token (``X-CSRF-TOKEN`` header or
``_authenticator``). plone.restapi switches plone.protect off for its services, which is
right for other systems (they send ``Authorization``: a JWT or basic credentials, which a
foreign page cannot make a browser add), but not for a logged-in clerk's cookie: a page on
another site could otherwise make the clerk's browser route or re-date a case.
"""

from kancelaria.interfaces import IKancelariaLayer
from plone import api
from plone.protect.authenticator import check
from plone.protect.interfaces import IDisableCSRFProtection
from plone.rest.interfaces import IAPIRequest
from zope.interface import alsoProvides

#: Methods that change something.
WRITES = ("POST", "PUT", "PATCH", "DELETE")
#: Logging in and out is what a cookie session is for; a status check changes nothing.
EXEMPT = ("@login", "@logout", "@login-renew", "@case-status")


def require_token_for_cookie_writes(event):
    request = event.request
    if not (IAPIRequest.providedBy(request) and IKancelariaLayer.providedBy(request)):
        return
    if request.get("REQUEST_METHOD") not in WRITES:
        return
    path = request.get("PATH_INFO", "").rstrip("/")
    cookie_session = not request._auth and not api.user.is_anonymous()
    if cookie_session and not any(path.endswith("/" + name) for name in EXEMPT):
        check(request)  # Forbidden (403) without a valid token
    # Authorization header, or a checked token: the call is the caller's own.
    alsoProvides(request, IDisableCSRFProtection)
