"""Nothing private is ever cached: every response to a logged-in user leaves uncacheable.

Whatever rule plone.app.caching applied, but for the resources' (JS, CSS, icons: the same
for everyone), and also where no rule applies (a staff member's page, a draft, REST for an
authenticated client, a file), a response to a request with an authenticated user gets
``Cache-Control: private, no-cache, no-store, max-age=0`` and no ETag, so no browser,
proxy or RAM cache keeps it. plone.app.caching itself stores in its RAM cache only
anonymous responses of items anonymous may view. Runs after plone.caching's own
transform (order 12000) and for streamed files too.
"""

from plone.transformchain.interfaces import ITransform
from zope.component import adapter
from zope.globalrequest import getRequest
from zope.interface import Interface
from zope.interface import implementer
from ZPublisher.interfaces import IPubBeforeStreaming

PRIVATE = "private, no-cache, no-store, max-age=0"
#: The rules of resources (JS, CSS, icons): the same for everyone, cached for all.
SHARED_RULES = ("plone.resource", "plone.stableResource")


def is_authenticated(request):
    user = request.get("AUTHENTICATED_USER") if request is not None else None
    return user is not None and user.getUserName() != "Anonymous User"


def must_stay_private(request, response):
    return is_authenticated(request) and response.getHeader("X-Cache-Rule") not in SHARED_RULES


def keep_private(response):
    response.setHeader("Cache-Control", PRIVATE)
    response.setHeader("Expires", "Sat, 1 Jan 2000 00:00:00 GMT")
    for name in list(response.headers):  # "ETag" is stored as set (literal)
        if name.lower() in ("etag", "last-modified"):
            del response.headers[name]


@implementer(ITransform)
@adapter(Interface, Interface)
class KeepPrivate:
    order = 12500

    def __init__(self, published, request):
        self.published = published
        self.request = request

    def _apply(self):
        if must_stay_private(self.request, self.request.response):
            keep_private(self.request.response)

    def transformBytes(self, result, encoding):
        self._apply()

    def transformUnicode(self, result, encoding):
        self._apply()

    def transformIterable(self, result, encoding):
        self._apply()


@adapter(IPubBeforeStreaming)
def keep_streamed_private(event):
    request = getRequest()
    if must_stay_private(request, event.response):
        keep_private(event.response)
