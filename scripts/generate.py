"""Add realistic data to the site: N items received over YEARS years (``make generate``).

Run inside Zope: ``zconsole run var/etc/zope.conf scripts/generate.py``. Environment:
N (1000), YEARS (10), SEED (none: new data each run), SITE_ID (Plone), ADMIN_USER (admin:
whose name the history shows). Prints ``VOLUME_GENERATED {json}`` at the end.
See ``kancelaria.volume``.
"""

from AccessControl.SecurityManagement import newSecurityManager
from Testing.makerequest import makerequest
from zope.component.hooks import setSite

import json
import logging
import os

app = makerequest(globals()["app"])  # noqa: F821 - zconsole provides ``app``
site = app[os.environ.get("SITE_ID", "Plone")]
setSite(site)
user = app.acl_users.getUserById(os.environ.get("ADMIN_USER", "admin"))
newSecurityManager(None, user.__of__(app.acl_users))
# Each routing says "no sender address: not sending" otherwise.
logging.getLogger("kancelaria").setLevel(logging.ERROR)

from kancelaria.volume.generator import generate  # noqa: E402

n = int(os.environ.get("N", "1000"))
years = float(os.environ.get("YEARS", "10"))
seed = os.environ.get("SEED") or None
made, seconds = generate(site, n, years, seed=seed)
catalog = site.portal_catalog
print(
    "VOLUME_GENERATED "
    + json.dumps(
        {
            "made": made,
            "seconds": round(seconds, 1),
            "per_second": round(made / seconds, 1) if seconds else None,
            "catalog": len(catalog),
        }
    )
)
