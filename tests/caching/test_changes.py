"""An editor's change reaches anonymous visitors at once on Zope's side: the RAM cache is
keyed by an ETag that changes with the catalog (edit, publish, retract); browsers hold a
page 10 s (max-age) and then revalidate."""

from plone import api

import transaction


def cached_twice(anon, url):
    anon.get(url)
    response = anon.get(url)
    assert response.headers.get("X-RAMCache"), "the page should come from the RAM cache"
    return response


def test_edit_reaches_anonymous(http, client, news):
    anon = http()
    url = news["published"].absolute_url()
    before = cached_twice(anon, url)
    assert "Festyn miejski" in before.text
    patched = client("press").patch(url, json={"title": "Festyn miejski przeniesiony"})
    assert patched.status_code == 204
    after = anon.get(url)
    assert "Festyn miejski przeniesiony" in after.text
    assert not after.headers.get("X-RAMCache")
    assert after.headers["ETag"] != before.headers["ETag"]
    assert anon.get(url, headers={"If-None-Match": before.headers["ETag"]}).status_code == 200
    listing = http().get(news["published"].aq_parent.absolute_url())
    assert "Festyn miejski przeniesiony" in listing.text


def test_publish_and_retract_reach_anonymous(http, client, news, portal_url):
    anon = http()
    url = news["private"].absolute_url()
    home = cached_twice(anon, portal_url)
    assert anon.get(url, allow_redirects=False).status_code in (302, 401)
    published = client("press").post(f"{url}/@workflow/publish")
    assert published.status_code == 200
    page = anon.get(url)
    assert page.status_code == 200
    assert "Projekt komunikatu" in page.text
    assert "Projekt komunikatu" in anon.get(portal_url).text  # the home page's news
    assert anon.get(portal_url).headers["ETag"] != home.headers["ETag"]
    cached_twice(anon, url)
    retracted = client("press").post(f"{url}/@workflow/retract")
    assert retracted.status_code == 200
    gone = anon.get(url, allow_redirects=False)
    assert gone.status_code in (302, 401)
    assert "Projekt komunikatu" not in gone.text
    assert "Projekt komunikatu" not in anon.get(portal_url).text


def test_setting_reaches_anonymous_at_once(http, fportal, news):
    """The office's contact data (a setting: no catalog change) reaches the cached page at
    once: the settings' generation is part of the ETag."""
    anon = http()
    url = news["published"].absolute_url()
    before = cached_twice(anon, url)
    assert "32 3491 826" in before.text
    with api.env.adopt_roles(["Manager"]):
        api.portal.set_registry_record("kancelaria.public.phone", "32 3491 999")
    transaction.commit()
    after = anon.get(url)
    assert "32 3491 999" in after.text
    assert after.headers["ETag"] != before.headers["ETag"]


def test_today_reaches_anonymous_within_refresh(http, fportal, news, monkeypatch):
    """What changes with the clock ("today" in deadlines and statistics) is rendered anew
    when the minute component turns (``kancelaria.caching.refresh_seconds``, 60 s); here the
    clock is turned by hand."""
    from kancelaria.caching import etags

    anon = http()
    url = news["published"].absolute_url()
    clock = [10**6 * etags.refresh_seconds()]
    monkeypatch.setattr(etags, "now", lambda: clock[0])
    before = cached_twice(anon, url)
    assert anon.get(url).headers.get("X-RAMCache")  # within the minute: the cached page
    clock[0] += etags.refresh_seconds()
    after = anon.get(url)
    assert not after.headers.get("X-RAMCache")
    assert after.headers["ETag"] != before.headers["ETag"]
