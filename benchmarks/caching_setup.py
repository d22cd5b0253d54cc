"""Builds the two sites of benchmarks/caching.py in one ZODB; run by ``zconsole run``.

Site ``kancelaria``: the classic distribution, kancelaria:default (with its caching rules)
and kancelaria:demo (news, interpellations in every state, patronages), plus the News Item
of ``make bench`` (b). Site ``stock``: the classic distribution only (no plone.app.caching),
a published /aktualnosci with the same News Item, a News Item carrying the same title, text
and answer as the answered interpellation measured, and a private folder /dokumenty for
creating Documents. Prints ``BENCH_SETUP {json}``: the paths measured and a councillor id.

Environment: BENCH_ADMIN, BENCH_PASSWORD; BENCH_STOCK_CACHING=1 (benchmarks/proxy.py): the
stock site gets plone.app.caching with the product's rules (kancelaria:caching, registry
records only), so that behind Varnish it is configured like the product.
"""

from plone import api
from plone.app.textfield.value import RichTextValue
from zope.component.hooks import setSite

import json
import os
import transaction
import zope_sites

ADMIN = os.environ.get("BENCH_ADMIN", "admin")
PASSWORD = os.environ.get("BENCH_PASSWORD", "admin")
NEWS_ID = "spotkanie-z-mieszkancami"
NEWS_TEXT = "".join(
    f"<p>Akapit {i}: Prezydent Miasta spotkał się z mieszkańcami dzielnicy, by omówić "
    "plan remontów ulic, budżet obywatelski i nowe linie komunikacji miejskiej.</p>"
    for i in range(1, 9)
)

app = globals()["app"]  # noqa: F821 - zconsole provides ``app``


def html(text):
    return RichTextValue(text, "text/html", "text/x-html-safe")


def news(folder, news_id, title, text):
    obj = api.content.create(
        container=folder,
        type="News Item",
        id=news_id,
        title=title,
        description="Prezydent Miasta rozmawiał z mieszkańcami o remontach i budżecie.",
        text=html(text),
        safe_id=False,
    )
    api.content.transition(obj=obj, transition="publish")
    return obj


def setup_kancelaria():
    site = zope_sites.create_site(
        app, "kancelaria", "Kancelaria Prezydenta Miasta", ADMIN, PASSWORD
    )
    from plone.base.utils import get_installer

    api.portal.set_registry_record("plone.email_from_address", "bench@example.org")
    get_installer(site, site.REQUEST).install_product("kancelaria")
    site.portal_setup.runAllImportStepsFromProfile("profile-kancelaria:demo")
    news(site["aktualnosci"], NEWS_ID, "Spotkanie Prezydenta z mieszkańcami", NEWS_TEXT)
    answered = api.content.find(
        portal_type="Interpellation", review_state="answered", sort_on="created"
    )[0].getObject()
    councillor = api.portal.get_registry_record("kancelaria.councillors")[0]["id"]
    transaction.commit()
    return answered, councillor


def setup_stock(answered):
    site = zope_sites.create_site(app, "stock", "Stock Plone", ADMIN, PASSWORD)
    api.portal.set_registry_record("plone.email_from_address", "bench@example.org")
    from plone.base.utils import get_installer

    get_installer(site, site.REQUEST).install_product("plone.restapi")  # REST for anonymous
    folder = api.content.create(
        container=site, type="Folder", id="aktualnosci", title="Aktualności", safe_id=False
    )
    api.content.transition(obj=folder, transition="publish")
    news(folder, NEWS_ID, "Spotkanie Prezydenta z mieszkańcami", NEWS_TEXT)
    same = answered.text.raw + answered.answer.raw
    news(folder, "interpelacja", answered.title, same)
    api.content.create(
        container=site, type="Folder", id="dokumenty", title="Dokumenty", safe_id=False
    )
    if os.environ.get("BENCH_STOCK_CACHING") == "1":
        site.portal_setup.runAllImportStepsFromProfile("profile-kancelaria:caching")
    transaction.commit()


answered, councillor = setup_kancelaria()
setSite(app["kancelaria"])
path = "/".join(answered.getPhysicalPath()[2:])
setup_stock(answered)
print(
    "BENCH_SETUP "
    + json.dumps({"interpellation": path, "councillor": councillor, "news": NEWS_ID}),
    flush=True,
)
