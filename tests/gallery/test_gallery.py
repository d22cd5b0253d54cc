"""Photo and film documentation: the press office makes a gallery in the press archive,
fills it with images (web sizes, alternative text required, the settings' size limit) and
publishes it; bad input over REST is a 400 naming the field."""

from kancelaria.content.gallery import alt_text
from plone import api
from tests.gallery.conftest import PNG
from tests.gallery.conftest import make_gallery

import base64
import pytest
import transaction

PRESS = "kancelaria/prasa"


def image_body(title=None, data=PNG, filename="park.png", description=""):
    body = {
        "@type": "Image",
        "image": {
            "data": base64.b64encode(data).decode(),
            "encoding": "base64",
            "filename": filename,
            "content-type": "image/png",
        },
    }
    if title is not None:
        body["title"] = title
    if description:
        body["description"] = description
    return body


def error_field(response):
    assert response.status_code == 400, (response.status_code, response.text[:300])
    return response.text


def test_the_register_takes_galleries(portal):
    allowed = {t.getId() for t in portal["kancelaria"]["prasa"].allowedContentTypes()}
    assert "Gallery" in allowed
    assert "Gallery" not in {t.getId() for t in portal["aktualnosci"].allowedContentTypes()}
    assert portal.portal_workflow.getChainForPortalType("Gallery") == (
        "kancelaria_gallery_workflow",
    )


def test_press_office_creates_and_publishes(portal):
    gallery = make_gallery(portal, state="published", tags=("park", "inwestycje"))
    assert api.content.get_state(gallery) == "published"
    assert gallery.Subject() == ("park", "inwestycje")
    assert [b.getObject() for b in api.content.find(Subject="park")] == [gallery]
    image = gallery.objectValues()[0]
    assert alt_text(image) == "Latarnie wzdłuż alejki w parku przy ul. Polnej"


def test_only_the_press_office_publishes(fportal, client):
    gallery = make_gallery(fportal)
    transaction.commit()
    url = gallery.absolute_url()
    assert client("clerk").post(f"{url}/@workflow/publish").status_code in (401, 403)
    assert client("mayor").post(f"{url}/@workflow/publish").status_code in (401, 403)
    response = client("press").post(f"{url}/@workflow/publish")
    assert response.status_code == 200, response.text
    assert response.json()["review_state"] == "published"
    assert client("press").post(f"{url}/@workflow/retract").status_code == 200


def test_rest_create_and_fields(fportal, client):
    press = client("press")
    response = press.post(
        PRESS,
        {
            "@type": "Gallery",
            "title": "Dni Świętochłowic",
            "kind": "event",
            "date": "2026-06-14",
            "place": "Park Heiloo",
            "tags": ["dni miasta"],
        },
    )
    assert response.status_code == 201, response.text
    item = press.get(response.json()["@id"]).json()
    assert (item["kind"]["token"], item["date"], item["place"], item["tags"]) == (
        "event",
        "2026-06-14",
        "Park Heiloo",
        ["dni miasta"],
    )
    assert item["review_state"] == "private"
    # A kind that does not exist is a 400 naming the field; nothing is written.
    bad = press.post(PRESS, {"@type": "Gallery", "title": "Zła", "kind": "wedding"})
    assert "kind" in error_field(bad)
    assert "zla" not in fportal["kancelaria"]["prasa"].objectIds()
    # Who may not add there is refused.
    for user in (None, "outsider", "woik"):
        refused = client(user).post(PRESS, {"@type": "Gallery", "title": "Obca", "kind": "event"})
        assert refused.status_code in (401, 403), (user, refused.status_code)


def test_images_need_their_alt_text(fportal, client):
    gallery = make_gallery(fportal)
    transaction.commit()
    press = client("press")
    url = gallery.absolute_url()
    # No title: the file's name is no description of the picture.
    refused = press.post(url, image_body())
    assert '"title"' in error_field(refused) or "title" in refused.json()["error"]["message"]
    assert len(gallery.objectIds()) == 1
    made = press.post(url, image_body(title="Scena na rynku"))
    assert made.status_code == 201, made.text
    # An edit cannot take it away either.
    cleared = press.patch(made.json()["@id"], {"title": "park.png"})
    assert cleared.status_code == 400


def test_image_size_comes_from_the_settings(fportal, client):
    gallery = make_gallery(fportal)
    api.portal.set_registry_record("kancelaria.max_attachment_mb", 1)
    transaction.commit()
    big = PNG + b"\0" * (1024 * 1024 + 10)
    refused = client("press").post(gallery.absolute_url(), image_body("Duże zdjęcie", data=big))
    assert refused.status_code == 400
    assert "MB" in refused.json()["error"]["message"]
    assert len(gallery.objectIds()) == 1


def test_web_sizes_and_the_gallery_page(fportal, client):
    gallery = make_gallery(fportal, state="published")
    transaction.commit()
    image = gallery.objectValues()[0]
    anonymous = client(None)
    for scale in ("preview", "large"):
        response = anonymous.get(f"{image.absolute_url()}/@@images/image/{scale}")
        assert response.status_code == 200, (scale, response.status_code)
        assert response.headers["Content-Type"].startswith("image/")
    page = anonymous.get(gallery.absolute_url(), headers={"Accept": "text/html"})
    assert page.status_code == 200
    from lxml import html

    tree = html.fromstring(page.text)
    links = tree.cssselect(".kancelaria-thumbnails a")
    assert [a.get("href") for a in links] == [f"{image.absolute_url()}/@@images/image/large"]
    img = links[0].cssselect("img")[0]
    assert img.get("alt") == "Latarnie wzdłuż alejki w parku przy ul. Polnej"
    assert "/@@images/image/preview" in img.get("src")
    # Its publication record: published by the press office, from the internal area.
    assert tree.cssselect(".kancelaria-record .kancelaria-publication-publish")


@pytest.mark.parametrize("state", ["private", "published"])
def test_films_as_links_follow_the_gallery(fportal, client, state):
    gallery = make_gallery(fportal, state=state)
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=gallery,
            type="Link",
            title="Film z otwarcia parku",
            remoteUrl="https://video.example.org/park",
        )
    transaction.commit()
    # The link follows its gallery: visitors see it with the published gallery only.
    for user in ("press", None):
        page = client(user).get(gallery.absolute_url(), headers={"Accept": "text/html"})
        shown = "https://video.example.org/park" in page.text
        assert shown is (user == "press" or state == "published"), (user, state)
    assert api.content.get_state(gallery["film-z-otwarcia-parku"]) == state


@pytest.mark.parametrize("state", ["private", "published"])
def test_who_writes_the_fields(fportal, client, state):
    """The press office and the office edit a gallery in both states; the mayor reads it;
    a department, a user of no group and visitors write nothing."""
    gallery = make_gallery(fportal, state=state)
    transaction.commit()
    url = gallery.absolute_url()
    for user in ("press", "clerk"):
        response = client(user).patch(url, {"place": f"Rynek ({user})"})
        assert response.status_code == 204, (user, state, response.status_code)
    for user in (None, "outsider", "woik", "mayor"):
        response = client(user).patch(url, {"place": "Gdzie indziej"})
        assert response.status_code in (401, 403), (user, state, response.status_code)
    transaction.begin()
    assert gallery.place == "Rynek (clerk)"


def test_staff_read_its_history(fportal, client):
    gallery = make_gallery(fportal, state="published")
    transaction.commit()
    url = f"{gallery.absolute_url()}/@history"
    for user in ("press", "clerk", "mayor"):
        response = client(user).get(url)
        assert response.status_code == 200, (user, response.status_code)
        actions = [entry.get("action") for entry in response.json()]
        assert "publish" in actions, (user, actions)
    for user in (None, "outsider", "woik"):
        assert client(user).get(url).status_code in (401, 403), user
