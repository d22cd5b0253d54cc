"""Who sees a gallery: each role × state × way in (page, REST, ``@search``, the press
archive's listing, the home page and the site map). A private gallery is the staff's
(the office, the mayor, the press office); a department and visitors see nothing of it.
A published gallery and its images are everyone's."""

from tests.gallery.conftest import make_gallery

import pytest
import transaction

DENIED = (401, 403)

#: user → the states of a gallery it sees.
SEES = {
    None: {"published"},
    "outsider": {"published"},
    "woik": {"published"},
    "clerk": {"private", "published"},
    "mayor": {"private", "published"},
    "press": {"private", "published"},
}


@pytest.fixture
def galleries(fportal):
    made = {
        state: make_gallery(fportal, title=f"Galeria {state} z parku", state=state)
        for state in ("private", "published")
    }
    transaction.commit()
    return made


def html(session, url):
    return session.get(url, headers={"Accept": "text/html"}, allow_redirects=False)


@pytest.mark.parametrize("user", list(SEES))
def test_matrix(client, fportal, galleries, user):
    rest = client(user)
    session = rest.session
    for state, gallery in galleries.items():
        expected = state in SEES[user]
        image = gallery.objectValues()[0]
        for url in (gallery.absolute_url(), image.absolute_url()):
            page = html(session, url)
            assert (page.status_code == 200) is expected, (user, state, url, page.status_code)
            if not expected:
                assert page.status_code in DENIED or "login" in page.headers.get("Location", "")
                assert "Galeria" not in page.text
            item = rest.get(url)
            assert (item.status_code == 200) is expected, (user, state, "REST", url)
        scale = session.get(f"{image.absolute_url()}/@@images/image/preview")
        assert (scale.status_code == 200) is expected, (user, state, "scale")

    # Search (REST and the search page): only what the user may see.
    found = rest.get("@search", params={"SearchableText": "parku", "portal_type": "Gallery"})
    titles = {i["title"] for i in found.json()["items"]}
    assert titles == {f"Galeria {s} z parku" for s in SEES[user]}, user
    page = html(session, fportal.absolute_url() + "/@@search?SearchableText=parku")
    for state in galleries:
        assert (f"Galeria {state} z parku" in page.text) is (state in SEES[user]), (user, state)

    # The press archive's listing: the staff's, with both.
    archive = html(session, fportal["kancelaria"]["prasa"].absolute_url())
    if "private" in SEES[user]:
        for state in galleries:
            assert f"Galeria {state} z parku" in archive.text, (user, state, "archive")
    else:
        assert "Galeria" not in archive.text

    # The public listings: the home page and the site map name the published one only,
    # whoever reads them.
    for path in ("", "/mapa-strony"):
        text = html(session, fportal.absolute_url() + path).text
        assert "Galeria published z parku" in text, (user, path)
        assert "Galeria private z parku" not in text, (user, path)


@pytest.mark.parametrize("user", [None, "outsider", "woik"])
def test_press_archive_stays_closed(client, fportal, galleries, user):
    """Publishing a gallery opens the gallery, not the archive it is kept in."""
    archive = fportal["kancelaria"]["prasa"].absolute_url()
    page = html(client(user).session, archive)
    assert page.status_code != 200
    assert client(user).get(archive).status_code in DENIED
