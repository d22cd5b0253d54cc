"""The feeds a page offers are titled with text a reader can read, never Python bytes."""

from lxml import html


def test_feed_link_titles(client, portal_url):
    response = client().get(portal_url, headers={"Accept": "text/html"})
    links = html.fromstring(response.text).xpath("//head/link[@rel='alternate']")
    titles = [link.get("title") for link in links]
    assert titles, "the site's home offers its feeds"
    assert all("b'" not in title for title in titles), titles
    assert any(title.endswith("– RSS 2.0") for title in titles), titles
