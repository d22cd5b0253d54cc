"""The organiser's report link: a secret token for one granted patronage.

The token (``secrets.token_urlsafe``) is made when the patronage is granted and sent once,
in the decision e-mail. Only its SHA-256 is kept, in an annotation of that patronage: never
a field, so never in the catalog, REST or a form. It opens the report page of that
patronage alone, and only until the report is in (``use`` forgets it); comparison is in
constant time.
"""

from persistent.mapping import PersistentMapping
from zope.annotation.interfaces import IAnnotations

import hashlib
import hmac
import secrets

KEY = "kancelaria.patronage.reportlink"
VIEW = "sprawozdanie"


def _digest(token):
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _store(obj, create=False):
    annotations = IAnnotations(obj)
    if KEY not in annotations and create:
        annotations[KEY] = PersistentMapping()
    return annotations.get(KEY)


def new_link(obj):
    """A new token for ``obj`` (an older one stops working); the full link to send."""
    token = secrets.token_urlsafe(32)
    store = _store(obj, create=True)
    store["digest"] = _digest(token)
    store["used"] = False
    return url(obj, token)


def url(obj, token):
    return f"{obj.absolute_url()}/@@{VIEW}?token={token}"


def status(obj, token):
    """``"valid"``, ``"used"`` (the report is in) or ``"invalid"``."""
    store = _store(obj)
    if not store or not isinstance(token, str) or not token or len(token) > 200:
        return "invalid"
    if not hmac.compare_digest(store.get("digest", ""), _digest(token)):
        return "invalid"
    return "used" if store.get("used") else "valid"


def use(obj):
    """The report is in: the link answers "already sent" from now on."""
    store = _store(obj)
    if store is not None:
        store["used"] = True


def revoke(obj):
    use(obj)
