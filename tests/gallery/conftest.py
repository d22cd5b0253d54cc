"""A gallery in the press archive, made by the press office, with one image."""

from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.namedfile.file import NamedBlobImage

import base64
import pytest

#: A 1×1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def image_file(name="latarnie.png"):
    return NamedBlobImage(data=PNG, filename=name)


def make_gallery(portal, title="Otwarcie parku przy ul. Polnej", state="private", **fields):
    """As the press office: a gallery with one image, in ``state``."""
    fields.setdefault("kind", "investment")
    login(portal, "press")
    try:
        gallery = api.content.create(
            container=portal["kancelaria"]["prasa"], type="Gallery", title=title, **fields
        )
        api.content.create(
            container=gallery,
            type="Image",
            title="Nowe latarnie w parku",
            description="Latarnie wzdłuż alejki w parku przy ul. Polnej",
            image=image_file(),
        )
        if state == "published":
            api.content.transition(obj=gallery, transition="publish")
    finally:
        logout()
    return gallery


@pytest.fixture
def gallery(portal):
    def make(**kw):
        return make_gallery(portal, **kw)

    return make
