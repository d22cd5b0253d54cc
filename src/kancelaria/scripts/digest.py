"""``kancelaria-digest``: e-mail each department its cases due within N days and overdue.

Cron, every working day at 7:00::

    0 7 * * 1-5  cd /srv/kancelaria && .venv/bin/kancelaria-digest --days 7

The mail leaves through the site's MailHost (Site setup → Mail).
"""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import noSecurityManager
from AccessControl.SpecialUsers import system
from Testing.makerequest import makerequest
from zope.component.hooks import setSite

import argparse
import transaction


def run(app, site_id, days):
    from kancelaria.case.digest import send_digests

    app = makerequest(app)
    site = app[site_id]
    setSite(site)
    newSecurityManager(None, system)
    try:
        sent = send_digests(days=days)
        transaction.commit()
    finally:
        noSecurityManager()
    return sent


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zope-conf", default="var/etc/zope.conf")
    parser.add_argument("--site", default="Plone")
    parser.add_argument("--days", type=int, default=7)
    args = parser.parse_args(argv)

    from Zope2.Startup.run import make_wsgi_app

    make_wsgi_app({}, args.zope_conf)
    import Zope2

    app = Zope2.app()
    try:
        sent = run(app, args.site, args.days)
    finally:
        app._p_jar.close()
    for symbol, count in sent.items():
        print(f"{symbol}: {count} cases")
    if not sent:
        print("No department had cases due.")
    return 0
