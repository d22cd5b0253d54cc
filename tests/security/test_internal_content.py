"""Nothing in the internal area reaches a department unless it is a case routed to it.

A File, an Image and a Document put by a Manager straight into each internal register take
their rights from the register (File and Image have no workflow of their own). Departments
open the internal area (its pages and their own cases), never that content: not the page,
not ``@@download``/``@@images``, not REST, not ``@search``, not the listings.
"""

from io import BytesIO
from kancelaria.case import routing
from PIL import Image
from plone import api
from plone.dexterity.utils import createContentInContainer
from plone.namedfile.file import NamedBlobFile
from plone.namedfile.file import NamedBlobImage

import pytest
import transaction

REGISTERS = ("kancelaria", "kancelaria/korespondencja", "kancelaria/narady", "kancelaria/prasa")
DEPARTMENTS = ("woik", "wksp")
STAFF = ("clerk", "mayor")
DENIED = (401, 403, 404)


def png():
    data = BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(data, "PNG")
    return data.getvalue()


def marker(path, kind):
    return f"Wewnetrzny{kind}{path.replace('/', '')}"


@pytest.fixture
def stray(fportal):
    """path → {kind: object}: a File, an Image and a Document in each internal register,
    added by a Manager past the registers' type constraints."""
    made = {}
    with api.env.adopt_roles(["Manager"]):
        for path in REGISTERS:
            register = fportal.unrestrictedTraverse(path)
            made[path] = {
                "File": createContentInContainer(
                    register,
                    "File",
                    checkConstraints=False,
                    id="notatka.txt",
                    title=marker(path, "File"),
                    file=NamedBlobFile(
                        data=marker(path, "FileData").encode(),
                        filename="notatka.txt",
                        contentType="text/plain",
                    ),
                ),
                "Image": createContentInContainer(
                    register,
                    "Image",
                    checkConstraints=False,
                    id="zdjecie.png",
                    title=marker(path, "Image"),
                    image=NamedBlobImage(data=png(), filename="zdjecie.png"),
                ),
                "Document": createContentInContainer(
                    register,
                    "Document",
                    checkConstraints=False,
                    id="notatka",
                    title=marker(path, "Document"),
                ),
            }
    transaction.commit()
    return made


def page(session, url):
    return session.get(url, headers={"Accept": "text/html"}, allow_redirects=False)


def denied(response):
    if response.status_code in DENIED:
        return True
    return response.status_code == 302 and "login" in response.headers.get("Location", "")


TITLES = {
    f"Wewnetrzny{kind}{path.replace('/', '')}"
    for path in REGISTERS
    for kind in ("File", "Image", "Document")
}


def found_by_search_and_listings(rest, fportal):
    """way → the stray titles it shows."""
    session = rest.session
    responses = {
        "@search": rest.get("@search", params={"SearchableText": "Wewnetrzny*", "fullobjects": 1}),
        "@search path": rest.get("@search", params={"path": "/plone/kancelaria", "b_size": 100}),
        "@@search": page(session, fportal.absolute_url() + "/@@search?SearchableText=Wewnetrzny*"),
        "vocabulary": page(
            session,
            fportal.absolute_url()
            + '/@@getVocabulary?name=plone.app.vocabularies.Catalog&query={"criteria":'
            '[{"i":"SearchableText","o":"plone.app.querystring.operation.string.contains",'
            '"v":"Wewnetrzny*"}]}',
        ),
    }
    for path in REGISTERS:
        url = fportal.unrestrictedTraverse(path).absolute_url()
        # The register's listing (``/kancelaria`` itself opens on the desk).
        responses[f"{path} page"] = page(session, url + "/@@register")
        responses[f"{path} REST"] = rest.get(url)
        responses[f"{path} fc-contents"] = rest.get(
            url + "/@@fc-contents", params={"query": "{}"}, headers={"Accept": "*/*"}
        )
    found = {}
    for way, response in responses.items():
        shown = {title for title in TITLES if title in response.text}
        if shown:
            found[way] = shown
    return found


def ways_in(obj):
    """Every URL that shows something of ``obj`` (or its data)."""
    url = obj.absolute_url()
    urls = [url, f"{url}/view"]
    if obj.portal_type == "File":
        urls += [f"{url}/@@download/file", f"{url}/@@display-file/file", f"{url}/@@download"]
    if obj.portal_type == "Image":
        urls += [
            f"{url}/@@images/image",
            f"{url}/@@images/image/thumb",
            f"{url}/@@download/image",
            f"{url}/image_view_fullscreen",
        ]
    return urls


@pytest.mark.parametrize("user", DEPARTMENTS)
def test_department_reaches_none_of_it(client, fportal, stray, user):
    rest = client(user)
    session = rest.session
    for path, objects in stray.items():
        for kind, obj in objects.items():
            for url in ways_in(obj):
                response = page(session, url)
                assert denied(response), (user, path, kind, url, response.status_code)
                assert marker(path, kind) not in response.text, (user, url)
                assert marker(path, "FileData") not in response.text, (user, url)
            item = rest.get(obj.absolute_url())
            assert item.status_code in DENIED, (user, path, kind, "REST", item.status_code)
            assert marker(path, kind) not in item.text

    # Search and listings: the catalog finds none of it.
    assert found_by_search_and_listings(rest, fportal) == {}, user


@pytest.mark.parametrize("user", STAFF)
def test_staff_still_see_it(client, fportal, stray, user):
    rest = client(user)
    for path, objects in stray.items():
        for kind, obj in objects.items():
            response = page(rest.session, obj.absolute_url() + "/view")
            assert response.status_code == 200, (user, path, kind)
            assert marker(path, kind) in response.text
            assert rest.get(obj.absolute_url()).status_code == 200
        download = page(rest.session, objects["File"].absolute_url() + "/@@download/file")
        assert download.status_code == 200
        assert marker(path, "FileData") in download.text
        image = page(rest.session, objects["Image"].absolute_url() + "/@@images/image/thumb")
        assert image.status_code == 200
        assert image.headers["Content-Type"].startswith("image/")
    # The mayor and the clerk see everything internal, by each way the department is
    # refused (so each way would show a leak).
    found = found_by_search_and_listings(rest, fportal)
    for way in ("@search", "@search path", "@@search"):
        assert TITLES <= found.get(way, set()), (user, way, found.get(way))
    assert found.get("vocabulary"), user
    for path in REGISTERS:
        for way in ("page", "REST"):
            assert marker(path, "File") in found.get(f"{path} {way}", set()), (user, path, way)


@pytest.mark.parametrize("user", DEPARTMENTS)
def test_department_still_works_in_the_internal_area(client, fportal, user):
    """The internal pages open for a department, and so does a case routed to it, with
    its attachment."""
    symbol = user.upper()
    with api.env.adopt_roles(["Manager"]):
        case = api.content.create(
            container=fportal["kancelaria"]["korespondencja"],
            type="KancelariaTestCase",
            title=f"Sprawa dla {symbol}",
        )
        routing.route(case, [symbol])
        attachment = api.content.create(
            container=case,
            type="File",
            id="skan.txt",
            title="Skan pisma",
            file=NamedBlobFile(data=b"tresc skanu", filename="skan.txt", contentType="text/plain"),
        )
    transaction.commit()
    rest = client(user)
    session = rest.session
    for url in (
        fportal["kancelaria"].absolute_url(),
        fportal["kancelaria"]["korespondencja"].absolute_url(),
        fportal["kancelaria"]["narady"].absolute_url(),
        fportal["kancelaria"].absolute_url() + "/@@terminy",
    ):
        response = page(session, url)
        assert response.status_code == 200, (user, url, response.status_code)
    listing = page(session, fportal["kancelaria"]["korespondencja"].absolute_url())
    assert f"Sprawa dla {symbol}" in listing.text
    # The internal area lists the registers a department may open.
    area = page(session, fportal["kancelaria"].absolute_url())
    assert fportal["kancelaria"]["korespondencja"].absolute_url() in area.text
    assert fportal["kancelaria"]["prasa"].absolute_url() not in area.text
    deadlines = rest.get(fportal["kancelaria"].absolute_url() + "/@deadlines")
    assert deadlines.status_code == 200
    assert [i["title"] for i in deadlines.json()["items"]] == [f"Sprawa dla {symbol}"]

    assert page(session, case.absolute_url()).status_code == 200
    item = rest.get(case.absolute_url())
    assert item.status_code == 200 and item.json()["title"] == f"Sprawa dla {symbol}"
    download = page(session, attachment.absolute_url() + "/@@download/file")
    assert download.status_code == 200 and download.text == "tresc skanu"
    found = rest.get("@search", params={"SearchableText": "Sprawa", "fullobjects": 1}).json()
    assert [i["title"] for i in found["items"]] == [f"Sprawa dla {symbol}"]


def test_existing_site_reindexed(portal):
    """On an existing site the lead's upgrade step runs ``updateRoleMappings()``, which
    reindexes the registers but not the files lying in them: ``reindex_internal_registers``
    does, and a second run changes nothing."""
    from kancelaria.access import reindex_internal_registers

    catalog = api.portal.get_tool("portal_catalog")
    register = portal["kancelaria"]["korespondencja"]
    with api.env.adopt_roles(["Manager"]):
        stray_file = createContentInContainer(
            register, "File", checkConstraints=False, id="stara.txt", title="Stara notatka"
        )
        catalog.unrestrictedSearchResults(UID=stray_file.UID())  # indexed now
        # The site as it was: the register gave View and Access contents information (what
        # the catalog indexes) to CaseWorker, and the index says so.
        old_roles = ["Manager", "Site Administrator", "Owner", "Reader", "Editor", "Contributor"]
        for permission in ("View", "Access contents information"):
            register.manage_permission(permission, old_roles + ["CaseWorker"], acquire=False)
        register.reindexObjectSecurity()
        catalog.unrestrictedSearchResults(UID=stray_file.UID())  # the queue runs
        # The upgrade: the workflow's new roles, the register itself reindexed.
        api.portal.get_tool("portal_workflow").updateRoleMappings()

    def found_by_case_workers():
        brains = catalog.unrestrictedSearchResults(
            UID=stray_file.UID(), allowedRolesAndUsers="CaseWorker"
        )
        return len(brains) == 1

    assert found_by_case_workers()
    done = reindex_internal_registers()
    assert "/plone/kancelaria" in done
    assert "/plone/kancelaria/korespondencja" not in done  # covered by its parent
    assert not found_by_case_workers()
    assert reindex_internal_registers() == done
    assert not found_by_case_workers()
