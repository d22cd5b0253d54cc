"""Grace: while Zope is down (a restart, a crash), visitors keep getting the pages Varnish
holds, past their s-maxage, instead of an error; Zope back, pages are fresh again."""

from tests.proxy.conftest import anonymous
from tests.proxy.conftest import publish_news
from tests.proxy.conftest import seen

import time


def test_zope_down_visitors_still_served(proxied, editor):
    url = publish_news(proxied, editor, "wystawa", "Wystawa w ratuszu")
    kept = anonymous(url)
    assert kept.status_code == 200
    proxied.zope.kill()  # kill -9: no goodbye
    try:
        time.sleep(11)  # past s-maxage (10 s); the probe has seen Zope gone
        stale = anonymous(url)
        assert stale.status_code == 200
        assert stale.headers["X-Cache"] == "HIT"
        assert int(stale.headers["Age"]) > 10
        assert stale.text == kept.text
    finally:
        proxied.zope.start(port=proxied.zope.port, shared_cache=False)
    back = time.monotonic()
    while editor.get(url, timeout=60).status_code == 503:  # until the probe sees Zope
        assert time.monotonic() - back < 3
        time.sleep(0.2)
    changed = editor.patch(url, json={"title": "Wystawa w ratuszu do marca"}, timeout=60)
    assert changed.status_code == 204
    seen(url, lambda fresh: fresh.status_code == 200 and "Wystawa w ratuszu do marca" in fresh.text)
