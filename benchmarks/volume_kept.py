"""A kept instance of the volume benchmark (``volume.py --measure``), made ready to be
measured: its site brought to the current profile by the upgrade steps, as an office's site
would be; prints ``VOLUME_SIZE N``, the items the site holds. Run by ``zconsole run``."""

from zope.annotation.interfaces import IAnnotations
from zope.component.hooks import setSite

import os
import transaction
import zope_sites

app = globals()["app"]  # noqa: F821 - zconsole provides ``app``
site = app["kancelaria"]
setSite(site)
zope_sites.login_admin(
    app, os.environ.get("BENCH_ADMIN", "admin"), os.environ.get("BENCH_PASSWORD", "admin")
)
site.portal_setup.upgradeProfile("kancelaria:default")
transaction.commit()
print(f"VOLUME_SIZE {IAnnotations(site).get('kancelaria.volume.generated', 0)}")
